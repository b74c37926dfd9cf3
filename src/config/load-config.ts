import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Confidence, Severity } from '../types.js';
import type { ConfigFile } from './config-schema.js';

// Finds `.stanch.yaml` (walking up from the working directory or the scanned paths to the repository root) or
// reads `-c FILE`; every problem exits 2.

/** A user's validated `.stanch.yaml`. */
export interface StanchConfig extends ConfigFile {
  /** The file it was read from. */
  path: string;
  failOn?: Severity;
  minConfidence?: Confidence;
}

const NAMES = ['.stanch.yaml', '.stanch.yml'];

/** The nearest config from `cwd` up to the repository root, or `explicitPath`; undefined when there is none. */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<StanchConfig | undefined> {
  const path = explicitPath ?? findConfig(cwd);
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${path}: ${error instanceof Error ? error.message : String(error)}`, 'check the path given to -c');
  }
  const { parseConfig } = await import('./parse-config.js');
  return parseConfig(text, relative(cwd, path) || path);
}

/**
 * The config for a scan of `targets` (relative to `cwd`): the nearest one above each target, up to its
 * repository root. Targets with different configs (or only some with one) are an error asking for -c: applying
 * one project's config (say, a permissive one in the working directory) to another would be a silent surprise.
 */
export function findConfigForTargets(cwd: string, targets: readonly string[]): string | undefined {
  const found = targets.map((target) => ({ target, path: findConfig(startOf(resolve(cwd, target))) }));
  const first = found[0];
  const other = found.find((f) => f.path !== first?.path);
  if (first === undefined || other === undefined) return first?.path;
  const describe = (f: typeof first): string => (f.path === undefined ? `${f.target} (none)` : `${relative(cwd, f.path) || f.path} (for ${f.target})`);
  throw new ConfigError(`the scanned paths have different configs: ${describe(first)}, ${describe(other)}`, 'pass -c FILE to choose one, or scan each project in its own run');
}

// A folder target starts the search itself; a file (or a missing path, reported later) from its folder.
function startOf(absolute: string): string {
  try {
    return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  } catch {
    return dirname(absolute);
  }
}

function findConfig(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}
