import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError, IoError } from '../errors.js';
import type { Finding } from '../types.js';
import type { FilterResult, FindingFilter } from './filter.js';

// The baseline: accepted findings recorded by fingerprint (no values, no line numbers), so only new ones fail.

/** One accepted finding. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  reason?: string;
}

/** The file format: sorted entries, stable across runs. */
export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

/** Reads and checks a baseline file; a missing or malformed file is an error, never an empty baseline. */
export async function readBaseline(path: string): Promise<BaselineFile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new IoError(`cannot read baseline ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, 'create it with `stanch baseline`');
  }
  if (!isBaseline(data)) throw new ConfigError(`${path}: not a stanch baseline (expected {"version": 1, "entries": [...]})`, 'recreate it with `stanch baseline`');
  return data;
}

/** Entries for findings, sorted by path, rule and fingerprint, with reasons kept from `previous`. */
export function buildBaseline(findings: readonly Finding[], previous: readonly BaselineEntry[] = [], reason?: string): BaselineFile {
  const reasons = new Map(previous.map((e) => [e.fingerprint, e.reason]));
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const kept = reasons.get(f.fingerprint) ?? reason;
    byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, ...(kept === undefined ? {} : { reason: kept }) });
  }
  return { version: 1, entries: sortEntries([...byFingerprint.values()]) };
}

/** Entries in the file's stable order: path, rule id, fingerprint (code-unit order). */
export function sortEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  return [...entries].sort((a, b) => compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint));
}

// Code-unit order, not the locale's: the file must sort the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes a baseline as stable, pretty JSON (creating its folder). */
export async function writeBaseline(path: string, baseline: BaselineFile): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new IoError(`cannot write baseline ${path}: ${error instanceof Error ? error.message : String(error)}`, 'choose a writable path with --output');
  }
}

/** A filter hiding baselined findings; `used` collects the fingerprints it matched (to find stale entries). */
export function buildBaselineFilter(baseline: BaselineFile, used: Set<string>): FindingFilter {
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  return (findings): FilterResult => {
    const result: FilterResult = { kept: [], suppressed: [] };
    for (const finding of findings) {
      if (known.has(finding.fingerprint)) {
        used.add(finding.fingerprint);
        result.suppressed.push({ finding, by: 'baseline' });
      } else result.kept.push(finding);
    }
    return result;
  };
}

function isBaseline(data: unknown): data is BaselineFile {
  if (typeof data !== 'object' || data === null || !('version' in data) || data.version !== 1 || !('entries' in data) || !Array.isArray(data.entries)) return false;
  return data.entries.every((e: unknown) => typeof e === 'object' && e !== null && 'fingerprint' in e && typeof e.fingerprint === 'string' && 'ruleId' in e && 'path' in e);
}
