import type { Finding, Report } from '../types.js';
import { renderBoxTable, type Cell } from './box-table.js';
import { pickFixHint } from './fix-hint.js';
import { formatSummary } from './human-summary.js';
import { collectLineSecrets } from './line-secrets.js';
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
  // Fix hints of the rules that found something (not of all ~450), each picked once.
  const ids = new Set(report.findings.map((f) => f.ruleId));
  const hints = new Map(options.pack.rules.filter((r) => ids.has(r.id)).map((r) => [r.id, escapeControls(pickFixHint(r.help))]));
  for (const [path, findings] of groupByPath(report.findings)) {
    out.push(style.bold(escapeControls(path)));
    out.push(formatTable(findings, options, style, (f) => ({ secrets: lineSecrets(f), hint: hints.get(f.ruleId) ?? '' })));
    out.push('');
  }
  if (report.mode === 'staged' && report.findings.length > 0) out.push(...stagedHints(), '');
  out.push(...formatSummary(report, options, style));
  return `${out.join('\n')}\n`;
}

function formatTable(findings: Finding[], options: ReportOptions, style: Style, extras: (f: Finding) => { secrets: string[]; hint: string }): string {
  const rows = findings.map((finding): Cell[] => {
    const { secrets, hint } = extras(finding);
    // Masked first (the values are matched in the raw text), then made safe for the terminal.
    const line = escapeSourceLines(presentLine(finding, options.showSecrets, secrets).trim());
    const c = finding.commit;
    const body: Cell = [
      [{ text: escapeControls(finding.message.replace(/\.$/, '')), style: style.bold }, { text: ' ' }, { text: escapeControls(`(${finding.ruleId}, ${finding.confidence} confidence)`), style: style.dim }],
      ...line.split('\n').map((text) => [{ text }]),
      ...(c === undefined ? [] : [[{ text: `commit ${escapeControls(`${c.sha.slice(0, 10)} ${c.date.slice(0, 10)} ${c.author}`)}` }]]),
      ...(hint === '' ? [] : [[{ text: `fix: ${hint}`, style: style.dim }]]),
    ];
    const severity = { text: finding.severity, style: (s: string) => style.severity(finding.severity, s) };
    return [[[severity]], [[{ text: `${finding.line}:${finding.column}` }]], body];
  });
  // Severity and position columns are fixed; the finding column takes the rest of the terminal.
  const widths = [10, 10, Math.min(140, Math.max(40, (options.width ?? 108) - 24))];
  return renderBoxTable({ head: ['severity', 'line:col', 'finding'], widths, ...(options.color ? { headStyle: style.bold, borderStyle: style.grey } : {}) }, rows);
}

function groupByPath(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.path);
    if (group === undefined) groups.set(f.path, [f]);
    else group.push(f);
  }
  return groups;
}

function stagedHints(): string[] {
  return [
    'False positive? Add `stanch:allow` in a comment on that line (optionally `stanch:allow <rule-id> -- reason`).',
    'Emergency bypass (the finding stays in history): git commit --no-verify',
  ];
}
