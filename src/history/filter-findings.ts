import type { FindingFilter } from '../filters/filter.js';
import type { Finding, Summary } from '../types.js';

// Suppression for history: the filters see the blob's text, so `stanch:allow-next-line` works as in a scan.

/** What the filters kept and how many each mechanism suppressed. */
export interface FilteredFindings {
  kept: Finding[];
  suppressedBy: Summary['suppressedBy'];
  suppressed: number;
}

/** Runs the filters over one path's findings with the text of the blob they came from. */
export function filterFindings(findings: Finding[], path: string, text: string, filters: readonly FindingFilter[], into: FilteredFindings): void {
  let current = findings;
  for (const filter of filters) {
    const result = filter(current, { path, text, provenance: { kind: 'file' } });
    for (const s of result.suppressed) into.suppressedBy[s.by] = (into.suppressedBy[s.by] ?? 0) + 1;
    into.suppressed += result.suppressed.length;
    current = result.kept;
  }
  into.kept.push(...current);
}
