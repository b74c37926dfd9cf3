import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { SEVERITIES, type Confidence, type Severity } from '../types.js';

// The options every scanning command shares (DESIGN.md §2), parsed with node:util so start-up stays light.

type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** Options shared by scan, staged and history. */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'fail-on': { type: 'string' },
  'min-confidence': { type: 'string' },
  'show-secrets': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-suppress': { type: 'boolean' },
  decode: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionTable;

/** Output formats the reporters know. */
export const FORMATS = ['human', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Common options after validation. */
export interface CommonOptions {
  format?: Format;
  output?: string;
  config?: string;
  baseline?: string;
  failOn?: Severity;
  minConfidence?: Confidence;
  showSecrets: boolean;
  jobs?: number;
  color: boolean;
  quiet: boolean;
  noSuppress: boolean;
  decode: boolean;
  help: boolean;
}

/** Raw parsed values by option name. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A parsed command line: raw values (for command-specific options), positionals and the common options. */
export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
  common: CommonOptions;
}

/** Parses a command's arguments: the common options plus `extra`; unknown flags are usage errors. */
export function parseCommandArgs(args: string[], extra: OptionTable, env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...extra }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? 'invalid arguments') : 'invalid arguments';
    // Node's own text ends with an unbalanced quote (`as in '-- "--x"`): name the option and say it in the hint.
    const unknown = /^Unknown option '([^']*)'/.exec(message)?.[1];
    if (unknown !== undefined) throw new UsageError(`unknown option ${unknown}`, 'run `stanch <command> --help` for its options; a path that starts with "-" goes after `--`');
    throw new UsageError(message);
  }
  return { values: parsed.values, positionals: parsed.positionals, common: readCommonOptions(parsed.values, env) };
}

function readCommonOptions(values: OptionValues, env: Readonly<Record<string, string | undefined>>): CommonOptions {
  const str = (name: string): string | undefined => stringOption(values, name);
  const flag = (name: string): boolean => values[name] === true;
  return {
    format: pickEnum('--format', str('format'), FORMATS),
    output: str('output'),
    config: str('config'),
    baseline: str('baseline'),
    failOn: pickEnum('--fail-on', str('fail-on'), SEVERITIES),
    minConfidence: pickEnum('--min-confidence', str('min-confidence'), ['high', 'medium', 'low'] as const),
    showSecrets: flag('show-secrets'),
    jobs: parseJobs(str('jobs')),
    // no-color.org: NO_COLOR disables colour when set to a non-empty value.
    color: !flag('no-color') && (env['NO_COLOR'] ?? '') === '',
    quiet: flag('quiet'),
    noSuppress: flag('no-suppress'),
    decode: flag('decode'),
    help: flag('help'),
  };
}

/** A string option's value, if given. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Validates a value against a fixed list, with the list in the error. */
export function pickEnum<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return found;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${value}")`);
  return jobs;
}
