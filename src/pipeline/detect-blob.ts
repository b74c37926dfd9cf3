import { isAscii } from 'node:buffer';
import { detectContentHits, type ContentHit } from '../detect/content-hits.js';
import { findKeywordHitsInBytes } from '../detect/find-keywords.js';
import { preparePack, type PreparedRule } from '../detect/prepare-pack.js';
import { decodeText } from '../sources/read-source-file.js';
import type { RulePack } from '../types.js';

// A git blob's raw bytes to its path-independent hits; runs in a worker so the main thread only moves bytes.

/** What a blob holds: its hits, and whether it is binary (no text, so no hits). */
export interface BlobHits {
  hits: ContentHit[];
  binary: boolean;
}

/**
 * The path-scoped rules (pack indices, ascending) a blob is scanned with besides every rule that applies at any
 * path: those that apply at one of its paths. `undefined` runs every rule.
 */
export type ScopedRules = readonly number[] | undefined;

/**
 * Decodes a blob (UTF-8, or UTF-16 with a BOM; a NUL in the first 8 KB means binary) and detects in it with every
 * unscoped rule and the `scoped` ones.
 */
export function detectBlob(bytes: Uint8Array, pack: RulePack, scoped?: ScopedRules): BlobHits {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const allowed = scoped === undefined ? undefined : new Set(scoped);
  const only = allowed === undefined ? {} : { only: (rule: PreparedRule, index: number) => !rule.pathScoped || allowed.has(index) };
  // Most blobs are plain ASCII: the keyword pass reads the bytes directly and latin1 decoding is a copy.
  if (isAscii(data) && !data.subarray(0, 8192).includes(0)) {
    return { hits: detectContentHits(data.toString('latin1'), pack, { keywordHits: findKeywordHitsInBytes(preparePack(pack), data), ...only }), binary: false };
  }
  const text = decodeText(data);
  return text === undefined ? { hits: [], binary: true } : { hits: detectContentHits(text, pack, only), binary: false };
}
