import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { IoError } from '../errors.js';
import type { Skipped } from '../types.js';
import { parseIgnoreRules, type IgnoreDecision, type IgnoreMatcher } from './ignore-file.js';

// Outside git: every file (dotfiles included) except .git, minus what .gitignore files exclude. A folder that an
// ignore file excludes is never entered, so an unreadable ignored folder (a root-owned database volume) is no error.

/** How to walk. */
export interface WalkOptions {
  /** Whether a folder (absolute path, name) holds installed dependencies: counted as skipped and not entered. */
  isDependency?: (absolute: string, name: string) => boolean;
  /** Count unreadable folders as skipped instead of failing. */
  skipUnreadable: boolean;
  /** `.stanchignore`, matched against `shown(path)`. */
  stanchIgnore: IgnoreMatcher;
  /** The path shown to the user for an absolute path. */
  shown: (absolute: string) => string;
}

/** Absolute paths of the files under `dir` (sorted by relative path), and the folders skipped on the way. */
export interface Walked {
  files: string[];
  skipped: Skipped[];
}

interface GitIgnore {
  base: string;
  match: IgnoreDecision;
}

/** Walks `dir` (absolute, an existing folder). */
export async function walkFolder(dir: string, options: WalkOptions): Promise<Walked> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const pending: { rel: string; ignores: readonly GitIgnore[] }[] = [{ rel: '', ignores: [] }];
  for (let visited = 1; pending.length > 0; visited++) {
    const { rel, ignores: inherited } = pending.pop() ?? { rel: '', ignores: [] };
    const entries = listEntries(resolve(dir, rel), options);
    if (!Array.isArray(entries)) {
      skipped.push({ path: options.shown(resolve(dir, rel)), reason: `unreadable: ${entries.code}` });
      continue;
    }
    const own = entries.find((e) => e.name === '.gitignore' && e.isFile());
    const ignores = own === undefined ? inherited : [...inherited, { base: rel, match: parseIgnoreRules(readGitIgnore(resolve(dir, rel, '.gitignore'), options)) }];
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const isDir = entry.isDirectory();
      if (isIgnored(ignores, path, isDir)) continue;
      if (!isDir) files.push(path);
      else if (options.isDependency?.(resolve(dir, path), entry.name) === true) skipped.push({ path: options.shown(resolve(dir, path)), reason: 'dependency folder' });
      else if (options.stanchIgnore(options.shown(resolve(dir, path)), true)) skipped.push({ path: options.shown(resolve(dir, path)), reason: 'ignored by .stanchignore' });
      else pending.push({ rel: path, ignores });
    }
    // Listing is synchronous (cheaper than the thread pool); let signals through on large trees.
    if (visited % 256 === 0) await new Promise((done) => setImmediate(done));
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: files.sort().map((p) => resolve(dir, p)), skipped };
}

// As git decides: the deepest .gitignore with a rule matching the path wins, so `!keep.log` in a folder re-includes
// what `*.log` at the root excludes (a file inside an excluded folder is never reached, as in git).
function isIgnored(ignores: readonly GitIgnore[], path: string, isDir: boolean): boolean {
  for (let i = ignores.length - 1; i >= 0; i--) {
    const ignore = ignores[i];
    const verdict = ignore?.match(ignore.base === '' ? path : path.slice(ignore.base.length + 1), isDir);
    if (verdict !== undefined) return verdict;
  }
  return false;
}

// The folder's entries; the error code when it is unreadable and --skip-unreadable is given.
function listEntries(absolute: string, options: WalkOptions): Dirent[] | { code: string } {
  try {
    return readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    if (options.skipUnreadable) return { code: errorCode(error) };
    throw new IoError(`cannot list ${options.shown(absolute)}: ${error instanceof Error ? error.message : String(error)}`, 'fix its permissions, list it in .stanchignore, or pass --skip-unreadable to count it as skipped');
  }
}

// An unreadable .gitignore fails the scan, or with --skip-unreadable ignores nothing (the file is then reported).
function readGitIgnore(absolute: string, options: WalkOptions): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    if (options.skipUnreadable) return '';
    throw new IoError(`cannot read ${options.shown(absolute)}: ${error instanceof Error ? error.message : String(error)}`, 'fix its permissions, or pass --skip-unreadable');
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'error';
}
