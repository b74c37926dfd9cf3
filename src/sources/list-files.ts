import { lstat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { IoError } from '../errors.js';
import { DEPENDENCY_FOLDERS, isDependencyFolder } from './dependency-folders.js';
import type { Skipped } from '../types.js';
import { isNotFound, type IgnoreMatcher } from './ignore-file.js';
import { findWorkTree, isIgnoredByGit, listGitFiles } from './list-git-files.js';
import { walkFolder, type Walked } from './walk-folder.js';

// Decides which files a directory scan covers: git's view in a work tree, a walk honouring .gitignore outside.

/** A file to read: its absolute path and the path shown in findings (root-relative, forward slashes). */
export interface ListedFile {
  absolute: string;
  path: string;
}

/** Files under a directory the user named, plus the folders skipped on the way. */
export interface Listing {
  files: ListedFile[];
  skipped: Skipped[];
}

/** What the walk outside git needs: `.stanchignore` (relative to `root`) and whether unreadable folders are skipped. */
export interface WalkChoices {
  stanchIgnore: IgnoreMatcher;
  skipUnreadable: boolean;
}

/** Lists `dir` (absolute); `root` is the folder paths are shown relative to. */
export async function listDirectory(dir: string, root: string, env: Readonly<Record<string, string | undefined>>, choices: WalkChoices): Promise<Listing> {
  const workTree = await findWorkTree(dir, env);
  const named = relative(root, dir).split(sep);
  const inDependency = named.some((part) => DEPENDENCY_FOLDERS.includes(part));
  // A folder the user names is scanned even when git ignores it (`stanch scan node_modules`).
  const useGit = workTree !== undefined && !(await isIgnoredByGit(dir, env));
  const listed = useGit ? await listGitFiles(dir, env) : undefined;
  const skippedFolders = new Set<string>();
  const walked = listed !== undefined && workTree !== undefined ? { files: listed.map((p) => resolve(workTree, p)), skipped: [] } : await walk(dir, root, !inDependency, choices);
  const absolutes = walked.files;
  const files: ListedFile[] = [];
  // Asked once per folder, not once per file in it: a Python environment is told apart by files inside it.
  const known = new Map<string, boolean>();
  const isDependency = (absolute: string, name: string): boolean => known.get(absolute) ?? known.set(absolute, isDependencyFolder(absolute, name)).get(absolute) === true;
  for (const absolute of absolutes) {
    const path = toShownPath(root, absolute);
    const folder = inDependency ? undefined : dependencyFolder(dir, relative(dir, absolute), isDependency);
    if (folder === undefined) files.push({ absolute, path });
    else skippedFolders.add(toShownPath(root, resolve(dir, folder)));
  }
  return { files, skipped: [...walked.skipped, ...[...skippedFolders].map((path) => ({ path, reason: 'dependency folder' }))] };
}

/** Forward-slash path of `absolute` relative to `root`. */
export function toShownPath(root: string, absolute: string): string {
  const rel = relative(root, absolute).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

function dependencyFolder(dir: string, relPath: string, isDependency: (absolute: string, name: string) => boolean): string | undefined {
  const parts = relPath.split(sep);
  const at = parts.findIndex((part, i) => i < parts.length - 1 && DEPENDENCY_FOLDERS.includes(part) && isDependency(resolve(dir, ...parts.slice(0, i + 1)), part));
  return at < 0 ? undefined : parts.slice(0, at + 1).join(sep);
}

// Outside git (or in a folder git ignores): the walk, which fails on a missing folder.
async function walk(dir: string, root: string, skipDependencies: boolean, options: WalkChoices): Promise<Walked> {
  try {
    await lstat(dir);
  } catch (error) {
    if (isNotFound(error)) throw new IoError(`no such file or directory: ${dir}`, 'check the path');
    throw error;
  }
  return walkFolder(dir, { ...options, ...(skipDependencies ? { isDependency: isDependencyFolder } : {}), shown: (absolute) => toShownPath(root, absolute) });
}
