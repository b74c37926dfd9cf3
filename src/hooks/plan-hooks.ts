import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Decides what `stanch init` changes: husky hooks when the project uses husky, plain git hooks otherwise.

/** One hook file to create or extend. */
export interface HookChange {
  path: string;
  action: 'create' | 'append' | 'unchanged';
  content: string;
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

/** The changes for pre-commit and pre-merge-commit in `hooksDir`; existing lines are always kept. */
export function planHooks(hooksDir: string, husky: boolean): HookChange[] {
  return ['pre-commit', 'pre-merge-commit'].map((name) => {
    const path = join(hooksDir, name);
    const lines = husky ? [HUSKY_LINE] : PLAIN_LINES;
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (existing === undefined) {
      const content = husky ? `${lines.join('\n')}\n` : `#!/bin/sh\n${lines.join('\n')}\n`;
      return { path, action: 'create', content };
    }
    if (/\bstanch(?:\.js)?\s+staged\b/.test(existing)) return { path, action: 'unchanged', content: existing };
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    return { path, action: 'append', content: `${existing}${separator}${lines.join('\n')}\n` };
  });
}
