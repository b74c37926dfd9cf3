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
  const next: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
  const own: { rule: number; length: number }[][] = [[]];
  keywords.forEach((keyword, k) => {
    let state = 0;
    for (const code of symbols(keyword)) {
      const row = next[state] ?? [];
      if ((row[code] ?? -1) < 0) {
        row[code] = next.length;
        next.push(new Array<number>(SYMBOLS).fill(-1));
        own.push([]);
      }
      state = row[code] ?? 0;
    }
    for (const rule of rulesByKeyword[k] ?? []) own[state]?.push({ rule, length: keyword.length });
  });
  // Breadth-first: complete the transitions with failure links and merge outputs along them.
  const delta = new Int32Array(next.length * SYMBOLS);
  const fail = new Int32Array(next.length);
  const outputs: KeywordMatcher['outputs'] = new Array(next.length);
  const queue: number[] = [];
  for (let c = 0; c < SYMBOLS; c++) {
    const to = next[0]?.[c] ?? -1;
    delta[c] = to < 0 ? 0 : to;
    if (to > 0) queue.push(to);
  }
  outputs[0] = own[0]?.length ? own[0] : undefined;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const merged = [...(own[state] ?? []), ...(outputs[fail[state] ?? 0] ?? [])];
    outputs[state] = merged.length > 0 ? merged : undefined;
    for (let c = 0; c < SYMBOLS; c++) {
      const to = next[state]?.[c] ?? -1;
      const viaFail = delta[(fail[state] ?? 0) * SYMBOLS + c] ?? 0;
      if (to < 0) delta[state * SYMBOLS + c] = viaFail;
      else {
        delta[state * SYMBOLS + c] = to;
        fail[to] = viaFail;
        queue.push(to);
      }
    }
  }
  const final = new Uint8Array(next.length);
  outputs.forEach((out, state) => {
    if (out !== undefined) final[state] = 1;
  });
  return { delta, final, outputs };
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
