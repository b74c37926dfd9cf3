import type { Finding, Report } from '../types.js';
import { renderBoxTable, type Cell } from './box-table.js';
import { formatSummary } from './human-summary.js';
import { presentSecret } from './redact.js';
import type { ReportOptions } from './report-options.js';
import { createStyle } from './style.js';
import { escapeControls } from './terminal-text.js';

// The audit view of `stanch history`: one row per distinct secret, what to rotate first.

interface SecretGroup {
  first: Finding;
  occurrences: Finding[];
  inHead: boolean;
}

/**
 * Groups findings by rule and value. The first introduction is the earliest commit date (compared as
 * instants, so time zones do not reorder them; on a tie the later finding wins, as history lists newest
 * first); groups are ordered newest first.
 */
export function groupBySecret(findings: readonly Finding[]): SecretGroup[] {
  const groups = new Map<string, SecretGroup>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.secret}`;
    const group = groups.get(key) ?? { first: f, occurrences: [], inHead: false };
    group.occurrences.push(f);
    group.inHead ||= f.inHead === true;
    if (commitTime(f) <= commitTime(group.first)) group.first = f;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => commitTime(b.first) - commitTime(a.first));
}

function commitTime(finding: Finding): number {
  const time = Date.parse(finding.commit?.date ?? '');
  return Number.isNaN(time) ? 0 : time;
}

function formatHeadline(groups: readonly SecretGroup[]): string {
  const secrets = groups.filter((g) => g.first.kind === 'secret').length;
  const misconfigs = groups.length - secrets;
  const parts = [];
  if (secrets > 0) parts.push(secrets === 1 ? 'Rotate this secret' : `Rotate these ${secrets} secrets`);
  if (misconfigs > 0) parts.push(`${secrets > 0 ? 'fix' : 'Fix'} ${misconfigs === 1 ? 'this misconfiguration' : `these ${misconfigs} misconfigurations`}`);
  return `${parts.join(' and ')}, newest first:`;
}

// Severity, seen and in-HEAD columns are fixed; the finding and where it was introduced share the rest of the
// terminal (110 columns when it is not one), never less than a readable minimum.
function fitColumns(width: number): number[] {
  const fixed = [14, 6, 9];
  const rest = Math.max(40, Math.min(150, width) - fixed.reduce((a, b) => a + b, 0) - 6);
  const finding = Math.ceil(rest * 0.55);
  return [fixed[0] ?? 14, finding, rest - finding, fixed[1] ?? 6, fixed[2] ?? 9];
}

/** Formats a history report for people. */
export function formatHumanHistory(report: Report, options: ReportOptions): string {
  const style = createStyle(options.color);
  const groups = groupBySecret(report.findings);
  const out: string[] = [];
  if (groups.length > 0) {
    out.push(style.bold(formatHeadline(groups)));
    const rows = groups.map((g): Cell[] => {
      const c = g.first.commit;
      // Paths, authors and values come from the repository: escaped, so they cannot drive the terminal.
      const where: Cell = [[{ text: escapeControls(`${g.first.path}:${g.first.line}`) }], ...(c === undefined ? [] : [[{ text: `${c.sha.slice(0, 10)} ${escapeControls(c.date.slice(0, 10))}` }], [{ text: escapeControls(c.author) }]])];
      const what: Cell = [[{ text: escapeControls(g.first.title), style: style.bold }], [{ text: escapeControls(g.first.ruleId), style: style.dim }], [{ text: escapeControls(presentSecret(g.first, options.showSecrets)) }]];
      // Confidence beside severity: a critical row with low confidence explains a run that does not fail.
      const level: Cell = [[{ text: g.first.severity, style: (t) => style.severity(g.first.severity, t) }], [{ text: `${g.first.confidence} conf.`, style: style.dim }]];
      return [level, what, where, [[{ text: String(g.occurrences.length) }]], [[{ text: g.inHead ? 'yes' : 'no' }]]];
    });
    const layout = { head: ['severity', 'finding', 'first introduced', 'seen', 'in HEAD'], widths: fitColumns(options.width ?? 110) };
    out.push(renderBoxTable(options.color ? { ...layout, headStyle: style.bold, borderStyle: style.grey } : layout, rows), '');
  }
  out.push(...formatSummary(report, options, style));
  return `${out.join('\n')}\n`;
}
