// Whether a regex can never match a line break, so a rule may declare `scope: line` and be searched only on the
// lines where its keywords occur. Conservative: anything it cannot prove (a `\s`, `\W` or `\D`, a negated class
// without `\s` or `\n`, a `.` under the `s` flag, a code-point escape) counts as able to cross a line.

// Escapes that match a line feed outside a class, or inside a positive class.
const CROSSING_ESCAPES = new Set(['s', 'n', 'W', 'D', 'x', 'u', 'c', '0', 'p', 'P', 'v', 'f', 'r']);

/** Whether `source` (with `flags`) cannot match a `\n`. */
export function isLineBound(source: string, flags = ''): boolean {
  if (source.includes('\n')) return false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (CROSSING_ESCAPES.has(next)) return false;
      i++;
    } else if (ch === '[') {
      const end = findClassEnd(source, i);
      if (end < 0 || !isLineBoundClass(source.slice(i + 1, end))) return false;
      i = end;
    } else if (ch === '.' && flags.includes('s')) return false;
  }
  return true;
}

// A class body (between the brackets): negated ones must exclude the line feed, positive ones must not name it.
function isLineBoundClass(body: string): boolean {
  if (body.startsWith('^')) return /\\s|\\n/.test(body);
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') continue;
    if (CROSSING_ESCAPES.has(body[i + 1] ?? '')) return false;
    i++;
  }
  // A range that starts below the line feed (\t-~ or !-~ start above it; only control-character ranges start below).
  return !/(?:^|[^\\])[\x00-\x09]-/.test(body);
}

// Index of the `]` closing the class opened at `start`, or -1.
function findClassEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}
