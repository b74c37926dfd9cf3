import type { ContentHit } from '../detect/content-hits.js';
import type { CatFile } from '../git/cat-file.js';
import type { ScopedRules } from '../pipeline/detect-blob.js';
import type { DetectPool } from '../pipeline/detect-pool.js';
import { decodeText } from '../sources/read-source-file.js';
import type { BlobCache } from './blob-cache.js';
import { coversScoped } from './scoped-rules.js';
import { rehydrate, storeHits, withDigests, type BlobHit } from './stored-hit.js';

// Reads and scans each distinct blob once; the cache answers for blobs scanned by earlier runs.

/** What a blob held: its hits, or why it was not scanned. */
export type BlobResult = { hits: readonly BlobHit[]; binary: boolean } | { skipped: string };

/** Scans blobs on demand, once each, and counts the work. */
export interface BlobScanner {
  scan: (oid: string) => Promise<BlobResult>;
  /** What `scan` would answer at once from the cache (counted the same way), or undefined when it must wait. */
  peek: (oid: string) => BlobResult | undefined;
  /** A blob's text (undefined when binary or unreadable), read again on demand. */
  text: (oid: string) => Promise<string | undefined>;
  /** The hits with their secret and line text, reading the blob again if they came from the cache. */
  complete: (oid: string, hits: readonly BlobHit[]) => Promise<ContentHit[]>;
  readonly stats: { blobs: number; bytes: number; cached: number };
}

const CLEAN: BlobResult = { hits: [], binary: false };

/**
 * A scanner over a cat-file reader, a detection pool and the cache; `scopedFor` names the path-scoped rules a
 * blob needs (those that apply at its paths).
 */
export function createBlobScanner(reader: CatFile, pool: DetectPool, cache: BlobCache, maxSize: number, scopedFor: (oid: string) => ScopedRules): BlobScanner {
  // Scans in flight or with hits, and the path-scoped rules each ran with (plans grow while the log streams).
  const results = new Map<string, { scoped: ScopedRules; result: Promise<BlobResult> }>();
  const stats = { blobs: 0, bytes: 0, cached: 0 };
  const counted = new Map<string, 'cached' | 'scanned'>(); // each blob counted once, as scanned if it ever was
  const fromCache = (oid: string, scoped: ScopedRules): BlobResult | undefined => {
    const cached = cache.get(oid, scoped);
    if (cached === undefined) return undefined;
    if (!counted.has(oid)) {
      counted.set(oid, 'cached');
      stats.cached++;
    }
    return cached === 'clean' ? CLEAN : { hits: cached.hits, binary: false };
  };
  const scanOnce = async (oid: string, scoped: ScopedRules): Promise<BlobResult> => {
    const object = await reader.read(oid);
    if (object.type === 'missing') return { skipped: 'blob missing from the object database' };
    if (object.data === undefined) return { skipped: `larger than --max-file-size (${object.size} > ${maxSize} bytes)` };
    const before = counted.get(oid);
    if (before !== 'scanned') {
      if (before === 'cached') stats.cached--;
      counted.set(oid, 'scanned');
      stats.blobs++;
      stats.bytes += object.data.length;
    }
    const { hits, binary } = await pool.detectBlob(object.data, scoped);
    cache.set(oid, scoped, storeHits(hits));
    if (hits.length === 0) return binary ? { hits: [], binary } : CLEAN;
    return { hits: withDigests(hits), binary };
  };
  const readText = async (oid: string): Promise<string | undefined> => {
    const object = await reader.read(oid);
    return object.data === undefined ? undefined : decodeText(object.data);
  };
  return {
    stats,
    scan: (oid) => {
      const scoped = scopedFor(oid);
      const known = results.get(oid);
      if (known !== undefined && coversScoped(known.scoped, scoped)) return known.result;
      const cached = fromCache(oid, scoped);
      if (cached !== undefined) return Promise.resolve(cached);
      const result = scanOnce(oid, scoped);
      const entry = { scoped, result };
      results.set(oid, entry);
      // Clean results need not stay in memory: the cache answers for them.
      void result.then((r) => {
        if ('hits' in r && r.hits.length === 0 && results.get(oid) === entry) results.delete(oid);
      }, () => undefined);
      return result;
    },
    // A scan in flight or with hits answers through `scan`; otherwise the cache answers as `scan` would.
    peek: (oid) => {
      const scoped = scopedFor(oid);
      const known = results.get(oid);
      return known !== undefined && coversScoped(known.scoped, scoped) ? undefined : fromCache(oid, scoped);
    },
    text: readText,
    complete: async (oid, hits) => {
      if (hits.every((h) => h.secret !== undefined && h.lineText !== undefined)) return rehydrate('', hits);
      const text = await readText(oid);
      return text === undefined ? [] : rehydrate(text, hits);
    },
  };
}
