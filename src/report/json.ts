import type { Finding, Report } from '../types.js';
import { presentSecret } from './redact.js';
import type { ReportOptions } from './report-options.js';

// The machine contract of DESIGN.md §2: stable field names, values redacted unless --show-secrets.

/** One finding as it appears in the JSON report; never the raw line. */
export function toJsonFinding(finding: Finding, showSecrets: boolean): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    kind: finding.kind,
    severity: finding.severity,
    confidence: finding.confidence,
    title: finding.title,
    message: finding.message,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    match: presentSecret(finding, showSecrets),
    fingerprint: finding.fingerprint,
    ...(finding.commit === undefined ? {} : { commit: finding.commit }),
    ...(finding.inHead === undefined ? {} : { inHead: finding.inHead }),
    context: finding.context,
  };
}

/** The whole report as pretty JSON. */
export function formatJson(report: Report, options: Pick<ReportOptions, 'showSecrets'>): string {
  const { summary } = report;
  const out = {
    tool: report.tool,
    mode: report.mode,
    findings: report.findings.map((f) => toJsonFinding(f, options.showSecrets)),
    summary: {
      files: summary.files,
      bytes: summary.bytes,
      ...(summary.blobs === undefined ? {} : { blobs: summary.blobs }),
      ...(summary.commits === undefined ? {} : { commits: summary.commits }),
      findings: summary.findings,
      suppressed: summary.suppressed,
      suppressedBy: summary.suppressedBy,
      skipped: summary.skipped,
      durationMs: summary.durationMs,
      ...(summary.notices === undefined ? {} : { notices: summary.notices }),
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
