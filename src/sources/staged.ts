import { openCatFile, type GitObject } from '../git/cat-file.js';
import { createAddedLinesParser, formatDiffHeader } from '../git/parse-hunks.js';
import { parseRawEntries, type RawEntry } from '../git/parse-raw.js';
import { runGit, streamGit, type GitContext } from '../git/run-git.js';
import type { LineRange } from '../types.js';
import { loadIgnoreMatcher } from './ignore-file.js';
import { decodeText } from './read-source-file.js';
import type { SourceEvent } from './source-event.js';

// `stanch staged`: exactly what the next commit will contain (index blobs), reporting only added lines.

// Pinned so user config (diff.relative, diff.noprefix, diff.submodule, diff.interHunkContext) cannot change the output.
const DIFF_ARGS = ['--cached', '--no-ext-diff', '--no-textconv', '-M', '--no-color', '--no-relative', '--submodule=short'];
// Added and deleted files need no patch (a new file reports every line; a deleted one nothing): leaving them
// out keeps the patch as small as the edits, not the size of a first commit.
const PATCH_ARGS = ['-U0', '--inter-hunk-context=0', '--src-prefix=a/', '--dst-prefix=b/', '--diff-filter=ad'];
const READ_AHEAD = 32;

/** The changed paths of the index with their blob ids and added line ranges. */
export interface StagedChange {
  entry: RawEntry;
  /** Added line ranges; undefined when the patch had no section for the path (then the whole blob is reported). */
  added: readonly LineRange[] | undefined;
}

/**
 * Reads the staged changes: one `--raw` and one `-U0` diff against HEAD (or the empty tree before the first
 * commit). During a merge, a line counts as added only if it is new against every merged head too, so content
 * that was committed on the merged branch is not reported again while a secret added to resolve a conflict is.
 */
export async function listStagedChanges(ctx: GitContext): Promise<{ root: string; changes: StagedChange[]; merging: boolean }> {
  // One rev-parse for both: the top level, then MERGE_HEAD's id (that line is absent, exit 1, when not merging).
  const [revParse, changes] = await Promise.all([runGit(ctx, ['rev-parse', '--show-toplevel', '-q', '--verify', 'MERGE_HEAD'], [0, 1]), diffIndex(ctx, [])]);
  const [root = ctx.cwd, mergeHead = ''] = revParse.toString('utf8').trim().split('\n');
  const heads = mergeHead !== '' ? [mergeHead] : mergedHeadsFromEnv(ctx.env);
  // A head git cannot diff against is left out: the lines then count as added (more reported, never less).
  const diffs = await Promise.all(heads.map((head) => diffIndex(ctx, [head]).catch(() => undefined)));
  const theirs = diffs.flatMap((list) => (list === undefined ? [] : [new Map(list.map((c) => [c.entry.path, c.added]))]));
  if (theirs.length === 0) return { root, changes, merging: false };
  // A path a merged head does not list is identical there: none of its lines are new against that head.
  const merged = changes.map(({ entry, added }) => ({
    entry,
    added: theirs.reduce<readonly LineRange[] | undefined>((lines, other) => intersect(lines, other.has(entry.path) ? other.get(entry.path) : []), added),
  }));
  return { root, changes: merged, merging: true };
}

// The pre-merge-commit hook runs before git writes MERGE_HEAD; `git merge` names the merged commits in
// GITHEAD_<oid> variables instead.
function mergedHeadsFromEnv(env: GitContext['env']): string[] {
  return Object.keys(env).flatMap((key) => /^GITHEAD_([0-9a-f]{40}|[0-9a-f]{64})$/.exec(key)?.[1] ?? []);
}

async function diffIndex(ctx: GitContext, against: string[]): Promise<StagedChange[]> {
  const patch = createAddedLinesParser();
  const [rawOut] = await Promise.all([
    runGit(ctx, ['diff', ...DIFF_ARGS, '--raw', '-z', '--no-abbrev', ...against]),
    streamGit(ctx, ['diff', ...DIFF_ARGS, ...PATCH_ARGS, ...against], patch.push),
  ]);
  const { entries } = parseRawEntries(rawOut.toString('utf8').split('\0'), 0);
  const sections = patch.end();
  return entries.map((entry) => ({ entry, added: sections.get(formatDiffHeader(entry.oldPath, entry.path)) }));
}

// Unknown ranges (undefined) stand for "every line": the intersection is then the other side.
function intersect(a: readonly LineRange[] | undefined, b: readonly LineRange[] | undefined): LineRange[] | undefined {
  if (a === undefined) return b === undefined ? undefined : [...b];
  if (b === undefined) return [...a];
  const out: LineRange[] = [];
  for (const [a0, a1] of a) for (const [b0, b1] of b) if (Math.max(a0, b0) <= Math.min(a1, b1)) out.push([Math.max(a0, b0), Math.min(a1, b1)]);
  return out;
}

/** Yields the index blob of every added, modified, renamed or copied path; deletions yield nothing. */
export async function* stagedSource(ctx: GitContext, maxFileSize: number): AsyncGenerator<SourceEvent> {
  // cat-file starts beside the diffs: its start-up overlaps theirs (latency is what a pre-commit hook feels).
  const reader = openCatFile(ctx, maxFileSize);
  try {
    const { root, changes, merging } = await listStagedChanges(ctx);
    const ignore = await loadIgnoreMatcher(root);
    const wanted = changes.filter(({ entry }) => entry.status !== 'D');
    const skip = (path: string, reason: string): SourceEvent => ({ type: 'skip', skipped: { path, reason } });
    // Reads run a bounded window ahead of detection: a huge first commit never sits in memory at once.
    const reads: (Promise<GitObject> | undefined)[] = [];
    const requestUpTo = (end: number): void => {
      for (let j = reads.length; j < Math.min(end, wanted.length); j++) {
        const entry = wanted[j]?.entry;
        const read = entry !== undefined && isReadable(entry) && !ignore(entry.path) ? reader.read(entry.newOid) : undefined;
        read?.catch(() => undefined); // rethrown in order when awaited below
        reads.push(read);
      }
    };
    for (const [i, { entry, added }] of wanted.entries()) {
      requestUpTo(i + READ_AHEAD);
      const { path } = entry;
      const read = reads[i];
      reads[i] = undefined;
      if (ignore(path)) yield skip(path, 'ignored by .stanchignore');
      else if (entry.status === 'U') yield skip(path, 'unmerged (resolve the conflict, then git add it)');
      else if (entry.newMode === '160000') yield skip(path, 'submodule');
      else if (entry.newMode === '120000') yield skip(path, 'symlink (not followed)');
      else if (read !== undefined) {
        const object = await read;
        if (object.data === undefined) {
          yield skip(path, object.type === 'missing' ? 'blob missing from the object database' : `larger than --max-file-size (${object.size} > ${maxFileSize} bytes)`);
          continue;
        }
        const text = decodeText(object.data);
        // A new file reports everything (path rules included); a modified one, or any file in a merge, only its added lines.
        const reportLines = entry.status === 'A' && !merging ? undefined : added;
        const provenance = { kind: 'staged' as const, blob: entry.newOid };
        const scope = { ...(reportLines ? { reportLines } : {}), ...(entry.oldPath !== path ? { renamedFrom: entry.oldPath } : {}) };
        yield {
          type: 'chunk',
          chunk: text === undefined ? { path, text: '', provenance, binary: true, ...scope } : { path, text, provenance, ...scope },
          bytes: object.data.length,
        };
      }
    }
  } finally {
    await reader.close();
  }
}

function isReadable(entry: RawEntry): boolean {
  return entry.status !== 'U' && entry.newMode !== '160000' && entry.newMode !== '120000';
}
