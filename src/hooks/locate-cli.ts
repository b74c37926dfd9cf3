import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

// How a hook will find stanch at commit time. The plain hook runs `stanch` from PATH, else from the project's
// node_modules/.bin through `npx --no-install`; when neither has it (stanch run from a clone as
// `node /path/dist/cli.js init`), npx asks the npm registry and every commit fails, so the hook calls the CLI
// that ran `init` by its absolute path instead.

/** Whether `stanch` can be run from `root` by name: on PATH, or in node_modules/.bin at or above it. */
export function canRunByName(root: string, env: Readonly<Record<string, string | undefined>>): boolean {
  const onPath = (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  const local: string[] = [];
  for (let dir = root; ; dir = dirname(dir)) {
    local.push(join(dir, 'node_modules', '.bin'));
    if (dirname(dir) === dir) break;
  }
  return [...onPath, ...local].some((dir) => isExecutable(join(dir, 'stanch')));
}

/** A shell command running the CLI at `entry` with this Node, or undefined when `entry` is not a file. */
export function describeRunner(entry: string | undefined, node: string): string | undefined {
  if (entry === undefined) return undefined;
  let script: string;
  try {
    script = realpathSync(entry);
  } catch {
    return undefined;
  }
  return `${quoteShell(node)} ${quoteShell(script)}`;
}

/** `value` as one single-quoted shell word. */
export function quoteShell(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
