import { parse } from 'yaml';
import { ConfigError } from '../errors.js';
import { findBacktrackingRisk } from './check-pattern.js';
import { configSchema } from './config-schema.js';
import type { StanchConfig } from './load-config.js';

// Parses and validates `.stanch.yaml` text (yaml and zod load only when a config file exists).

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
    throw new ConfigError(`${name}: ${where}${describeIssue(issue?.message)}`, 'see the Configuration section of the README for every option');
  }
  for (const [i, entry] of result.data.allow.entries()) {
    if (typeof entry === 'string') checkRegex(entry, `${name}: allow.${i}`);
    else checkRegex(entry.pattern, `${name}: allow.${i}.pattern`);
  }
  return { ...result.data, path: name };
}

// An allow regex runs on every finding's value, so one that backtracks catastrophically would hang the scan.
function checkRegex(source: string, where: string): void {
  try {
    new RegExp(source);
  } catch (error) {
    throw new ConfigError(`${where}: ${error instanceof Error ? error.message : String(error)}`, 'fix the regular expression (JavaScript syntax)');
  }
  const risk = findBacktrackingRisk(source);
  if (risk !== undefined) throw new ConfigError(`${where}: may backtrack catastrophically (${risk})`, 'use bounded quantifiers such as {1,64} instead of + or * inside repeated groups');
}


// zod says "Invalid input: expected string, received undefined" for a missing key; say "missing" instead.
function describeIssue(message: string | undefined): string {
  if (message === undefined) return 'invalid config';
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(message);
  return missing === null ? message : `missing (expected ${missing[1]})`;
}
