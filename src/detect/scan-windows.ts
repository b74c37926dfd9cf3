import type { LiteralSite } from './weak-literal.js';

// Regexes run only in windows around keyword hits, so a rare keyword in a large file costs little.
// Also the text around a matched value that the value filters read: its line and the settings block it sits in.

/** Characters searched before and after a keyword hit; a match must start and end within them. */
export const WINDOW_BEFORE = 512;
export const WINDOW_AFTER = 8192;

/** A half-open range of text offsets to search. */
export type Window = readonly [start: number, end: number];

/**
 * Merged windows around sorted keyword offsets, widened to whole lines when the line is short
 * (so `^` and `$` keep their meaning). An offset of -1 means "too many hits": search everything.
 */
export function buildWindows(text: string, offsets: readonly number[]): Window[] {
  if (offsets[0] === -1 || offsets.length === 0) return [[0, text.length]];
  const windows: [number, number][] = [];
  // `rawEnd` is the open window's end before widening. Keyword hits are dense and windows long, so most hits start
  // inside the open window and merge with no widening at all: each window is widened once at either end, where
  // widening every hit's window cost a line scan both ways per hit.
  let rawEnd = 0;
  for (const at of offsets) {
    const from = Math.max(0, at - WINDOW_BEFORE);
    const last = windows[windows.length - 1];
    if (last === undefined) windows.push([widenBack(text, from), -1]);
    else if (from > rawEnd) {
      const end = widenForward(text, rawEnd);
      const start = from > end ? widenBack(text, from) : from;
      if (start > end) {
        last[1] = end;
        windows.push([start, -1]);
      }
    }
    rawEnd = Math.min(text.length, at + WINDOW_AFTER);
  }
  const last = windows[windows.length - 1];
  if (last !== undefined) last[1] = widenForward(text, rawEnd);
  return windows;
}

// Moves a window start back to the line start, unless the line is very long (minified code); looks back at
// most 2 × WINDOW_BEFORE characters, so a long line costs nothing extra per keyword hit.
function widenBack(text: string, from: number): number {
  const low = Math.max(0, from - 2 * WINDOW_BEFORE);
  for (let i = from; i > low; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return low === 0 ? 0 : from;
}

// Moves a window end forward to the line end, unless the line is very long; looks ahead at most WINDOW_BEFORE.
function widenForward(text: string, to: number): number {
  const high = Math.min(text.length, to + WINDOW_BEFORE);
  for (let i = to; i < high; i++) if (text.charCodeAt(i) === 10) return i;
  return high === text.length ? high : to;
}

/** How far a `scope: line` window reaches either side of a keyword on a very long line. */
export const LINE_REACH = 4096;

/**
 * For rules whose matches lie on a keyword's line (`scope: line`): merged windows covering just those lines,
 * at most LINE_REACH characters either side of each keyword.
 */
export function buildLineWindows(text: string, offsets: readonly number[]): Window[] {
  if (offsets[0] === -1 || offsets.length === 0) return [[0, text.length]];
  const windows: [number, number][] = [];
  for (const at of offsets) {
    const last = windows[windows.length - 1];
    if (last !== undefined && at < last[1]) continue;
    const start = reachLine(text, at, -1, LINE_REACH);
    const end = reachLine(text, at, 1, LINE_REACH);
    if (last !== undefined && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
  }
  return windows;
}

/** The offset where the line around `from` starts (step -1) or ends (step 1), at most `reach` characters away. */
export function reachLine(text: string, from: number, step: -1 | 1, reach: number): number {
  const limit = step < 0 ? Math.max(0, from - reach) : Math.min(text.length, from + reach);
  let at = from;
  while (at !== limit && text.charCodeAt(step < 0 ? at - 1 : at) !== 10) at += step;
  return at;
}

/**
 * The settings around the value: the innermost `{…}` holding it when both braces are within 400 characters of it (a
 * Django DATABASES entry), with the start of the line that opens it (the block's own name: `"googleMaps": {`), else
 * the 600 characters each side (the neighbouring lines of a .env or wp-config.php). A login's own `auth: {…}` object
 * reads from the object around it, where its host is (`createTransport({ host: …, auth: { pass: … } })`).
 */
export function readBlockAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const after = text.slice(end, end + 400);
  const open = findOpenBrace(before);
  const close = after.indexOf('}');
  // A shell fallback's braces (`${DB_PASS:-…}`) hold one value, not the settings around it.
  if (open < 0 || close < 0 || before.charCodeAt(open - 1) === 36) return text.slice(Math.max(0, start - 600), end + 600);
  const head = before.slice(before.lastIndexOf('\n', open) + 1, open);
  if (/\b(?:auth|credentials)["']?\s*[:=]\s*$/.test(head)) return readBlockAround(text, start - before.length + open, end + close + 1);
  return before.slice(before.lastIndexOf('\n', open) + 1) + text.slice(start, end) + after.slice(0, close + 1);
}

// The `{` of the block the value sits in: the last one before it that no later `}` closes. A block closed before the
// value (`"browser": {…},` above it, a `{VAR}` template in a string) is stepped over, not taken as the value's.
function findOpenBrace(before: string): number {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c === 125) depth++;
    else if (c === 123 && depth-- === 0) return i;
  }
  return -1;
}

/** The whole lines before the one holding `start`, at most `reach` characters of them (a line cut at the far end is dropped). */
export function readLinesBefore(text: string, start: number, reach: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(0, lineStart - reach);
  const cut = from === 0 ? 0 : text.indexOf('\n', from) + 1;
  return text.slice(cut, lineStart);
}

/**
 * The text on the value's line before and after it, at most 120 characters each side. Bounded both ways: it runs
 * for every match, and a minified file is one long line.
 */
export function readLineAround(text: string, start: number, end: number): { before: string; after: string } {
  const before = text.slice(reachLine(text, start, -1, 120), start);
  return { before: before.replace(/\r$/, ''), after: text.slice(end, reachLine(text, end, 1, 120)).replace(/\r$/, '') };
}

/** The whole lines of a value's block above the value's own line, nearest last; none when the block lacks the value. */
export function readLinesAbove(site: Pick<LiteralSite, 'value' | 'block'>): string[] {
  const block = site.block ?? '';
  const at = block.indexOf(site.value);
  return at < 0 ? [] : block.slice(0, at).split('\n').slice(0, -1);
}
