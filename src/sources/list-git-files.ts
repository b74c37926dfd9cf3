import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GitError } from '../errors.js';
import { GitCommandError, runGit, streamGit, type GitContext } from '../git/run-git.js';

// In a git work tree, the files to scan are the tracked ones plus untracked files that are not ignored. Only
// "not a repository" means a plain folder: any other git failure stops the scan, because a plain walk would
// miss force-added ignored files (a committed .env) and report a clean tree.

/** Git's untracked cache is skipped too: it is written by, and trusted from, the scanned repository. */
const LIST_FLAGS = ['-c', 'core.untrackedCache=false'];

/** Whether git ignores the folder `dir` itself (a named ignored folder is walked, not listed by git). */
export async function isIgnoredByGit(dir: string, env: GitContext['env']): Promise<boolean> {
  // Exit 0: ignored; 1: not ignored; anything else is a failure.
  return (await streamGit({ cwd: dir, env }, [...LIST_FLAGS, 'check-ignore', '-q', '.'], () => undefined, [0, 1])) === 0;
}

/** The work-tree root containing `dir`; undefined outside git, or when git is not installed and no `.git` is above. */
export async function findWorkTree(dir: string, env: GitContext['env']): Promise<string | undefined> {
  try {
    const out = (await runGit({ cwd: dir, env }, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    return out === '' ? undefined : out;
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    if (error.failure === 'not-a-repository' || error.failure === 'not-a-work-tree') return undefined;
    if (error.failure !== 'git-missing') throw error;
    const repo = findDotGit(dir);
    if (repo === undefined) return undefined;
    throw new GitError(`git not found on PATH, and ${repo} is a git repository`, 'install git or add it to PATH: without git, files committed despite .gitignore (such as .env) would be missed');
  }
}

/** Repo-relative paths of tracked and untracked-not-ignored files under `dir` (sorted). */
export async function listGitFiles(dir: string, env: GitContext['env']): Promise<string[]> {
  const out = await runGit({ cwd: dir, env }, [...LIST_FLAGS, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', '.']);
  return [...new Set(out.toString('utf8').split('\0').filter((p) => p !== ''))].sort();
}

// The nearest folder at or above `dir` holding a `.git` (folder or file), or undefined.
function findDotGit(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}
