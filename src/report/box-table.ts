// A boxed table for the human reports, drawn like cli-table3's but in linear time: cli-table3 measures every
// word through a freshly built ANSI regex, about 5 ms per row, so 20,000 findings took six minutes to print.
// Cells are plain text with styles attached to spans, so wrapping never splits an escape sequence.

/** A run of cell text and the style to paint it with (none: as is). */
export interface Span {
  text: string;
  style?: (s: string) => string;
}

/** A cell: paragraphs (each starts on a new line), each a list of spans wrapped to the column. */
export type Cell = Span[][];

/** The table's columns and how to paint its frame. */
export interface BoxTableLayout {
  head: string[];
  /** Column widths including one space of padding on each side. */
  widths: number[];
  headStyle?: (s: string) => string;
  borderStyle?: (s: string) => string;
}

// Code points a terminal draws two columns wide (CJK, Hangul, full-width forms, most emoji).
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Columns `text` takes on a terminal (text without control characters). */
export function measureText(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

type Word = Span[];
interface Line {
  spans: Span[];
  width: number;
}

/** Renders `rows` (one cell per column) under a head row, each row framed, wrapped at word boundaries. */
export function renderBoxTable(layout: BoxTableLayout, rows: readonly Cell[][]): string {
  const border = layout.borderStyle ?? ((s: string) => s);
  const rule = (left: string, mid: string, right: string): string => border(left + layout.widths.map((w) => '─'.repeat(w)).join(mid) + right);
  const head = layout.head.map((text): Cell => [[{ text, ...(layout.headStyle === undefined ? {} : { style: layout.headStyle }) }]]);
  const out = [rule('┌', '┬', '┐'), ...renderRow(layout.widths, head, border)];
  for (const row of rows) out.push(rule('├', '┼', '┤'), ...renderRow(layout.widths, row, border));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

function renderRow(widths: readonly number[], cells: readonly Cell[], border: (s: string) => string): string[] {
  const columns = widths.map((w, i) => wrapCell(cells[i] ?? [], Math.max(1, w - 2)));
  const height = Math.max(1, ...columns.map((c) => c.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    const parts = columns.map((c, j) => {
      const line = c[i] ?? { spans: [], width: 0 };
      const text = line.spans.map((span) => (span.style === undefined ? span.text : span.style(span.text))).join('');
      return ` ${text}${' '.repeat(Math.max(0, (widths[j] ?? 2) - 2 - line.width))} `;
    });
    lines.push(border('│') + parts.join(border('│')) + border('│'));
  }
  return lines;
}

// Greedy wrap: words move to the next line whole; a word wider than the column is cut at the column.
function wrapCell(cell: Cell, width: number): Line[] {
  const lines: Line[] = [];
  for (const paragraph of cell) {
    let line: Line = { spans: [], width: 0 };
    for (let word of splitWords(paragraph)) {
      let size = measureWord(word);
      if (line.width > 0 && line.width + 1 + size > width) {
        lines.push(line);
        line = { spans: [], width: 0 };
      }
      while (size > width) {
        const [head, tail] = cutWord(word, width);
        append(line, head);
        lines.push(line);
        line = { spans: [], width: 0 };
        [word, size] = [tail, measureWord(tail)];
      }
      append(line, word);
    }
    lines.push(line);
  }
  return lines;
}

function measureWord(word: Word): number {
  return word.reduce((n, s) => n + measureText(s.text), 0);
}

// Adds a word (after a space unless the line is empty); runs of one style are painted once.
function append(line: Line, word: Word): void {
  if (line.width > 0) {
    const style = line.spans[line.spans.length - 1]?.style;
    push(line, { text: ' ', ...(style !== undefined && word[0]?.style === style ? { style } : {}) });
  }
  for (const span of word) push(line, span);
}

function push(line: Line, span: Span): void {
  line.width += measureText(span.text);
  const last = line.spans[line.spans.length - 1];
  if (last !== undefined && last.style === span.style) last.text += span.text;
  else if (span.text !== '') line.spans.push({ ...span });
}

// Words are separated by spaces; a word keeps the styles of the spans it crosses.
function splitWords(paragraph: readonly Span[]): Word[] {
  const words: Word[] = [[]];
  for (const span of paragraph) {
    span.text.split(' ').forEach((piece, i) => {
      if (i > 0) words.push([]);
      words[words.length - 1]?.push({ ...span, text: piece });
    });
  }
  return words;
}

// The first `room` columns of a word (at least one character) and the rest.
function cutWord(word: Word, room: number): [Word, Word] {
  const head: Word = [];
  const tail: Word = [];
  let used = 0;
  let full = false;
  for (const span of word) {
    let taken = '';
    let left = '';
    for (const char of span.text) {
      const w = measureText(char);
      if (!full && (used + w <= room || used === 0)) [taken, used] = [taken + char, used + w];
      else [left, full] = [left + char, true];
    }
    if (taken !== '') head.push({ ...span, text: taken });
    if (left !== '') tail.push({ ...span, text: left });
  }
  return [head, tail];
}
