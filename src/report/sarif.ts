import { gzipSync } from 'node:zlib';
import type { Finding, Report } from '../types.js';
import { CONFIDENCES, SEVERITIES } from '../types.js';
import type { ReportOptions } from './report-options.js';
import { toSarifResult } from './sarif-results.js';
import { toMinimalSarifRule, toSarifRule } from './sarif-rules.js';

// SARIF 2.1.0 for GitHub code scanning (DESIGN.md §6): stable fingerprints, no secret values, within GitHub's limits.

/** GitHub's limit on results per run. */
export const MAX_RESULTS = 25_000;
/** GitHub's limit on an upload's gzipped size. */
export const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
const INFORMATION_URI = 'https://www.npmjs.com/package/stanch';

// What the last formatting of a report left out, so the CLI can repeat it on stderr without formatting twice.
const trimmed = new WeakMap<Report, string[]>();

/** Notices for stderr about findings the SARIF for `report` left out (empty when it holds them all). */
export function sarifNotices(report: Report): string[] {
  return trimmed.get(report) ?? (report.findings.length > MAX_RESULTS ? [describeTrim(MAX_RESULTS, report.findings.length)] : []);
}

/** Formats the report as SARIF 2.1.0; never more than 25,000 results nor 10 MB gzipped (the most severe are kept). */
export function formatSarif(report: Report, options: ReportOptions): string {
  return formatSarifWithin(report, options, MAX_GZIPPED_BYTES);
}

/** `formatSarif` with an explicit gzipped-size budget (tests use a small one). */
export function formatSarifWithin(report: Report, options: ReportOptions, maxGzippedBytes: number): string {
  const ordered = [...report.findings].sort(bySeverity);
  let limit = Math.min(MAX_RESULTS, ordered.length);
  for (;;) {
    const notices = limit < ordered.length ? [describeTrim(limit, ordered.length)] : [];
    const text = `${JSON.stringify(buildLog(report, ordered.slice(0, limit), notices, options), null, 2)}\n`;
    const size = limit === 0 ? 0 : gzipSync(text).length;
    if (size <= maxGzippedBytes) {
      trimmed.set(report, notices);
      return text;
    }
    // Shrink in proportion to the overshoot (with a margin), so a few passes reach the budget.
    limit = Math.min(limit - 1, Math.floor((limit * maxGzippedBytes * 0.9) / size));
  }
}

function describeTrim(kept: number, total: number): string {
  return `SARIF keeps the ${kept} most severe of ${total} findings (GitHub's upload limits: ${MAX_RESULTS} results, 10 MB gzipped); run with -f json for all of them`;
}

function bySeverity(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || CONFIDENCES.indexOf(a.confidence) - CONFIDENCES.indexOf(b.confidence);
}

function buildLog(report: Report, kept: readonly Finding[], notices: readonly string[], options: ReportOptions): Record<string, unknown> {
  const packRules = new Map(options.pack.rules.map((r) => [r.id, r]));
  const firstOf = new Map<string, Finding>();
  for (const f of kept) if (!firstOf.has(f.ruleId)) firstOf.set(f.ruleId, f);
  // A finding whose rule is not in the pack still gets a (minimal) descriptor: ruleIndex must never point elsewhere.
  const rules = [...firstOf.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, finding]) => {
      const rule = packRules.get(id);
      return rule === undefined ? toMinimalSarifRule(finding) : toSarifRule(rule);
    });
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'stanch', version: report.tool.version, semanticVersion: report.tool.version, informationUri: INFORMATION_URI, rules } },
        invocations: [
          {
            executionSuccessful: true,
            // The run's own notices (shallow history, stale baseline entries) travel with the file too.
            toolExecutionNotifications: [...notices, ...(report.summary.notices ?? [])].map((text) => ({ level: 'warning', message: { text } })),
          },
        ],
        results: kept.map((f) => toSarifResult(f, indexOf.get(f.ruleId) ?? 0)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
