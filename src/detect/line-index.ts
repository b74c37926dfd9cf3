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

/** Where the span `[from, to)` lies: its first character's line and column, its last's line and the column after it. */
export function placeSpan(index: LineIndex, from: number, to: number): { line: number; column: number; endLine: number; endColumn: number } {
  const start = locate(index, from);
  const end = locate(index, Math.max(from, to - 1));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 };
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
  let lo = Math.max(start, from - Math.floor(room / 2));
  let hi = Math.min(end, Math.max(to, lo + max));
  // Never cut inside a token: a cut secret would no longer match and so escape redaction. Drop the partial token.
  if (lo > start) lo = tokenEdge(index.text, lo, from, 1);
  if (hi < end) hi = tokenEdge(index.text, hi, to, -1);
  return (lo > start ? '…' : '') + index.text.slice(lo, hi) + (hi < end ? '…' : '');
}

// Moves a cut point away from the match until it sits on a delimiter (whitespace, quote, punctuation).
function tokenEdge(text: string, at: number, limit: number, step: 1 | -1): number {
  let i = at;
  while (step === 1 ? i < limit : i > limit) {
    const c = text.charAt(step === 1 ? i : i - 1);
    if (/[\s"'`,;:=(){}[\]<>]/.test(c)) return i;
    i += step;
  }
  return limit;
}

/** Length of the line holding `offset`, counting at most `cap` characters each way (long lines are capped). */
export function measureLine(text: string, offset: number, cap = 8192): number {
  let start = offset;
  const low = Math.max(0, offset - cap);
  while (start > low && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  let end = offset;
  const high = Math.min(text.length, offset + cap);
  while (end < high && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end - start;
}
