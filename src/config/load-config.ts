import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from '../errors.js';
import type { Confidence, Severity } from '../types.js';
import { configSchema, type ConfigFile } from './config-schema.js';

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
  return parseConfig(text, relative(cwd, path) || path);
}

/** Parses and validates config text; `name` appears in errors. */
export function parseConfig(text: string, name: string): StanchConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ConfigError(`${name}: invalid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  const result = configSchema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.map(String).join('.')}: `;
    throw new ConfigError(`${name}: ${where}${issue?.message ?? 'invalid config'}`, 'see the Configuration section of the README for every option');
  }
  for (const [i, source] of result.data.allow.entries()) checkRegex(source, `${name}: allow.${i}`);
  return { ...result.data, path: name };
}

function checkRegex(source: string, where: string): void {
  try {
    new RegExp(source);
  } catch (error) {
    throw new ConfigError(`${where}: ${error instanceof Error ? error.message : String(error)}`, 'fix the regular expression (JavaScript syntax)');
  }
}

function findConfig(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}
