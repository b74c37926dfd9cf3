// Maps string offsets to 1-based line and column with a newline index and binary search.

/** Offsets of every line start in a text; built once per chunk. */
export interface LineIndex {
  readonly starts: readonly number[];
  readonly text: string;
}

/** Builds the index of line starts (after `\n`, after a lone `\r`, and at 0). */
export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return { starts, text };
}

/** The 0-based line holding `offset`. */
export function findLine(index: LineIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column of an offset; columns count UTF-16 code units from the line start. */
export function locate(index: LineIndex, offset: number): { line: number; column: number } {
  const line = findLine(index, offset);
  return { line: line + 1, column: offset - (index.starts[line] ?? 0) + 1 };
}

/** Start and end offsets of a 0-based line, without its line terminator. */
export function lineBounds(index: LineIndex, line: number): { start: number; end: number } {
  const start = index.starts[line] ?? index.text.length;
  let end = index.starts[line + 1] ?? index.text.length;
  if (end > start && index.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && index.text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

/** The text of lines `first..last` (0-based), capped to `max` chars centred on the span `[from, to)`. */
export function sliceLines(index: LineIndex, first: number, last: number, from: number, to: number, max = 400): string {
  const start = lineBounds(index, first).start;
  const end = lineBounds(index, last).end;
  if (end - start <= max) return index.text.slice(start, end);
  const room = Math.max(0, max - (to - from));
  const lo = Math.max(start, from - Math.floor(room / 2));
  const hi = Math.min(end, Math.max(to, lo + max));
  return (lo > start ? '…' : '') + index.text.slice(lo, hi) + (hi < end ? '…' : '');
}
