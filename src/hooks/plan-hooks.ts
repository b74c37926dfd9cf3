import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

// Decides what `stanch init` changes: husky hooks when the project uses husky, plain git hooks otherwise.

/** One hook file to create or extend. */
export interface HookChange {
  /** The hook's name (pre-commit). */
  name: string;
  path: string;
  action: 'create' | 'append' | 'update' | 'unchanged';
  content: string;
  /** The lines stanch adds (shown by --dry-run). */
  added: readonly string[];
}

/** A hook stanch cannot extend (written in another language), with the reason. */
export interface HookRefusal {
  name: string;
  path: string;
  action: 'refuse';
  error: UsageError;
}

const HUSKY_LINE = 'stanch staged';

// The plain hook's lines; `runner` (a shell command) replaces npx when stanch cannot be run by name.
function plainLines(runner?: string): string[] {
  const fallback = runner === undefined ? 'npx --no-install stanch' : runner;
  return ['# stanch: block secrets and insecure configuration before they are committed', `if command -v stanch >/dev/null 2>&1; then stanch staged || exit $?; else ${fallback} staged || exit $?; fi`];
}

/** Whether the project at `root` uses husky (a .husky folder, or husky in package.json). */
export function usesHusky(root: string): boolean {
  if (existsSync(join(root, '.husky'))) return true;
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    return typeof pkg === 'object' && pkg !== null && ['dependencies', 'devDependencies'].some((k) => {
      const deps: unknown = Reflect.get(pkg, k);
      return typeof deps === 'object' && deps !== null && 'husky' in deps;
    });
  } catch {
    return false;
  }
}

/**
 * The changes for pre-commit and pre-merge-commit in `hooksDir`; existing lines are always kept. In a plain
 * hook the stanch lines go right after the shebang, so an `exit` or `exec` further down cannot skip them;
 * a hook in another language cannot be extended and is refused (the other hook is still planned). `runner` is how a plain hook runs stanch when
 * it is not on PATH (default: npx --no-install).
 */
export function planHooks(hooksDir: string, husky: boolean, runner?: string): (HookChange | HookRefusal)[] {
  const lines = plainLines(runner);
  return ['pre-commit', 'pre-merge-commit'].map((name): HookChange | HookRefusal => {
    const path = join(hooksDir, name);
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (existing === undefined) {
      return husky ? { name, path, action: 'create', content: `${HUSKY_LINE}\n`, added: [HUSKY_LINE] } : { name, path, action: 'create', content: `#!/bin/sh\n${lines.join('\n')}\n`, added: ['#!/bin/sh', ...lines] };
    }
    // A hook written by an earlier init that relies on npx gets the runner when there is one.
    const npxLine = plainLines()[1] ?? '';
    if (runner !== undefined && existing.split('\n').includes(npxLine)) return { name, path, action: 'update', content: existing.replace(npxLine, () => lines[1] ?? npxLine), added: lines.slice(1) };
    if (hasStanch(existing)) return { name, path, action: 'unchanged', content: existing, added: [] };
    if (husky) return { name, path, action: 'append', content: `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${HUSKY_LINE}\n`, added: [HUSKY_LINE] };
    const [first = '', ...rest] = existing.split('\n');
    if (!first.startsWith('#!')) return { name, path, action: 'update', content: `${lines.join('\n')}\n${existing}`, added: lines };
    if (!/\b(?:sh|bash|dash|zsh|ksh|ash)\b/.test(first)) {
      return { name, path, action: 'refuse', error: new UsageError(`${name} hook is not a shell script (${first}): cannot add stanch to it`, `add a call to \`stanch staged\` to ${path} yourself`) };
    }
    return { name, path, action: 'update', content: [first, ...lines, ...rest].join('\n'), added: lines };
  });
}

// A commented-out call does not count.
function hasStanch(hook: string): boolean {
  return hook.split('\n').some((line) => !line.trimStart().startsWith('#') && /\bstanch(?:\.js)?\s+staged\b/.test(line));
}
