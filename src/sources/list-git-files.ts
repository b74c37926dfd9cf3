import { execFile } from 'node:child_process';

// In a git work tree, the files to scan are the tracked ones plus untracked files that are not ignored.

/** Flags that keep git from running anything configured in the scanned repository. */
export const SAFE_GIT_FLAGS = ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', '-c', 'core.quotePath=false'];

function runGit(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', [...SAFE_GIT_FLAGS, ...args], { cwd, maxBuffer: 1 << 30, encoding: 'utf8' }, (error, stdout) => {
      resolve(error === null ? stdout : undefined);
    });
  });
}

/** Whether git ignores the folder `dir` itself (a named ignored folder is walked, not listed by git). */
export async function isIgnoredByGit(dir: string): Promise<boolean> {
  return (await runGit(['check-ignore', '-q', '.'], dir)) !== undefined;
}

/** The work-tree root containing `dir`, or undefined outside git (or when git is not installed). */
export async function findWorkTree(dir: string): Promise<string | undefined> {
  const out = await runGit(['rev-parse', '--show-toplevel'], dir);
  return out === undefined || out.trim() === '' ? undefined : out.trim();
}

/** Repo-relative paths of tracked and untracked-not-ignored files under `dir` (sorted). */
export async function listGitFiles(dir: string): Promise<string[] | undefined> {
  const out = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', '.'], dir);
  if (out === undefined) return undefined;
  return [...new Set(out.split('\0').filter((p) => p !== ''))].sort();
}
