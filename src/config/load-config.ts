import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Confidence, Severity } from '../types.js';
import type { ConfigFile } from './config-schema.js';

// Finds `.stanch.yaml` (walking up to the repository root) or reads `-c FILE`; every problem exits 2.

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

function findConfig(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}
