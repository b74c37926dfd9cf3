import type { PreparedPack } from './prepare-pack.js';

// The prefilter: one Aho-Corasick pass over the text (ASCII case-folded) finds every keyword occurrence, so
// only the rules whose keywords occur run, and only near them. Cost is linear in the text, whatever the pack size.

/** Offsets in the text where each candidate rule's keywords occur (sorted), by rule index; [-1]: everywhere. */
export type KeywordHits = Map<number, number[]>;

/** The compiled automaton: a dense transition table over 128 symbols, and the rules each state reports. */
export interface KeywordMatcher {
  delta: Int32Array;
  /** 1 where a state has outputs, so the hot loop reads one byte per character. */
  final: Uint8Array;
  /** For each state, the rules whose keyword ends there (via failure links too), with the keyword's length. */
  outputs: (readonly { rule: number; length: number }[] | undefined)[];
}

/** Most keyword hits tracked per rule; beyond this the rule simply scans the whole text. */
const MAX_HITS = 4096;
const SYMBOLS = 128;

/** Builds the automaton for `keywords` (lower-case); `rulesByKeyword[i]` are the rules keyword i enables. */
export function buildKeywordMatcher(keywords: readonly string[], rulesByKeyword: readonly (readonly number[])[]): KeywordMatcher {
  const capacity = keywords.reduce((n, k) => n + k.length, 1);
  // Goto function in a flat typed array (-1: no edge); filled into a complete DFA below.
  const delta = new Int32Array(capacity * SYMBOLS).fill(-1);
  const own: { rule: number; length: number }[][] = [[]];
  let states = 1;
  keywords.forEach((keyword, k) => {
    let state = 0;
    for (const code of symbols(keyword)) {
      const at = state * SYMBOLS + code;
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
  for (let c = 0; c < SYMBOLS; c++) {
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
    const base = state * SYMBOLS;
    const failBase = failState * SYMBOLS;
    for (let c = 0; c < SYMBOLS; c++) {
      const to = delta[base + c] ?? -1;
      const viaFail = delta[failBase + c] ?? 0;
      if (to < 0) delta[base + c] = viaFail;
      else {
        fail[to] = viaFail;
        queue.push(to);
      }
    }
  }
  const final = new Uint8Array(states);
  outputs.forEach((out, state) => {
    if (out !== undefined) final[state] = 1;
  });
  return { delta: delta.subarray(0, states * SYMBOLS), final, outputs };
}

/** Candidate rules and the start offsets of their keywords in `text`. */
export function findKeywordHits(pack: PreparedPack, text: string): KeywordHits {
  const hits: KeywordHits = new Map();
  const { delta, final, outputs } = pack.matcher;
  const n = text.length;
  let state = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= SYMBOLS) c = 0;
    state = delta[(state << 7) | c] ?? 0;
    if (final[state] === 0) continue;
    for (const { rule, length } of outputs[state] ?? []) record(hits, rule, i - length + 1);
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

// Keyword characters as automaton symbols: ASCII lower-cased, anything else folded to 0.
function symbols(keyword: string): number[] {
  return [...keyword].map((ch) => {
    const c = ch.charCodeAt(0);
    return c >= 65 && c <= 90 ? c + 32 : c >= SYMBOLS ? 0 : c;
  });
}
