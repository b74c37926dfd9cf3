import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

// Decides what `stanch init` changes: husky hooks when the project uses husky, plain git hooks otherwise.

/** One hook file to create or extend. */
export interface HookChange {
  path: string;
  action: 'create' | 'append' | 'update' | 'unchanged';
  content: string;
  /** The lines stanch adds (shown by --dry-run). */
  added: readonly string[];
}

const HUSKY_LINE = 'stanch staged';
const PLAIN_LINES = [
  '# stanch: block secrets and insecure configuration before they are committed',
  'if command -v stanch >/dev/null 2>&1; then stanch staged || exit $?; else npx --no-install stanch staged || exit $?; fi',
];

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
 * a hook in another language cannot be extended and is refused.
 */
export function planHooks(hooksDir: string, husky: boolean): HookChange[] {
  return ['pre-commit', 'pre-merge-commit'].map((name) => {
    const path = join(hooksDir, name);
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (existing === undefined) {
      return husky ? { path, action: 'create', content: `${HUSKY_LINE}\n`, added: [HUSKY_LINE] } : { path, action: 'create', content: `#!/bin/sh\n${PLAIN_LINES.join('\n')}\n`, added: ['#!/bin/sh', ...PLAIN_LINES] };
    }
    if (hasStanch(existing)) return { path, action: 'unchanged', content: existing, added: [] };
    if (husky) return { path, action: 'append', content: `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${HUSKY_LINE}\n`, added: [HUSKY_LINE] };
    const [first = '', ...rest] = existing.split('\n');
    if (!first.startsWith('#!')) return { path, action: 'update', content: `${PLAIN_LINES.join('\n')}\n${existing}`, added: PLAIN_LINES };
    if (!/\b(?:sh|bash|dash|zsh|ksh|ash)\b/.test(first)) {
      throw new UsageError(`${name} hook is not a shell script (${first}): cannot add stanch to it`, `add a call to \`stanch staged\` to ${path} yourself`);
    }
    return { path, action: 'update', content: [first, ...PLAIN_LINES, ...rest].join('\n'), added: PLAIN_LINES };
  });
}

// A commented-out call does not count.
function hasStanch(hook: string): boolean {
  return hook.split('\n').some((line) => !line.trimStart().startsWith('#') && /\bstanch(?:\.js)?\s+staged\b/.test(line));
}
