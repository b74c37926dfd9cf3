import type { Finding } from '../types.js';

// A token past its own expiry (a JWT's `exp`) opens nothing: an access token pasted from a session years ago, a
// test client's token. The scan compares each with its clock and reports the expired ones at low confidence, so they
// stay listed (the value and whatever signed it were still exposed) without blocking a commit. Detection itself has
// no clock; it only reads the expiry (Finding.expiresAt).

/** `findings`, each token that expired before `now` (milliseconds since the epoch) lowered to confidence low. */
export function lowerExpiredTokens(findings: readonly Finding[], now: number): Finding[] {
  return findings.map((finding) => {
    const { expiresAt } = finding;
    if (expiresAt === undefined || expiresAt * 1000 > now || finding.confidence === 'low') return finding;
    const day = new Date(expiresAt * 1000).toISOString().slice(0, 10);
    return { ...finding, confidence: 'low', message: `${finding.message} Lowered to confidence low: the token expired on ${day}.` };
  });
}
