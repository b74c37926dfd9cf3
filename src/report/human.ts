import Table from 'cli-table3';
import type { Finding, Report } from '../types.js';
import { pickFixHint } from './fix-hint.js';
import { formatSummary } from './human-summary.js';
import { collectLineSecrets, type LineSecrets } from './line-secrets.js';
import { presentLine } from './redact.js';
import type { ReportOptions } from './report-options.js';
import { createStyle, type Style } from './style.js';
import { escapeControls, escapeSourceLines } from './terminal-text.js';

// The default report on a terminal: findings grouped by file, each with its redacted line and a fix hint.

/** Formats the report for people. */
export function formatHuman(report: Report, options: ReportOptions): string {
  const style = createStyle(options.color);
  const out: string[] = [];
  const lineSecrets = options.showSecrets ? () => [] : collectLineSecrets(report, options.pack);
  for (const [path, findings] of groupByPath(report.findings)) {
    out.push(style.bold(escapeControls(path)));
    out.push(formatTable(findings, options, style, lineSecrets));
    out.push('');
  }
  if (report.mode === 'staged' && report.findings.length > 0) out.push(...stagedHints(), '');
  out.push(...formatSummary(report, options, style));
  return `${out.join('\n')}\n`;
}

function formatTable(findings: Finding[], options: ReportOptions, style: Style, lineSecrets: LineSecrets): string {
  const table = new Table({
    head: ['severity', 'line:col', 'finding'],
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    // Severity and position columns are fixed; the finding column takes the rest of the terminal.
    colWidths: [10, 10, Math.min(140, Math.max(40, (options.width ?? 108) - 24))],
    wordWrap: true,
  });
  for (const finding of findings) {
    // Masked first (the values are matched in the raw text), then made safe for the terminal.
    const line = escapeSourceLines(presentLine(finding, options.showSecrets, lineSecrets(finding)).trim());
    const hint = escapeControls(pickFixHint(options.pack.rules.find((r) => r.id === finding.ruleId)?.help ?? ''));
    const c = finding.commit;
    const commit = c === undefined ? '' : `\ncommit ${escapeControls(`${c.sha.slice(0, 10)} ${c.date.slice(0, 10)} ${c.author}`)}`;
    const title = `${style.bold(escapeControls(finding.message.replace(/\.$/, '')))} ${style.dim(escapeControls(`(${finding.ruleId}, ${finding.confidence} confidence)`))}`;
    const body = `${title}\n${line}${commit}${hint === '' ? '' : `\n${style.dim(`fix: ${hint}`)}`}`;
    table.push([style.severity(finding.severity, finding.severity), `${finding.line}:${finding.column}`, body]);
  }
  return table.toString();
}

function groupByPath(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.path, [...(groups.get(f.path) ?? []), f]);
  return groups;
}

function stagedHints(): string[] {
  return [
    'False positive? Add `stanch:allow` in a comment on that line (optionally `stanch:allow <rule-id> -- reason`).',
    'Emergency bypass (the finding stays in history): git commit --no-verify',
  ];
}
