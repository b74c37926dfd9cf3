import { UsageError } from '../errors.js';
import { stringOption, type OptionValues } from './common-options.js';

// Sizes on the command line: `10MB`, `512KB`, `1.5M`, `1048576`.

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Bytes in a size string; a usage error names the flag when it does not parse. */
export function parseSize(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const factor = UNITS[(match?.[2] ?? '?').toLowerCase()];
  if (match === null || factor === undefined) throw new UsageError(`${flag} must be a size such as 10MB, 512KB or 1048576 (got "${value}")`);
  return Math.floor(Number(match[1]) * factor);
}

/** The `--max-file-size` option shared by scan, staged, history and baseline. */
export const MAX_FILE_SIZE_OPTION = { 'max-file-size': { type: 'string' } } as const;

/** `--max-file-size` in bytes (default 10 MB). */
export function readMaxFileSize(values: OptionValues): number {
  return parseSize('--max-file-size', stringOption(values, 'max-file-size') ?? '10MB');
}
