import { createHash } from 'node:crypto';
import type { ContentHit } from '../detect/content-hits.js';
import { buildLineIndex, sliceLines } from '../detect/line-index.js';

// A hit as the history cache keeps it: positions and a digest of (rule, secret), never the secret itself.
// When a cached hit must be reported, its secret and line are read back from the blob (rehydrated).

/** A cached hit: a ContentHit without its secret and line text. */
export type StoredHit = Omit<ContentHit, 'secret' | 'lineText'> & { digest: string };

/** A hit in history: with its digest, and with secret and line text once known. */
export type BlobHit = StoredHit & { secret?: string; lineText?: string };

/** The attribution identity of a hit: rule and secret, hashed. */
export function digestHit(rule: number, secret: string): string {
  return createHash('sha256').update(`${rule}\u0000${secret}`).digest('hex').slice(0, 32);
}

/** The stored form of fresh hits. */
export function storeHits(hits: readonly ContentHit[]): StoredHit[] {
  return hits.map(({ secret, lineText: _line, ...rest }) => ({ ...rest, digest: digestHit(rest.rule, secret) }));
}

/** Fresh hits with their digests, keeping secret and line text. */
export function withDigests(hits: readonly ContentHit[]): BlobHit[] {
  return hits.map((hit) => ({ ...hit, digest: digestHit(hit.rule, hit.secret) }));
}

/** Cached hits made whole again from the blob's text. */
export function rehydrate(text: string, hits: readonly BlobHit[]): ContentHit[] {
  const index = buildLineIndex(text);
  return hits.map((hit) => ({
    ...hit,
    secret: hit.secret ?? text.slice(hit.secretStart, hit.secretEnd),
    lineText: hit.lineText ?? sliceLines(index, hit.line - 1, hit.endLine - 1, hit.secretStart, hit.secretEnd),
  }));
}
