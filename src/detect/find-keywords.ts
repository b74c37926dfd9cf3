import type { PreparedPack } from './prepare-pack.js';

// The prefilter: one pass over the lower-cased text decides which content rules can possibly match.

/** Indices of the content rules whose keywords occur in `lower` (the chunk text, lower-cased). */
export function findCandidateRules(pack: PreparedPack, lower: string): Set<number> {
  const candidates = new Set<number>();
  const { keywords, rulesByKeyword } = pack;
  for (let k = 0; k < keywords.length; k++) {
    const ids = rulesByKeyword[k] ?? [];
    if (ids.every((id) => candidates.has(id))) continue;
    if (lower.includes(keywords[k] ?? '')) for (const id of ids) candidates.add(id);
  }
  return candidates;
}
