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
  const capacity = keywords.reduce((n, k) => n + k.length, 1);
  const symbolOf = new Uint8Array(256);
  let width = 1;
  for (const keyword of keywords) for (const code of codes(keyword)) if (code !== 0 && symbolOf[code] === 0) symbolOf[code] = width++;
  // Case-insensitive: an upper-case letter is the symbol of its lower-case form.
  for (let c = 65; c <= 90; c++) symbolOf[c] = symbolOf[c + 32] ?? 0;
  // Goto function in a flat typed array (-1: no edge); filled into a complete DFA below.
  const delta = new Int32Array(capacity * width).fill(-1);
  const own: { rule: number; length: number }[][] = [[]];
  let states = 1;
  keywords.forEach((keyword, k) => {
    let state = 0;
    for (const code of codes(keyword).map((c) => symbolOf[c] ?? 0)) {
      const at = state * width + code;
      if ((delta[at] ?? -1) < 0) {
        delta[at] = states++;
        own.push([]);
      }
      state = delta[at] ?? 0;
    }
    for (const rule of rulesByKeyword[k] ?? []) own[state]?.push({ rule, length: keyword.length });
  });
  // Breadth-first: complete the transitions with failure links and merge outputs along them.
  const fail = new Int32Array(states);
  const outputs: KeywordMatcher['outputs'] = new Array(states);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const to = delta[c] ?? -1;
    if (to > 0) queue.push(to);
    else delta[c] = 0;
  }
  outputs[0] = own[0]?.length ? own[0] : undefined;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const failState = fail[state] ?? 0;
    const inherited = outputs[failState];
    const mine = own[state] ?? [];
    outputs[state] = mine.length === 0 ? inherited : inherited === undefined ? mine : [...mine, ...inherited];
    const base = state * width;
    const failBase = failState * width;
    for (let c = 0; c < width; c++) {
      const to = delta[base + c] ?? -1;
      const viaFail = delta[failBase + c] ?? 0;
      if (to < 0) delta[base + c] = viaFail;
      else {
        fail[to] = viaFail;
        queue.push(to);
      }
    }
  }
  // In place: state numbers become row offsets, inverted where the state has outputs.
  const row = new Int32Array(states);
  for (let state = 0; state < states; state++) row[state] = outputs[state] === undefined ? state * width : ~(state * width);
  const next = delta.subarray(0, states * width);
  for (let at = 0; at < next.length; at++) next[at] = row[next[at] ?? 0] ?? 0;
  return { next, width, symbolOf, outputs };
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

// Keyword characters as ASCII codes (non-ASCII folded to 0).
function codes(keyword: string): number[] {
  return [...keyword].map((ch) => {
    const c = ch.charCodeAt(0);
    return c >= ASCII ? 0 : c;
  });
}
