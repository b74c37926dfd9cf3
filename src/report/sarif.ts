import { gzipSync } from 'node:zlib';
import type { Finding, Report } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { ReportOptions } from './report-options.js';
import { LEVELS, toSarifRule } from './sarif-rules.js';

// SARIF 2.1.0 for GitHub code scanning (DESIGN.md §6): stable fingerprints, no secret values, within GitHub's limits.

/** GitHub's limits for one upload. */
export const MAX_RESULTS = 25_000;
export const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
const INFORMATION_URI = 'https://www.npmjs.com/package/stanch';

/** What the SARIF run leaves out to stay within GitHub's limits, as notices for stderr and the run. */
export function sarifNotices(report: Report): string[] {
  return report.findings.length > MAX_RESULTS
    ? [`SARIF keeps the ${MAX_RESULTS} most severe of ${report.findings.length} findings (GitHub's limit per run); use -f json for all`]
    : [];
}

/** Formats the report as SARIF 2.1.0; never exceeds 25,000 results or 10 MB gzipped. */
export function formatSarif(report: Report, options: ReportOptions): string {
  let limit = MAX_RESULTS;
  for (;;) {
    const text = `${JSON.stringify(buildLog(report, options, limit), null, 2)}\n`;
    if (gzipSync(text).length <= MAX_GZIPPED_BYTES || limit === 0) return text;
    limit = Math.floor(limit / 2);
  }
}

function buildLog(report: Report, options: ReportOptions, limit: number): Record<string, unknown> {
  const kept = [...report.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)).slice(0, limit);
  const usedIds = [...new Set(kept.map((f) => f.ruleId))].sort();
  const rules = usedIds.map((id) => options.pack.rules.find((r) => r.id === id)).filter((r) => r !== undefined);
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  const dropped = report.findings.length - kept.length;
  const notices = dropped > 0 ? [`Kept the ${kept.length} most severe of ${report.findings.length} findings to stay within GitHub's upload limits; run with -f json for all of them.`] : [];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'stanch', version: report.tool.version, semanticVersion: report.tool.version, informationUri: INFORMATION_URI, rules: rules.map(toSarifRule) } },
        automationDetails: { id: `stanch/${report.mode}/` },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: notices.map((text) => ({ level: 'warning', message: { text } })),
          },
        ],
        results: kept.map((f) => toResult(f, indexOf.get(f.ruleId) ?? 0)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function toResult(f: Finding, ruleIndex: number): Record<string, unknown> {
  const pathOnly = f.lineText === '' && f.line === 1 && f.endColumn <= f.column;
  const region = pathOnly ? { startLine: 1 } : { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column + 1) };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { 'stanch/v1': f.fingerprint },
    properties: {
      confidence: f.confidence,
      context: f.context,
      ...(f.commit === undefined ? {} : { commit: f.commit }),
      ...(f.inHead === undefined ? {} : { inHead: f.inHead }),
    },
  };
}
