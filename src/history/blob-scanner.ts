import type { ContentHit } from '../detect/content-hits.js';
import type { CatFile } from '../git/cat-file.js';
import type { DetectPool } from '../pipeline/detect-pool.js';
import type { BlobCache } from './blob-cache.js';

// Reads and scans each distinct blob once: clean blobs go to the cache, blobs with hits stay in memory.

/** What a blob held: its hits, or why it was not scanned. */
export type BlobResult = { hits: readonly ContentHit[]; binary: boolean } | { skipped: string };

/** Scans blobs on demand, once each, and counts the work. */
export interface BlobScanner {
  scan: (oid: string) => Promise<BlobResult>;
  readonly stats: { blobs: number; bytes: number; cached: number };
}

const CLEAN: BlobResult = { hits: [], binary: false };

/** A scanner over a cat-file reader, a detection pool and the clean-blob cache. */
export function createBlobScanner(reader: CatFile, pool: DetectPool, cache: BlobCache, maxSize: number): BlobScanner {
  const results = new Map<string, Promise<BlobResult>>();
  const stats = { blobs: 0, bytes: 0, cached: 0 };
  const seen = new Set<string>(); // blobs answered from the cache, counted once
  const scanOnce = async (oid: string): Promise<BlobResult> => {
    if (cache.has(oid)) return CLEAN;
    const object = await reader.read(oid);
    if (object.type === 'missing') return { skipped: 'blob missing from the object database' };
    if (object.data === undefined) return { skipped: `larger than --max-file-size (${object.size} > ${maxSize} bytes)` };
    stats.blobs++;
    stats.bytes += object.data.length;
    const { hits, binary } = await pool.detectBlob(object.data);
    if (hits.length === 0) {
      cache.add(oid);
      seen.add(oid);
      return binary ? { hits: [], binary } : CLEAN;
    }
    return { hits, binary };
  };
  return {
    stats,
    scan: (oid) => {
      if (cache.has(oid)) {
        if (!seen.has(oid)) {
          seen.add(oid);
          stats.cached++;
        }
        return Promise.resolve(CLEAN);
      }
      let result = results.get(oid);
      if (result === undefined) {
        result = scanOnce(oid);
        results.set(oid, result);
        // Clean results need not stay in memory: the cache answers for them.
        void result.then((r) => {
          if ('hits' in r && r.hits.length === 0) results.delete(oid);
        }, () => undefined);
        result.catch(() => undefined); // the caller awaits and sees the error
      }
      return result;
    },
  };
}
