// Finds far-reaching look-behinds where a match can begin. V8 has no literal to search for there, so it runs
// such a look-behind backwards from every position of every file: a rule built that way once made a cold history
// scan of this repository take twice as long. After the literal it qualifies, the same look-behind costs nothing.

/** The first far-reaching look-behind (over REACH_LIMIT characters) a match of `source` can begin with. */
export function findLeadingLookbehind(source: string): string | undefined {
  // One entry per open group: whether the group began where a match can begin.
  const groups: boolean[] = [];
  let atStart = true;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i = skipEscape(source, i);
      atStart = atStart && /^\\[bB]$/.test(source.slice(i - 1, i + 1));
    } else if (ch === '[') {
      i = findClassEnd(source, i);
      atStart = false;
    } else if (ch === '(') {
      const around = /^\(\?<?[=!]/.exec(source.slice(i, i + 4))?.[0];
      const { reach, end } = measureReach(source, skipGroupPrefix(source, i) + 1);
      if (around?.length === 4 && atStart && reach > REACH_LIMIT) return source.slice(i, end + 1);
      // A positive look-around (a short look-behind, or a look-ahead) lets through only the positions it names.
      if (around !== undefined) {
        atStart = atStart && around.endsWith('!');
        i = end;
      } else {
        groups.push(atStart);
        i = skipGroupPrefix(source, i);
      }
    } else if (ch === ')') {
      groups.pop();
      atStart = false;
    } else if (ch === '|') {
      atStart = groups.length === 0 ? true : (groups.at(-1) ?? false);
    } else if (ch !== '^') {
      atStart = false;
    }
  }
  return undefined;
}

/** Look-behinds that reach at most this far back are cheap enough to run at every position. */
export const REACH_LIMIT = 16;

// The index of the last character of a group's opening: `(`, `(?:` or `(?<name>`.
function skipGroupPrefix(source: string, start: number): number {
  if (/^\(\?<[=!]/.test(source.slice(start, start + 4))) return start + 3;
  if (/^\(\?[:=!]/.test(source.slice(start, start + 3))) return start + 2;
  return source.startsWith('(?<', start) ? source.indexOf('>', start) : start;
}

// The longest text a pattern fragment can match (Infinity when unbounded), read from its quantifiers and
// alternatives; look-arounds count as empty, classes and escapes as one character.
function measureReach(source: string, from = 0): { reach: number; end: number } {
  let best = 0;
  let sum = 0;
  let i = from;
  for (; i < source.length && source[i] !== ')'; i++) {
    const ch = source[i];
    let atom = 1;
    if (ch === '|') {
      best = Math.max(best, sum);
      sum = 0;
      continue;
    } else if (ch === '\\') {
      i = skipEscape(source, i);
      atom = /[bB]/.test(source[i] ?? '') && source[i - 1] === '\\' ? 0 : 1;
    } else if (ch === '[') i = findClassEnd(source, i);
    else if (ch === '(') {
      const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      const inner = measureReach(source, skipGroupPrefix(source, i) + 1);
      atom = lookaround ? 0 : inner.reach;
      i = inner.end;
    }
    const quantifier = /^(?:[*+]|\?|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i + 1));
    if (quantifier !== null) {
      const [text, exact, comma, most] = quantifier;
      const kind = text[0];
      const times = kind === '*' || kind === '+' || most === '' ? Infinity : kind === '?' ? 1 : Number(comma === undefined ? exact : most);
      atom = atom === 0 ? 0 : atom * times;
      i += text.length;
    }
    sum += atom;
  }
  return { reach: Math.max(best, sum), end: i };
}

// The index of the last character of an escape (`\d`, `\x41`, `\u{1F600}`, `\p{L}`, `\k<name>`).
function skipEscape(source: string, start: number): number {
  const kind = source[start + 1] ?? '';
  if (kind === 'x') return start + 3;
  if (kind === 'c') return start + 2;
  if (kind === 'u') return source[start + 2] === '{' ? source.indexOf('}', start) : start + 5;
  if (kind === 'p' || kind === 'P') return source.indexOf('}', start);
  if (kind === 'k') return source.indexOf('>', start);
  return start + 1;
}

// Index of the `]` closing the class opened at `start` (the last index when it is not closed).
function findClassEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length - 1;
}
