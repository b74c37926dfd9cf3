import { SEVERITIES } from '../types.js';
import type { ContentHit } from './content-hits.js';
import type { PreparedRule } from './prepare-pack.js';

// Documentation lowers a generic secret as sample data. Not beside a live key: a `.env` block pasted into a deploy
// guide or an audit note that holds a provider key in its real format (a Google client secret, a Neon URL) holds
// the app's real values, and its random JWT or session secret a few lines away is as live as the key; so is a key a
// provider rule reads only by its setting's name (`CLOUDINARY_API_SECRET=…` beside a PayPal secret).

/** Lines either side of a live provider key within which a generic secret keeps its confidence in a doc. */
export const LIVE_REACH = 8;

/** The hits, with other secrets within LIVE_REACH lines of a provider key in its own format marked `besideLiveKey`. */
export function markBesideLiveKeys(hits: readonly ContentHit[], rules: readonly PreparedRule[]): ContentHit[] {
  const liveLines = hits.filter((hit) => isLiveProviderKey(hit, rules[hit.rule])).map((hit) => hit.line);
  if (liveLines.length === 0) return [...hits];
  return hits.map((hit) => {
    const rule = rules[hit.rule]?.rule;
    if (rule === undefined || rule.kind !== 'secret' || hit.grade !== undefined || isLiveProviderKey(hit, rules[hit.rule])) return hit;
    // A provider rule's reading on the live key's own line is another reading of that key or of its URL (a proxy
    // user's targeting options), not a second key.
    const near = (line: number): boolean => Math.abs(line - hit.line) <= LIVE_REACH && (rule.generic === true || line !== hit.line);
    return liveLines.some(near) ? { ...hit, besideLiveKey: true } : hit;
  });
}

// A provider rule's own format at high confidence (not a guessable or checksum-failed value): no sample data.
function isLiveProviderKey(hit: ContentHit, prepared: PreparedRule | undefined): boolean {
  const rule = prepared?.rule;
  if (rule === undefined || rule.generic || rule.kind !== 'secret' || rule.confidence !== 'high') return false;
  return SEVERITIES.indexOf(rule.severity) <= 1 && (hit.grade === undefined || hit.grade === 'verified');
}
