import type { RawEntry } from '../git/parse-raw.js';
import type { LogCommit } from '../git/read-log.js';
import { appendCacheLines, cacheFile, parseJsonLine, readCacheLines } from './cache-files.js';

// Parsed commits of earlier audits, by id. A commit's metadata, parents and raw diffs never change, so a warm
// audit asks git only which commits there are (`git rev-list`) and logs just the new ones. The file holds paths,
// blob ids and author lines, never file content. Bump LOG_REVISION when the `git log` arguments change.
const LOG_REVISION = 1;

/** Commits known from earlier runs, and a way to record more. */
export interface CommitCache {
  get: (sha: string) => LogCommit | undefined;
  /** Records commits read from git this run and appends them to the file. */
  save: (commits: readonly LogCommit[]) => Promise<void>;
}

/** Opens the commit cache under `<gitDir>/stanch/cache-v1/`; a missing or unreadable file is an empty cache. */
export async function openCommitCache(gitDir: string): Promise<CommitCache> {
  const path = cacheFile(gitDir, `commits-r${LOG_REVISION}.jsonl`);
  const known = new Map<string, LogCommit>();
  for (const line of readCacheLines(path)) {
    const commit = parseLine(line);
    if (commit !== undefined) known.set(commit.info.sha, commit);
  }
  return {
    get: (sha) => known.get(sha),
    save: async (commits) => {
      const fresh = commits.filter((c) => !known.has(c.info.sha));
      for (const commit of fresh) known.set(commit.info.sha, commit);
      await appendCacheLines(path, fresh.map((c) => JSON.stringify(pack(c))));
    },
  };
}

// One line per commit, as arrays (half the size of objects): [sha, parents, [author, email, date, summary],
// diffs], each entry [oldMode, newMode, oldOid, newOid, status, path, oldPath if it differs].
function pack(commit: LogCommit): unknown[] {
  const { sha, author, email, date, summary } = commit.info;
  const entries = commit.diffs.map((diff) => diff.map((e) => [e.oldMode, e.newMode, e.oldOid, e.newOid, e.status, e.path, ...(e.oldPath === e.path ? [] : [e.oldPath])]));
  return [sha, commit.parents, [author, email, date, summary], entries];
}

// A torn or foreign line is ignored, never trusted: that commit is simply logged again.
function parseLine(line: string): LogCommit | undefined {
  const value = parseJsonLine(line);
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [sha, parents, info, diffs] = value;
  if (typeof sha !== 'string' || !isStrings(parents) || !isStrings(info) || info.length !== 4 || !Array.isArray(diffs)) return undefined;
  const [author = '', email = '', date = '', summary = ''] = info;
  const unpacked = diffs.map((diff) => (Array.isArray(diff) ? diff.map(unpackEntry) : [undefined]));
  if (!unpacked.every((diff) => diff.every((e) => e !== undefined))) return undefined;
  return { info: { sha, author, email, date, summary }, parents, diffs: unpacked.map((diff) => diff.filter((e): e is RawEntry => e !== undefined)) };
}

function unpackEntry(value: unknown): RawEntry | undefined {
  if (!isStrings(value) || value.length < 6 || value.length > 7) return undefined;
  const [oldMode = '', newMode = '', oldOid = '', newOid = '', status = '', path = '', oldPath = path] = value;
  return { oldMode, newMode, oldOid, newOid, status, oldPath, path };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
