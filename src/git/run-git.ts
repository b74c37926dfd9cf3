import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';

// Runs git without letting the scanned repository run anything: no fsmonitor hook, no external diff or
// textconv, no pager. The caller's environment (GIT_INDEX_FILE, GIT_DIR) is inherited on purpose.

/** Global flags for every git call stanch makes. */
export const SAFE_GIT_ARGS = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', '-c', 'diff.external=', '--no-pager'];

/** What went wrong, for callers that treat some failures as answers (a plain folder is not a repository). */
export type GitFailure = 'git-missing' | 'not-a-repository' | 'not-a-work-tree' | 'dubious-ownership' | 'bad-revision' | 'interrupted' | 'other';

/** A failed git command, with the kind of failure. */
export class GitCommandError extends GitError {
  readonly failure: GitFailure;

  constructor(failure: GitFailure, message: string, hint: string) {
    super(message, hint);
    this.failure = failure;
  }
}

/** Where and how git runs. */
export interface GitContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
}

/**
 * Runs `git args` and resolves to its stdout; a failure is a GitError with git's own first line. Exit codes
 * in `okCodes` (default 0) are answers, not failures (`rev-parse --verify` of a missing name exits 1).
 */
export async function runGit(ctx: GitContext, args: readonly string[], okCodes: readonly number[] = [0]): Promise<Buffer> {
  const out: Buffer[] = [];
  await streamGit(ctx, args, (part) => out.push(part), okCodes);
  return Buffer.concat(out);
}

/** Runs `git args`, handing each stdout part to `onData` as it arrives (output too large to hold); resolves to the exit code. */
export function streamGit(ctx: GitContext, args: readonly string[], onData: (part: Buffer) => void, okCodes: readonly number[] = [0]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_GIT_ARGS, ...args], { cwd: ctx.cwd, env: gitEnv(ctx.env), stdio: ['ignore', 'pipe', 'pipe'], signal: ctx.signal });
    const err: Buffer[] = [];
    child.stdout.on('data', onData);
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error) => reject(toGitError(error, args)));
    child.on('close', (code) => {
      if (code !== null && okCodes.includes(code)) resolve(code);
      else reject(describeFailure(args, Buffer.concat(err).toString('utf8'), code));
    });
  });
}

/** The environment git runs with: the caller's, minus anything that could start a pager or prompt. */
export function gitEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return { ...out, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' };
}

/** Maps a spawn error (git missing, aborted) to a GitError. */
export function toGitError(error: Error & { code?: string }, args: readonly string[]): GitCommandError {
  if (error.code === 'ENOENT') return new GitCommandError('git-missing', 'git not found on PATH', 'install git (https://git-scm.com) or add it to PATH');
  if (error.name === 'AbortError') return new GitCommandError('interrupted', 'interrupted', 'the scan was stopped before it finished');
  return new GitCommandError('other', `git ${args[0] ?? ''} failed: ${error.message}`, 'check that git works in this directory');
}

/** Maps git's stderr to a GitError with the cause and a hint. */
export function describeFailure(args: readonly string[], stderr: string, code: number | null): GitCommandError {
  const first = stderr.split('\n').find((l) => l.trim() !== '')?.replace(/^(fatal|error): /, '') ?? `exit code ${code}`;
  const command = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? '';
  if (/not a git repository/i.test(stderr)) return new GitCommandError('not-a-repository', 'not a git repository', 'run stanch inside a git work tree, or use `stanch scan PATH` for plain folders');
  // git >= 2.35.2 refuses a repository owned by another user (CI containers, bind mounts, a clone made as root).
  const owner = /dubious ownership in repository at '(.*)'|unsafe repository \('(.*)' is owned by someone else\)/.exec(stderr);
  if (owner !== null) {
    const repo = owner[1] ?? owner[2] ?? '.';
    return new GitCommandError('dubious-ownership', `git refuses ${repo}: it is owned by another user (dubious ownership)`, `if you trust it: git config --global --add safe.directory ${repo}`);
  }
  if (/unknown revision|bad revision|ambiguous argument|invalid revision|bad object/i.test(stderr)) {
    return new GitCommandError('bad-revision', `bad revision or range: ${first}`, 'check the range (e.g. origin/main..HEAD) and that the refs exist (fetch them in CI)');
  }
  const failure = /must be run in a work tree/i.test(stderr) ? 'not-a-work-tree' : 'other';
  return new GitCommandError(failure, `git ${command} failed: ${first}`, 'check the repository with `git status` and `git fsck`');
}
