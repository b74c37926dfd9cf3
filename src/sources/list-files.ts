import { lstat, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { IoError } from '../errors.js';
import type { Skipped } from '../types.js';
import { isNotFound, parseIgnore } from './ignore-file.js';
import { findWorkTree, isIgnoredByGit, listGitFiles } from './list-git-files.js';

// Decides which files a directory scan covers: git's view in a work tree, a walk honouring .gitignore outside.

/** Folders of installed dependencies: skipped by default (with a count) unless the user names them. */
export const DEPENDENCY_FOLDERS = ['node_modules', 'bower_components', 'jspm_packages', 'vendor', '.venv', 'venv', 'site-packages', '.tox', '__pypackages__'];

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

/** Lists `dir` (absolute); `root` is the folder paths are shown relative to. */
export async function listDirectory(dir: string, root: string, env: Readonly<Record<string, string | undefined>>): Promise<Listing> {
  const workTree = await findWorkTree(dir, env);
  const named = relative(root, dir).split(sep);
  const inDependency = named.some((part) => DEPENDENCY_FOLDERS.includes(part));
  // A folder the user names is scanned even when git ignores it (`stanch scan node_modules`).
  const useGit = workTree !== undefined && !(await isIgnoredByGit(dir, env));
  const listed = useGit ? await listGitFiles(dir, env) : undefined;
  const skippedFolders = new Set<string>();
  let absolutes: string[];
  if (listed !== undefined && workTree !== undefined) absolutes = listed.map((p) => resolve(workTree, p));
  else {
    const walked = await walk(dir, !inDependency);
    absolutes = walked.files;
    for (const folder of walked.dependencyFolders) skippedFolders.add(toShownPath(root, folder));
  }
  const files: ListedFile[] = [];
  for (const absolute of absolutes) {
    const path = toShownPath(root, absolute);
    const folder = inDependency ? undefined : dependencyFolder(relative(dir, absolute));
    if (folder === undefined) files.push({ absolute, path });
    else skippedFolders.add(toShownPath(root, resolve(dir, folder)));
  }
  return { files, skipped: [...skippedFolders].map((path) => ({ path, reason: 'dependency folder' })) };
}

/** Forward-slash path of `absolute` relative to `root`. */
export function toShownPath(root: string, absolute: string): string {
  const rel = relative(root, absolute).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

function dependencyFolder(relPath: string): string | undefined {
  const parts = relPath.split(sep);
  const at = parts.findIndex((part, i) => i < parts.length - 1 && DEPENDENCY_FOLDERS.includes(part));
  return at < 0 ? undefined : parts.slice(0, at + 1).join(sep);
}

// Outside git: every file (dotfiles included) except .git/, minus what .gitignore files exclude.
async function walk(dir: string, skipDependencies: boolean): Promise<{ files: string[]; dependencyFolders: string[] }> {
  try {
    await lstat(dir);
  } catch (error) {
    if (isNotFound(error)) throw new IoError(`no such file or directory: ${dir}`, 'check the path');
    throw error;
  }
  const skip = skipDependencies ? DEPENDENCY_FOLDERS.map((f) => `**/${f}/**`) : [];
  const all = await fg('**/*', { cwd: dir, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore: ['**/.git/**', '**/.git', ...skip], suppressErrors: false, markDirectories: true }).catch(
    (error: unknown) => {
      throw new IoError(`cannot list ${dir}: ${error instanceof Error ? error.message : String(error)}`, 'fix the folder permissions, or scan the readable folders by name');
    },
  );
  const ignoreFiles = all.filter((p) => p === '.gitignore' || p.endsWith('/.gitignore'));
  const matchers = await Promise.all(
    ignoreFiles.map(async (p) => ({ base: p.slice(0, -'.gitignore'.length), match: parseIgnore(await readFile(resolve(dir, p), 'utf8')) })),
  );
  const ignored = (p: string): boolean => matchers.some(({ base, match }) => p.startsWith(base) && match(p.slice(base.length)));
  // The main walk does not enter dependency folders; list the outermost ones so each skip is counted.
  const dependencyFolders = skipDependencies
    ? (await fg(DEPENDENCY_FOLDERS.map((f) => `**/${f}`), { cwd: dir, dot: true, onlyDirectories: true, followSymbolicLinks: false, ignore: ['**/.git/**', ...DEPENDENCY_FOLDERS.map((f) => `**/${f}/**/*`)] }))
        .filter((p) => !ignored(p))
        .sort()
    : [];
  return {
    files: all.filter((p) => !p.endsWith('/') && !ignored(p)).sort().map((p) => resolve(dir, p)),
    dependencyFolders: dependencyFolders.map((p) => resolve(dir, p)),
  };
}

