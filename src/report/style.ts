import type { Severity } from '../types.js';

// Terminal colours, applied only when enabled (TTY and no NO_COLOR / --no-color).

/** A colour function per style; identity when colour is off. */
export interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
  grey: (s: string) => string;
  severity: (severity: Severity, s: string) => string;
}

const SEVERITY_CODES: Record<Severity, string> = { critical: '1;31', high: '31', medium: '33', low: '36' };

/** The style for a run. */
export function createStyle(color: boolean): Style {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    bold: (s) => paint('1', s),
    dim: (s) => paint('2', s),
    grey: (s) => paint('90', s),
    severity: (severity, s) => paint(SEVERITY_CODES[severity], s),
  };
}

/** A count with its noun, singular for one: `1 commit`, `3 commits` (`plural` for irregular nouns). */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** Bytes in a human unit (KB, MB, GB with one decimal). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
