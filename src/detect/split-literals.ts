import type { HiddenRun } from './encoded-runs.js';
import { KEY_PREFIXES } from './wrapped-runs.js';

// Keys split into string literals on purpose so that scanners pass them by: `'sk_live_' + '9f3c…'` (JS, Java, C#,
// Python), `'sk_live_' . '9f3c…'` (PHP), `"sk-" & "…"` (VB), `("sk-proj-abc"\n "def")` (Python's implicit
// concatenation in parentheses). Only a run whose first literal starts with a provider's key prefix is joined, so
// ordinary string building costs one keyword check; the joined value is scanned in place of the run.

const QUOTES = ['"', "'", '`'];
// Key prefixes whose split form is looked for (a PEM block spans lines and has its own rules), database URLs, which
// a formatter splits at their `@` to keep lines short (`"postgresql://u:pw@"\n"dpg-….render.com/db"`), the body of
// a DER key without its armour, pasted line by line (`"MIIEvQ…\n" +\n "MBFp…\n" +`, WeChat Pay's Java samples), and
// a Firebase server key of 152 characters broken over two lines (`"AAAA…:APA91b…" +\n "…"`).
const URL_SCHEMES = ['postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://'];
const PREFIXES = [...KEY_PREFIXES.filter((prefix) => !prefix.startsWith('-')), ...URL_SCHEMES, 'MII', 'AAAA'];

/** The keywords that make `findSplitLiterals` look at a text: a quote, then a key prefix (lower-case). */
export const SPLIT_KEYWORDS: readonly string[] = QUOTES.flatMap((quote) => PREFIXES.map((prefix) => `${quote}${prefix}`.toLowerCase()));

// The characters of key material and URLs; a literal with anything else (spaces, `${`) is not part of a key. A key
// body's lines may end in an escaped line break, which joining drops.
const PART = /^([A-Za-z0-9_+/=.:@?&%~!-]{1,200})(?:\\r)?(?:\\n)?$/;
// What may join two literals on one line, and across a line break (the operator before or after it, or Python's `\`).
const JOIN = /^[ \t]{0,4}(?:\+|\.|&|\.\.)?[ \t]{0,4}/;
const JOIN_ACROSS = /^[ \t]{0,4}(?:(?:\+|\.|&|\.\.|\\)[ \t]{0,4}\r?\n[ \t]{0,80}|\r?\n[ \t]{0,80}(?:(?:\+|\.|&|\.\.)[ \t]{0,4})?)/;
// A 4096-bit key's body runs to 52 lines of 64 characters.
const MAX_PARTS = 60;

// An array of pieces joined with no separator (`['cfsk_ma_prod_', '1e9e…', '_7d17…']` then `implode('', $parts)`,
// `parts.join('')`, `''.join(parts)`): its pieces are separated by commas, and its first piece opens it.
const ARRAY_OPEN = /\[\s{0,80}$/;
const ARRAY_COMMA = /^\s{0,80},\s{0,80}/;
const ARRAY_CLOSE = /^\s{0,80},?\s{0,80}\]/;
const EMPTY_JOIN = /\bimplode\([ \t]{0,4}(["'])\1[ \t]{0,4},|\.join\([ \t]{0,4}(["'])\2[ \t]{0,4}\)|(["'])\3\.join\(|\bjoin\([ \t]{0,4}(["'])\4[ \t]{0,4},/;

/** The runs of two or more concatenated literals that start at the keyword hits `offsets` ([-1]: anywhere). */
export function findSplitLiterals(text: string, offsets: readonly number[]): HiddenRun[] {
  const starts = offsets[0] === -1 ? findQuotedPrefixes(text) : offsets;
  const runs: HiddenRun[] = [];
  for (const start of starts) {
    const run = readRun(text, start);
    if (run !== undefined && (runs.at(-1)?.end ?? -1) <= start) runs.push(run);
  }
  return runs;
}

// The literals from `start` on, joined; undefined unless there are at least two.
function readRun(text: string, start: number): HiddenRun | undefined {
  const quote = text.charAt(start);
  // Python joins literals on separate lines only inside brackets (a call's later argument too: `getenv("URL",\n "…"`;
  // a dict's value: `"LOCATION": "redis://h:p…@"\n "ec2-….amazonaws.com:6379"`).
  const parenthesised = isInsideBrackets(text.slice(Math.max(0, start - 100), start));
  const listed = ARRAY_OPEN.test(text.slice(Math.max(0, start - 80), start));
  const parts: string[] = [];
  let at = start;
  let end = start;
  let commas = false;
  while (parts.length < MAX_PARTS) {
    const part = readLiteral(text, at);
    if (part === undefined) break;
    parts.push(part.value);
    end = part.end;
    const rest = text.slice(end, end + 100);
    const comma = listed ? ARRAY_COMMA.exec(rest)?.[0] : undefined;
    commas ||= comma !== undefined;
    const across = JOIN_ACROSS.exec(rest)?.[0];
    const joiner = comma ?? (across !== undefined && (parenthesised || /[+.&\\]/.test(across)) ? across : (JOIN.exec(rest)?.[0] ?? ''));
    if (joiner === '' && !parenthesised) break;
    at = end + joiner.length;
  }
  if (parts.length < 2 || (commas && !isJoinedList(text, start, end))) return undefined;
  return { start, end, via: 'split', decoded: `${quote}${parts.join('')}${quote}` };
}

// Whether a list of pieces ends right after its last piece and is joined with an empty separator just before or after.
function isJoinedList(text: string, start: number, end: number): boolean {
  if (!ARRAY_CLOSE.test(text.slice(end, end + 100))) return false;
  return EMPTY_JOIN.test(text.slice(Math.max(0, start - 100), start)) || EMPTY_JOIN.test(text.slice(end, end + 300));
}

// The string literal opening at `at` (same quote on the same line, no escapes), when it holds key material.
function readLiteral(text: string, at: number): { value: string; end: number } | undefined {
  const quote = text.charAt(at);
  if (!QUOTES.includes(quote)) return undefined;
  const close = text.indexOf(quote, at + 1);
  if (close === -1 || close - at > 201) return undefined;
  const value = PART.exec(text.slice(at + 1, close))?.[1];
  return value === undefined ? undefined : { value, end: close + 1 };
}

// Every quote followed by a key prefix, when the keyword pass saw too many to list.
function findQuotedPrefixes(text: string): number[] {
  const lower = text.toLowerCase();
  const starts: number[] = [];
  for (const keyword of SPLIT_KEYWORDS) {
    for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) starts.push(at);
  }
  return starts.sort((a, b) => a - b);
}

// Whether the text before a literal leaves a bracket open (more `(`, `[` or `{` than closing ones on its last lines).
function isInsideBrackets(before: string): boolean {
  let depth = 0;
  for (const ch of before) depth += '([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0;
  return depth > 0;
}
