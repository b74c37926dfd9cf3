// The bounded twin of `(a+)+`: a repeated group holding two adjacent variable-length atoms that can match the same
// character, such as `(?:[ \t]{1,16}[^\n]{0,300}\n){0,60}`. Each repetition can split its text between the two
// atoms in many ways, so a failing match tries (ways per line) ^ (repetitions): bounded, but 16^60 is a hang.
// Exact checkers call it safe because every quantifier is bounded.

interface Atom {
  kind: 'atom';
  text: string;
  min: number;
  max: number;
}
type Token = Atom | { kind: 'open' | 'close' | 'or'; max: number };

/** The first repeated group with two adjacent overlapping variable atoms, described, or undefined. */
export function findAmbiguousRepeat(source: string): string | undefined {
  const tokens = tokenize(source);
  const opens: number[] = [];
  for (const [i, token] of tokens.entries()) {
    if (token.kind === 'open') opens.push(i);
    if (token.kind !== 'close') continue;
    const start = opens.pop() ?? 0;
    if (token.max < 2) continue;
    for (let j = start + 1; j + 1 < i; j++) {
      const [a, b] = [tokens[j], tokens[j + 1]];
      if (a?.kind !== 'atom' || b?.kind !== 'atom' || a.max === a.min || b.max === b.min || !overlaps(a.text, b.text)) continue;
      return `ambiguous repetition: \`${a.text}\` and \`${b.text}\` can split the same text many ways in a repeated group`;
    }
  }
  return undefined;
}

// Atoms (literals, escapes, classes, `.`) and group boundaries, each with the quantifier that follows it.
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i] ?? '';
    let end = i + 1;
    let token: Token | undefined;
    if (c === '(') {
      end = i + (/^\(\?(?:[:=!]|<[=!]|<[A-Za-z_]\w*>)/.exec(source.slice(i, i + 40))?.[0].length ?? 1);
      token = { kind: 'open', max: 1 };
    } else if (c === ')') token = { kind: 'close', max: 1 };
    else if (c === '|') token = { kind: 'or', max: 1 };
    else if (c === '^' || c === '$') token = undefined;
    else {
      end = atomEnd(source, i);
      const text = source.slice(i, end);
      token = /^\\[bBk1-9]/.test(text) ? undefined : { kind: 'atom', text, min: 1, max: 1 };
    }
    const quantifier = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(end, end + 16));
    if (token !== undefined && token.kind !== 'open' && token.kind !== 'or') {
      const [min, max] = quantifier === null ? [1, 1] : readQuantifier(quantifier);
      if (token.kind === 'atom') Object.assign(token, { min, max });
      else token.max = max;
    }
    if (token !== undefined) tokens.push(token);
    i = end + (quantifier?.[0].length ?? 0);
  }
  return tokens;
}

function atomEnd(source: string, i: number): number {
  if (source[i] === '\\') return i + (/^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|k<\w+>|.)/.exec(source.slice(i, i + 12))?.[0].length ?? 1);
  if (source[i] !== '[') return i + 1;
  let j = i + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

function readQuantifier(q: RegExpExecArray): [number, number] {
  if (q[1] === '*') return [0, Infinity];
  if (q[1] === '+') return [1, Infinity];
  if (q[1] === '?') return [0, 1];
  const min = Number(q[2]);
  if (q[3] === undefined) return [min, min];
  return [min, q[4] === '' ? Infinity : Number(q[4])];
}

// Whether two atoms share a character among ASCII (enough for the classes rule patterns use).
function overlaps(a: string, b: string): boolean {
  let first: RegExp;
  let second: RegExp;
  try {
    [first, second] = [new RegExp(`^(?:${a})$`, 'u'), new RegExp(`^(?:${b})$`, 'u')];
  } catch {
    try {
      [first, second] = [new RegExp(`^(?:${a})$`), new RegExp(`^(?:${b})$`)];
    } catch {
      return false;
    }
  }
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    if (first.test(ch) && second.test(ch)) return true;
  }
  return false;
}
