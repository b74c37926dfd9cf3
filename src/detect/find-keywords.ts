import type { PreparedPack } from './prepare-pack.js';

// The prefilter: one Aho-Corasick pass over the text (ASCII case-folded) finds every keyword occurrence, so
// only the rules whose keywords occur run, and only near them. Cost is linear in the text, whatever the pack size.

/** Offsets in the text where each candidate rule's keywords occur (sorted), by rule index; [-1]: everywhere. */
export type KeywordHits = Map<number, number[]>;

/**
 * The compiled automaton: a dense transition table over the keywords' alphabet, and the rules each state reports.
 * A state is addressed by its row's offset in `next` (state × width), so the hot loop needs no multiplication, and
 * a transition into a state with outputs is stored bitwise-inverted (negative), so it needs no second lookup.
 */
export interface KeywordMatcher {
  /** Row offset of the next state for (row offset + symbol); `~offset` when that state has outputs. */
  next: Int32Array;
  /** Symbols per state (the distinct keyword characters, plus 0 for every other character). */
  width: number;
  /** Byte (ASCII case-folded) to symbol; 0 for characters no keyword uses and for every non-ASCII byte. */
  symbolOf: Uint8Array;
  /** For each state, the rules whose keyword ends there (via failure links too), with the keyword's length. */
  outputs: (readonly { rule: number; length: number }[] | undefined)[];
}

/** Most keyword hits tracked per rule; beyond this the rule simply scans the whole text. */
const MAX_HITS = 65536;
const ASCII = 128;

/** Builds the automaton for `keywords` (lower-case); `rulesByKeyword[i]` are the rules keyword i enables. */
export function buildKeywordMatcher(keywords: readonly string[], rulesByKeyword: readonly (readonly number[])[]): KeywordMatcher {
  const symbolOf = new Uint8Array(256);
  let width = 1;
  let chars = 0;
  for (const keyword of keywords) {
    chars += keyword.length;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      // A surrogate pair is one (non-ASCII) character, as with a code-point iterator.
      if ((code & 0xfc00) === 0xd800 && (keyword.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      if (code !== 0 && code < ASCII && symbolOf[code] === 0) symbolOf[code] = width++;
    }
  }
  // Case-insensitive: an upper-case letter is the symbol of its lower-case form.
  for (let c = 65; c <= 90; c++) symbolOf[c] = symbolOf[c + 32] ?? 0;
  // The keyword trie, in typed arrays (start-up cost counts: a pre-commit run builds this once per process):
  // its edges in `next` itself (0: none, else the child state), each state's children as a linked list.
  const next = new Int32Array((chars + 1) * width);
  const firstChild = new Int32Array(chars + 1);
  const sibling = new Int32Array(chars + 1);
  const edgeSymbol = new Uint8Array(chars + 1);
  const own: ({ rule: number; length: number }[] | undefined)[] = new Array(chars + 1);
  let states = 1;
  // Plain indexed loops: this runs once, cold, where iterators and closures cost more than the work.
  for (let k = 0; k < keywords.length; k++) {
    const keyword = keywords[k] ?? '';
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      if ((code & 0xfc00) === 0xd800 && (keyword.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      const symbol = code < ASCII ? (symbolOf[code] ?? 0) : 0;
      let child = next[state * width + symbol] ?? 0;
      if (child === 0) {
        child = states++;
        next[state * width + symbol] = child;
        edgeSymbol[child] = symbol;
        sibling[child] = firstChild[state] ?? 0;
        firstChild[state] = child;
      }
      state = child;
    }
    for (const rule of rulesByKeyword[k] ?? []) (own[state] ??= []).push({ rule, length: keyword.length });
  }
  // Breadth-first, so a state's failure state (always shallower) is complete first: each row is overwritten with
  // a copy of its failure state's row (one native copy), then the trie's own edges are written over it.
  const fail = new Int32Array(states);
  // Whether a state reports anything: its own keywords or its failure state's. Set with the failure link, whose
  // target's flag was set a level earlier (its parent is shallower still).
  const reports = new Uint8Array(states);
  const outputs: KeywordMatcher['outputs'] = new Array(states);
  const queue = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = queue[head] ?? 0;
    const failState = fail[state] ?? 0;
    const inherited = state === 0 ? undefined : outputs[failState];
    const mine = own[state];
    outputs[state] = mine === undefined ? inherited : inherited === undefined ? mine : [...mine, ...inherited];
    const base = state * width;
    if (state !== 0) next.copyWithin(base, failState * width, failState * width + width);
    for (let child = firstChild[state] ?? 0; child !== 0; child = sibling[child] ?? 0) {
      const c = edgeSymbol[child] ?? 0;
      if (state !== 0) {
        const viaFail = next[failState * width + c] ?? 0;
        fail[child] = (viaFail < 0 ? ~viaFail : viaFail) / width;
      }
      reports[child] = own[child] !== undefined || reports[fail[child] ?? 0] === 1 ? 1 : 0;
      next[base + c] = reports[child] === 1 ? ~(child * width) : child * width;
      queue[tail++] = child;
    }
  }
  return { next: next.subarray(0, states * width), width, symbolOf, outputs };
}

/** Candidate rules and the start offsets of their keywords in `text`. */
export function findKeywordHits(pack: PreparedPack, text: string): KeywordHits {
  const hits: KeywordHits = new Map();
  const { next, width, symbolOf, outputs } = pack.matcher;
  const n = text.length;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    row = next[row + (c < 256 ? (symbolOf[c] ?? 0) : 0)] ?? 0;
    if (row >= 0) continue;
    row = ~row;
    for (const { rule, length } of outputs[row / width] ?? []) record(hits, rule, i - length + 1);
  }
  return hits;
}

/** The same pass over raw ASCII bytes (faster than reading a string); offsets equal the latin1 string's. */
export function findKeywordHitsInBytes(pack: PreparedPack, bytes: Uint8Array): KeywordHits {
  const hits: KeywordHits = new Map();
  const { next, width, symbolOf, outputs } = pack.matcher;
  const n = bytes.length;
  let row = 0;
  for (let i = 0; i < n; i++) {
    row = next[row + (symbolOf[bytes[i] ?? 0] ?? 0)] ?? 0;
    if (row >= 0) continue;
    row = ~row;
    for (const { rule, length } of outputs[row / width] ?? []) record(hits, rule, i - length + 1);
  }
  return hits;
}

function record(hits: KeywordHits, rule: number, offset: number): void {
  const list = hits.get(rule);
  if (list === undefined) hits.set(rule, [offset]);
  else if (list[0] !== -1) {
    if (list.length < MAX_HITS) list.push(offset);
    else hits.set(rule, [-1]);
  }
}
