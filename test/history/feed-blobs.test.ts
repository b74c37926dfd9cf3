import { describe, expect, it } from 'vitest';
import type { ContentHit } from '../../src/detect/content-hits.js';
import type { CatFile, GitObject } from '../../src/git/cat-file.js';
import { createMemoryCache } from '../../src/history/blob-cache.js';
import { createBlobScanner, type BlobScanner } from '../../src/history/blob-scanner.js';
import { createBlobFeed, scanBlobs } from '../../src/history/feed-blobs.js';
import type { ScopedRules } from '../../src/pipeline/detect-blob.js';
import type { DetectPool } from '../../src/pipeline/detect-pool.js';

// Blobs scanned while the log streams: each once, within a window, and again if a later path needs more rules.

const HIT: ContentHit = { rule: 0, line: 1, column: 1, endLine: 1, endColumn: 9, secretStart: 0, secretEnd: 8, secret: 'fake-val', lineText: 'fake-val' };

// A reader answering every oid after a tick, and a pool recording which rules each scan ran with.
function fakeScanner(plans: Map<string, ScopedRules>, hitsIn = new Set<string>()): { scanner: BlobScanner; scans: [string, ScopedRules][]; reads: string[] } {
  const reads: string[] = [];
  const reader: CatFile = {
    read: (oid) => {
      reads.push(oid);
      const object: GitObject = { oid, type: 'blob', size: oid.length, data: Buffer.from(oid) };
      return new Promise((resolve) => setImmediate(() => resolve(object)));
    },
    close: async () => undefined,
  };
  const scans: [string, ScopedRules][] = [];
  const pool: DetectPool = {
    detect: async () => [],
    detectBlob: async (bytes, scoped) => {
      const oid = Buffer.from(bytes).toString();
      scans.push([oid, scoped]);
      return { hits: hitsIn.has(oid) ? [HIT] : [], binary: false };
    },
    close: async () => undefined,
    threads: 0,
  };
  return { scanner: createBlobScanner(reader, pool, createMemoryCache(), 1024, (oid) => plans.get(oid)), scans, reads };
}

describe('createBlobFeed', () => {
  it('scans each pushed blob once, with at most `limit` reads in flight, and starts none once stopped', async () => {
    const oids = Array.from({ length: 40 }, (_, i) => `b${i}`);
    const { scanner, scans, reads } = fakeScanner(new Map(oids.map((oid) => [oid, []])));
    const feed = createBlobFeed(scanner, 8);
    feed.push(oids.slice(0, 30));
    feed.push(oids.slice(0, 5));
    expect(reads).toHaveLength(8);
    await scanBlobs(oids.slice(0, 30), scanner, 8);
    expect(scans.map(([oid]) => oid).sort()).toEqual(oids.slice(0, 30).sort());
    feed.stop();
    feed.push(oids.slice(30));
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toHaveLength(30);
  });
});

describe('createBlobScanner with growing plans', () => {
  it('scans a blob again when its plan grows, counting it once', async () => {
    const plans = new Map<string, ScopedRules>([['clean', [1]], ['dirty', [1]]]);
    const { scanner, scans } = fakeScanner(plans, new Set(['dirty']));
    await scanBlobs(['clean', 'dirty'], scanner, 4);
    expect(await scanner.scan('dirty')).toMatchObject({ hits: [{ rule: 0 }] });
    expect(scans).toHaveLength(2);
    plans.set('clean', [1, 2]);
    plans.set('dirty', [1, 2]);
    await scanBlobs(['clean', 'dirty'], scanner, 4);
    expect(scans.slice(2)).toEqual([['clean', [1, 2]], ['dirty', [1, 2]]]);
    await scanBlobs(['clean', 'dirty'], scanner, 4);
    expect(scans).toHaveLength(4);
    expect(scanner.stats).toEqual({ blobs: 2, bytes: 'clean'.length + 'dirty'.length, cached: 0 });
  });

  it('peeks at what the cache knows without scanning: clean blobs at once, blobs with hits through scan', async () => {
    const plans = new Map<string, ScopedRules>([['clean', [1]], ['dirty', [1]]]);
    const { scanner, scans } = fakeScanner(plans, new Set(['dirty']));
    expect(scanner.peek('clean')).toBeUndefined();
    await scanBlobs(['clean', 'dirty'], scanner, 4);
    expect(scanner.peek('clean')).toEqual({ hits: [], binary: false });
    expect(scanner.peek('dirty')).toBeUndefined();
    plans.set('clean', [1, 2]);
    expect(scanner.peek('clean')).toBeUndefined();
    let counted = 0;
    await scanBlobs(['clean', 'dirty', 'clean'], scanner, 4, (done) => (counted = done));
    expect(counted).toBe(3);
    expect(scans.map(([oid]) => oid)).toEqual(['clean', 'dirty', 'clean']);
  });

  it('rejects in scanBlobs when a scan fails, however far ahead the feed ran', async () => {
    const { scanner } = fakeScanner(new Map());
    const failing: BlobScanner = { ...scanner, scan: (oid) => (oid === 'bad' ? Promise.reject(new Error('cat-file ended')) : scanner.scan(oid)) };
    const feed = createBlobFeed(failing, 4);
    feed.push(['ok', 'bad']);
    await expect(scanBlobs(['ok', 'bad'], failing, 4)).rejects.toThrow('cat-file ended');
  });
});
