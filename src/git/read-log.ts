import { spawn } from 'node:child_process';
import type { CommitInfo } from '../types.js';
import { parseRawEntries, type RawEntry } from './parse-raw.js';
import { GitError } from '../errors.js';
import { describeFailure, gitEnv, SAFE_GIT_ARGS, toGitError, type GitContext } from './run-git.js';

// Streams `git log --raw -z -m -M --root` and parses it into commits with one diff per parent.

/** A commit of the log: its metadata, parents, and the raw diff against each parent it differs from. */
export interface LogCommit {
  info: CommitInfo;
  parents: string[];
  /** One entry list per parent diff git printed (an identical parent prints none). */
  diffs: RawEntry[][];
}

const FORMAT = '--format=%x01%H %P%x00%an%x00%ae%x00%aI%x00%s';

/** Hears the count of commits parsed so far and the commits completed since the last call (each once, in order). */
export type OnCommits = (count: number, completed: readonly LogCommit[]) => void;

/**
 * Reads the commits selected by `revisions` (e.g. `--all` or `BASE..HEAD`), newest first; `onCommits` hears them
 * while the log streams. With `only`, reads exactly those commits instead (given to git on stdin, any order).
 */
export function readLog(ctx: GitContext, revisions: readonly string[], onCommits?: OnCommits, only?: readonly string[]): Promise<LogCommit[]> {
  return new Promise((resolve, reject) => {
    const selection = only === undefined ? revisions : ['--no-walk=unsorted', '--stdin'];
    const args = ['log', '--raw', '-z', '--no-abbrev', '-m', '-M', '--root', FORMAT, ...selection, '--'];
    // GIT_FLUSH=0: into a pipe, git log flushes after every commit (thousands of 1 KB reads); fully buffered
    // output arrives in 4 KB writes, a quarter less time on a 3,000-commit history.
    const env = { ...gitEnv(ctx.env), GIT_FLUSH: '0' };
    const child = spawn('git', [...SAFE_GIT_ARGS, ...args], { cwd: ctx.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], signal: ctx.signal });
    child.stdin.on('error', () => undefined); // git exiting early is reported by its exit code below
    child.stdin.end(only === undefined ? '' : `${only.join('\n')}\n`);
    const commits: LogCommit[] = [];
    let pending: string[] = [];
    let carry = Buffer.alloc(0);
    let stderr = '';
    let heard = 0; // commits already given to onCommits
    const flush = (final: boolean): void => {
      const done = parseFields(pending, final, commits);
      if (done > 0) pending = pending.slice(done);
      // The last commit may still get diffs against further parents from the stream, unless it is the end.
      const complete = final ? commits.length : Math.max(heard, commits.length - 1);
      const completed = commits.slice(heard, complete);
      heard = complete;
      onCommits?.(commits.length, completed);
    };
    child.stdout.on('data', (part: Buffer) => {
      const data = carry.length === 0 ? part : Buffer.concat([carry, part]);
      let start = 0;
      for (let nul = data.indexOf(0, start); nul >= 0; nul = data.indexOf(0, start)) {
        pending.push(data.subarray(start, nul).toString('utf8'));
        start = nul + 1;
      }
      carry = Buffer.from(data.subarray(start));
      if (pending.length > 4096) {
        try {
          flush(false);
        } catch (error) {
          child.kill();
          reject(error);
        }
      }
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', (error) => reject(toGitError(error, ['log'])));
    child.on('close', (code) => {
      if (code !== 0) return reject(describeFailure(['log'], stderr, code));
      if (carry.length > 0) pending.push(carry.toString('utf8'));
      try {
        flush(true);
        resolve(commits);
      } catch (error) {
        reject(error);
      }
    });
  });
}

// Fields: `\x01<sha> <parents>`, author, email, date, subject, then raw entries; repeated headers of the
// same commit are its diffs against further parents. Parsing is by position only (a commit message or path
// that looks like a header cannot split a record). Returns how many fields it consumed: a record whose
// entries may continue in the stream is left for the next call unless `final`.
function parseFields(fields: readonly string[], final: boolean, commits: LogCommit[]): number {
  let i = 0;
  while (i < fields.length) {
    const head = (fields[i] ?? '').replace(/^\n/, '');
    if (head === '' && final) {
      i++;
      continue;
    }
    if (!head.startsWith('\u0001')) throw new GitError('unexpected git log output', 'check the repository with `git fsck`; stanch reads `git log --raw -z`');
    const { entries, next } = parseRawEntries(fields, i + 5);
    if (next >= fields.length && !final) return i;
    const [sha = '', ...parents] = head.slice(1).trim().split(' ').filter((p) => p !== '');
    const info: CommitInfo = { sha, author: fields[i + 1] ?? '', email: fields[i + 2] ?? '', date: fields[i + 3] ?? '', summary: fields[i + 4] ?? '' };
    const last = commits[commits.length - 1];
    if (last !== undefined && last.info.sha === sha) last.diffs.push(entries);
    else commits.push({ info, parents, diffs: [entries] });
    i = next;
  }
  return i;
}
