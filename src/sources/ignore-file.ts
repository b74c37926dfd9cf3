import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileGlobs, globToRegExpSource } from '../detect/glob.js';
import { IoError } from '../errors.js';

// gitignore-syntax matching for `.stanchignore` (and `.gitignore` outside git): last matching rule wins.

/** Whether a path (relative to the ignore file's folder, forward slashes) is ignored; `isDir` when it names a folder. */
export type IgnoreMatcher = (path: string, isDir?: boolean) => boolean;

/** A path's fate under one ignore file: true ignored, false re-included by a `!` rule, undefined when no rule matches. */
export type IgnoreDecision = (path: string, isDir?: boolean) => boolean | undefined;

interface IgnoreRule {
  negate: boolean;
  match: IgnoreMatcher;
}

/** Compiles gitignore lines: comments, `!` negation, `/` anchoring, trailing `/` for folders, `**`. */
export function parseIgnore(content: string): IgnoreMatcher {
  const decide = parseIgnoreRules(content);
  return (path, isDir) => decide(path, isDir) ?? false;
}

/** Like parseIgnore, but says when no rule matched, so a deeper ignore file can take precedence over a higher one. */
export function parseIgnoreRules(content: string): IgnoreDecision {
  const rules: IgnoreRule[] = [];
  for (const raw of content.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    line = line.replace(/^\\([#!])/, '$1');
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const glob = anchored ? line : `**/${line}`;
    const self = compileGlobs([glob]);
    // Strictly below a matching folder (a file that merely has the folder's name is not inside it).
    const inside = new RegExp(`^(?:${globToRegExpSource(glob)})/.+$`);
    // A folder pattern ignores the folder and everything below it; a file pattern may also name a folder.
    rules.push({ negate, match: (path, isDir = false) => inside.test(path) || ((isDir || !dirOnly) && self(path)) });
  }
  return (path, isDir) => {
    let ignored: boolean | undefined;
    for (const rule of rules) if (rule.match(path, isDir)) ignored = !rule.negate;
    return ignored;
  };
}

/** The matcher of `<root>/<name>` (default `.stanchignore`), or one that ignores nothing when absent. */
export async function loadIgnoreMatcher(root: string, name = '.stanchignore'): Promise<IgnoreMatcher> {
  const path = join(root, name);
  try {
    return parseIgnore(await readFile(path, 'utf8'));
  } catch (error) {
    if (isNotFound(error)) return () => false;
    throw new IoError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, 'check the file permissions');
  }
}

/** Whether an error is a missing file or folder. */
export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}
