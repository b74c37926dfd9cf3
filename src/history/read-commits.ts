import { readLog, type LogCommit, type OnCommits } from '../git/read-log.js';
import { runGit, type GitContext } from '../git/run-git.js';
import { openCommitCache } from './commit-cache.js';

// The commits an audit walks, newest first: from the commit cache where earlier runs parsed them, from
// `git log` for the rest. Without a cache directory (--no-cache, a shallow clone) the log is read whole.

/** Starts `git rev-list` of `revisions` for `readCommits`; a failure is reported only to whoever awaits it. */
export function listCommits(ctx: GitContext, revisions: readonly string[]): Promise<Buffer> {
  const listed = runGit(ctx, ['rev-list', ...revisions, '--']);
  listed.catch(() => undefined);
  return listed;
}

/**
 * Reads the commits of `revisions`; `cached` enables the commit cache in `gitDir`, with `listed` from
 * `listCommits`. `onCommits` hears the count so far and, while the log streams, the commits it parsed (cached
 * commits are only counted; a commit may be heard twice).
 */
export async function readCommits(ctx: GitContext, revisions: readonly string[], cached: { gitDir: string; listed: Promise<Buffer> } | undefined, onCommits?: OnCommits): Promise<LogCommit[]> {
  if (cached === undefined) return readLog(ctx, revisions, onCommits);
  const [list, cache] = await Promise.all([cached.listed, openCommitCache(cached.gitDir)]);
  const shas = list.toString('utf8').split('\n').filter((line) => line !== '');
  const missing = shas.filter((sha) => cache.get(sha) === undefined);
  const fresh = missing.length === 0 ? [] : await readLog(ctx, revisions, onCommits, missing);
  const bySha = new Map(fresh.map((commit): [string, LogCommit] => [commit.info.sha, commit]));
  const commits = shas.map((sha) => cache.get(sha) ?? bySha.get(sha));
  // git log prints every commit it is given; if one is absent all the same, read the whole log rather than skip it.
  if (commits.some((commit) => commit === undefined)) return readLog(ctx, revisions, onCommits);
  await cache.save(fresh);
  onCommits?.(shas.length, []);
  return commits.filter((commit): commit is LogCommit => commit !== undefined);
}
