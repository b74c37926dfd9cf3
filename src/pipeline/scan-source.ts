import { StanchError } from '../errors.js';
import type { FindingFilter, SuppressedFinding } from '../filters/filter.js';
import type { SourceEvent } from '../sources/source-event.js';
import type { Chunk, Finding, Mode, Report, RulePack, Skipped, Summary } from '../types.js';
import { VERSION } from '../version.js';
import { createDetectPool } from './detect-pool.js';
import { lowerExpiredTokens } from './lower-expired.js';
import { raiseSecretCopies } from './raise-secret-copies.js';

// Drives a source through detection and the filters, and totals the summary.

/** What a scan needs besides its source. */
export interface ScanPlan {
  mode: Mode;
  pack: RulePack;
  filters: readonly FindingFilter[];
  /** Worker threads for detection (1: main thread only). */
  jobs: number;
  /** Stops the scan (SIGINT / SIGTERM): it fails rather than report a partial result as complete. */
  signal?: AbortSignal;
  /** Called after each chunk, for progress reporting. */
  onProgress?: (done: { files: number; bytes: number }) => void;
}

/** The report of a scan and the findings its filters suppressed. */
export interface ScanResult {
  report: Report;
  suppressed: SuppressedFinding[];
}

/** Scans every chunk of `events`; findings come back sorted by path, line and column. */
export async function scanSource(events: AsyncIterable<SourceEvent>, plan: ScanPlan): Promise<ScanResult> {
  const started = performance.now();
  const pool = createDetectPool(plan.pack, plan.jobs);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const skipped: Skipped[] = [];
  const totals = { files: 0, bytes: 0 };
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const accept = (chunk: Chunk, found: Finding[]): void => {
    let kept = found;
    for (const filter of plan.filters) {
      const result = filter(kept, chunk);
      kept = result.kept;
      suppressed.push(...result.suppressed);
    }
    findings.push(...kept);
  };
  try {
    for await (const event of events) {
      if (plan.signal?.aborted === true) throw new StanchError('internal', 'interrupted before the scan finished', 'nothing was reported; run it again');
      if (event.type === 'skip') {
        skipped.push(event.skipped);
        continue;
      }
      // Binary files are counted as skipped, but still go through detection: path rules apply to them.
      if (event.chunk.binary) skipped.push({ path: event.chunk.path, reason: 'binary' });
      else {
        totals.files++;
        totals.bytes += event.bytes;
      }
      const task: Promise<void> = pool
        .detect(event.chunk)
        .then((found) => accept(event.chunk, found))
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= Math.max(4, pool.threads * 8)) await Promise.race(inFlight);
      if (failure !== undefined) throw failure;
      plan.onProgress?.(totals);
    }
    await Promise.all(inFlight);
    if (failure !== undefined) throw failure;
  } finally {
    await pool.close();
  }
  const raised = raiseSecretCopies(lowerExpiredTokens(findings, Date.now())).sort(compareFindings);
  const report: Report = { tool: { name: 'stanch', version: VERSION }, mode: plan.mode, findings: raised, summary: summarise(totals, raised, suppressed, skipped, started), suppressedFindings: suppressed.map((s) => s.finding) };
  return { report, suppressed };
}

/** Orders findings by path, line, column, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function summarise(totals: { files: number; bytes: number }, findings: Finding[], suppressed: SuppressedFinding[], skipped: Skipped[], started: number): Summary {
  const suppressedBy: Summary['suppressedBy'] = {};
  for (const s of suppressed) suppressedBy[s.by] = (suppressedBy[s.by] ?? 0) + 1;
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files: totals.files,
    bytes: totals.bytes,
    findings: findings.length,
    suppressed: suppressed.length,
    suppressedBy,
    skipped,
    durationMs: Math.round(performance.now() - started),
  };
}
