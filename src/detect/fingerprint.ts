import { createHash } from 'node:crypto';

// The stable identity of a finding (DESIGN.md §5): rule, normalised value and path; never the line, never the value.

/** Normalises a secret or misconfig value so quoting and spacing do not change its identity. */
export function normaliseValue(value: string): string {
  return value
    .trim()
    .replace(/^['"`]+|['"`]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** Hex sha256 (first 32 chars) of `ruleId \0 value \0 path`; shared by baseline, SARIF and the ignore file. */
export function computeFingerprint(ruleId: string, value: string, path: string): string {
  return createHash('sha256')
    .update(`${ruleId}\0${normaliseValue(value)}\0${path}`)
    .digest('hex')
    .slice(0, 32);
}
