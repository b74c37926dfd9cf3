import type { LineRange } from '../types.js';

// Added-line ranges from a `-U0` patch, one list per file section, in the order git printed them.

/**
 * Splits a unified patch into file sections (`diff --git` headers) and returns, for each, the new-side line
 * ranges of its hunks. Sections come in the same order as a `--raw` listing of the same diff.
 */
export function parseAddedLines(patch: string): LineRange[][] {
  const sections: LineRange[][] = [];
  let current: LineRange[] | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      current = [];
      sections.push(current);
      continue;
    }
    if (current === undefined || !line.startsWith('@@')) continue;
    const match = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)(?:,(\d+))? @@/.exec(line);
    if (match === null) continue;
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count > 0) current.push([start, start + count - 1]);
  }
  return sections;
}
