import { detectContentHits, type ContentHit } from '../detect/content-hits.js';
import { decodeText } from '../sources/read-source-file.js';
import type { RulePack } from '../types.js';

// A git blob's raw bytes to its path-independent hits; runs in a worker so the main thread only moves bytes.

/** What a blob holds: its hits, and whether it is binary (no text, so no hits). */
export interface BlobHits {
  hits: ContentHit[];
  binary: boolean;
}

/** Decodes a blob (UTF-8, or UTF-16 with a BOM; a NUL in the first 8 KB means binary) and detects in it. */
export function detectBlob(bytes: Uint8Array, pack: RulePack): BlobHits {
  const text = decodeText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return text === undefined ? { hits: [], binary: true } : { hits: detectContentHits(text, pack), binary: false };
}
