import type { Report, Skipped } from '../types.js';
import { SEVERITIES } from '../types.js';
import { isBlocking, type ReportOptions } from './report-options.js';
import { countOf, createStyle, formatBytes, type Style } from './style.js';
import { escapeControls } from './terminal-text.js';

// The closing lines of the human report: what was scanned, what was found, suppressed and skipped.

/** How many skipped files the summary names; JSON lists them all. */
export const MAX_SKIPPED_NAMED = 10;

/** The whole human report of a run with no findings: its summary (no table to lay out, so no table module loaded). */
export function formatCleanHuman(report: Report, options: ReportOptions): string {
  return `${formatSummary(report, options, createStyle(options.color)).join('\n')}\n`;
}

/** Summary lines; a clean scan says so explicitly, and skipped files are always counted and (the first few) named. */
export function formatSummary(report: Report, options: ReportOptions, style: Style): string[] {
  const { summary, findings } = report;
  const scanned =
    summary.commits === undefined
      ? [countOf(summary.files, 'file'), formatBytes(summary.bytes)]
      : [countOf(summary.commits, 'commit'), `${countOf(summary.blobs ?? summary.files, 'distinct blob')} (${summary.files} read, ${formatBytes(summary.bytes)})`];
  const lines = [`Scanned ${scanned.join(', ')} in ${(summary.durationMs / 1000).toFixed(2)} s.`];
  const blocking = findings.filter((f) => isBlocking(f, options.failOn, options.minConfidence)).length;
  if (findings.length === 0) lines.push(style.bold('No findings.'));
  else {
    const bySeverity = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => style.severity(s, `${n} ${s}`));
    lines.push(style.bold(countOf(findings.length, 'finding')) + ` (${bySeverity.join(', ')}).`);
    lines.push(
      blocking > 0
        ? `${blocking} at or above the fail threshold (severity ${options.failOn}, confidence ${options.minConfidence}): exit 1.`
        : `None at or above the fail threshold (severity ${options.failOn}, confidence ${options.minConfidence}).`,
    );
  }
  if (summary.suppressed > 0) {
    const by = Object.entries(summary.suppressedBy).map(([kind, n]) => `${n} ${kind}`);
    lines.push(`${summary.suppressed} suppressed (${by.join(', ')}); --no-suppress shows them.`);
  }
  if (summary.skipped.length > 0) lines.push(...formatSkipped(summary.skipped));
  for (const notice of summary.notices ?? []) lines.push(`note: ${escapeControls(notice)}`);
  return lines;
}

// The count by reason, then the first few paths with their reasons (escaped: they come from the repository).
function formatSkipped(skipped: readonly Skipped[]): string[] {
  const named = skipped.slice(0, MAX_SKIPPED_NAMED).map((s) => `  ${escapeControls(s.path)} (${escapeControls(s.reason)})`);
  const more = skipped.length - named.length;
  return [
    `${skipped.length} skipped: ${countReasons(skipped.map((s) => s.reason))}.`,
    ...named,
    ...(more > 0 ? [`  and ${more} more; --format json lists them.`] : []),
  ];
}

function countReasons(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
}
