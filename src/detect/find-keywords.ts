import type { PreparedPack } from './prepare-pack.js';

// The prefilter: one pass of a case-insensitive alternation of every keyword decides which rules run and where.

/** Offsets in the text where each candidate rule's keywords occur (sorted), by rule index; [-1]: everywhere. */
export type KeywordHits = Map<number, number[]>;

/** The keyword matcher of a pack: one regex, and for each keyword the rules it (and its substrings) enable. */
export interface KeywordMatcher {
  regex: RegExp;
  rulesFor: Map<string, readonly number[]>;
}

/** Most keyword hits tracked per rule; beyond this the rule simply scans the whole text. */
const MAX_HITS = 4096;

/**
 * Builds the matcher. Alternatives are longest first and matching resumes one char after each hit, so
 * overlapping keywords are all seen; a keyword also enables the rules of every keyword it contains
 * (`api_key` enables the rules keyed on `key`), because the alternation reports only one per position.
 */
export function buildKeywordMatcher(keywords: readonly string[], rulesByKeyword: readonly (readonly number[])[]): KeywordMatcher {
  const own = new Map(keywords.map((k, i) => [k, rulesByKeyword[i] ?? []]));
  const rulesFor = new Map<string, readonly number[]>();
  for (const keyword of keywords) {
    const ids = new Set<number>();
    for (const [other, otherIds] of own) if (keyword.includes(other)) for (const id of otherIds) ids.add(id);
    rulesFor.set(keyword, [...ids]);
  }
  const sorted = [...keywords].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const source = sorted.length === 0 ? '(?!)' : sorted.map(escapeRegex).join('|');
  return { regex: new RegExp(source, 'gi'), rulesFor };
}

/** Candidate rules and the offsets of their keywords in `text`. */
export function findKeywordHits(pack: PreparedPack, text: string): KeywordHits {
  const hits: KeywordHits = new Map();
  const { regex, rulesFor } = pack.matcher;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    regex.lastIndex = m.index + 1;
    for (const id of rulesFor.get(m[0].toLowerCase()) ?? []) {
      const list = hits.get(id);
      if (list === undefined) hits.set(id, [m.index]);
      else if (list[0] !== -1) {
        if (list.length < MAX_HITS) list.push(m.index);
        else hits.set(id, [-1]);
      }
    }
  }
  return hits;
}

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
