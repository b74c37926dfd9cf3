// The rows of an SQL INSERT's VALUES list, read value by value: quoted strings (`''` and backslash escapes) and bare
// tokens (numbers, NULL, calls that may hold brackets), each with its offset in the text.

/** One value of a row: its text (a string's without its quotes) and where that text starts. */
export interface SqlValue {
  text: string;
  start: number;
  quoted: boolean;
}

const MAX_VALUES = 200;

/** One row's values from just inside its `(`, and the offset of its `)`; undefined when the row does not close. */
export function readRow(text: string, from: number): { values: SqlValue[]; end: number } | undefined {
  const values: SqlValue[] = [];
  let at = skipSpace(text, from);
  while (at < text.length && values.length < MAX_VALUES) {
    const quote = text.charAt(at);
    if (quote === "'" || quote === '"') {
      const close = findClose(text, at + 1, quote);
      if (close === -1) return undefined;
      values.push({ text: text.slice(at + 1, close), start: at + 1, quoted: true });
      at = skipSpace(text, close + 1);
    } else {
      const end = findBareEnd(text, at);
      if (end === -1) return undefined;
      values.push({ text: text.slice(at, end).trim(), start: at, quoted: false });
      at = end;
    }
    const next = text.charAt(at);
    if (next === ')') return { values, end: at };
    if (next !== ',') return undefined;
    at = skipSpace(text, at + 1);
  }
  return undefined;
}

function findClose(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\') i++;
    else if (c === quote) {
      if (text.charAt(i + 1) !== quote) return i;
      i++;
    } else if (c === '\n' && i - from > 20000) return -1;
  }
  return -1;
}

// Where a bare value ends: the `,` or `)` outside its own brackets.
function findBareEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length && i - from < 2000; i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) return i;
    else if (c === "'" || c === '"') i = findClose(text, i + 1, c);
    if (i === -1) return -1;
  }
  return -1;
}

/** The first offset from `from` on that is not white space. */
export function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  return at;
}
