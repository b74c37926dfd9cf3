import type { PreparedPack } from './prepare-pack.js';

// The prefilter: one pass over the lower-cased text decides which content rules can run and where.

/** Offsets in the text where each candidate rule's keywords occur (sorted), by rule index. */
export type KeywordHits = Map<number, number[]>;

/** Most keyword hits tracked per rule; beyond this the rule simply scans the whole text. */
const MAX_HITS = 4096;

/** Candidate rules and their keyword offsets in `lower` (the chunk text, lower-cased). */
export function findKeywordHits(pack: PreparedPack, lower: string): KeywordHits {
  const hits: KeywordHits = new Map();
  const { keywords, rulesByKeyword } = pack;
  for (let k = 0; k < keywords.length; k++) {
    const keyword = keywords[k] ?? '';
    let at = lower.indexOf(keyword);
    if (at < 0) continue;
    const offsets: number[] = [];
    while (at >= 0 && offsets.length < MAX_HITS) {
      offsets.push(at);
      at = lower.indexOf(keyword, at + keyword.length);
    }
    if (at >= 0) offsets.push(-1); // too many: marks "whole text"
    for (const id of rulesByKeyword[k] ?? []) {
      const list = hits.get(id);
      if (list === undefined) hits.set(id, offsets.slice());
      else list.push(...offsets);
    }
  }
  for (const list of hits.values()) list.sort((a, b) => a - b);
  return hits;
}
