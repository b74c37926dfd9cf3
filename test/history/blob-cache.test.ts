import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryCache, openBlobCache } from '../../src/history/blob-cache.js';
import type { StoredHit } from '../../src/history/stored-hit.js';

const OID = 'a'.repeat(40);
const HIT: StoredHit = { rule: 3, line: 1, column: 1, endLine: 1, endColumn: 9, secretStart: 0, secretEnd: 8, digest: 'd'.repeat(32) };

describe('blob cache', () => {
  it('answers only for runs that need no path-scoped rule the cached scan did not run', () => {
    const cache = createMemoryCache();
    cache.set(OID, [4, 9], []);
    expect(cache.get(OID, [])).toBe('clean');
    expect(cache.get(OID, [9])).toBe('clean');
    expect(cache.get(OID, [5])).toBeUndefined();
    expect(cache.get(OID, undefined)).toBeUndefined();
    cache.set(OID, [5], [HIT]); // a scan with other rules replaces it: the latest paths win
    expect(cache.get(OID, [5])).toEqual({ hits: [HIT] });
    expect(cache.get(OID, [4])).toBeUndefined();
    cache.set(OID, undefined, [HIT]);
    cache.set(OID, [], []); // a narrower scan never replaces a wider one
    expect(cache.get(OID, [9])).toEqual({ hits: [HIT] });
  });

  it('keeps which rules ran across runs, on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stanch-cache-'));
    const first = await openBlobCache(dir, 'pack1');
    first.set(OID, [2], []);
    first.set('b'.repeat(40), [], [HIT]);
    first.set('c'.repeat(40), undefined, []);
    await first.save();
    const second = await openBlobCache(dir, 'pack1');
    expect(second.get(OID, [2])).toBe('clean');
    expect(second.get(OID, [2, 7])).toBeUndefined();
    expect(second.get('b'.repeat(40), [])).toEqual({ hits: [HIT] });
    expect(second.get('b'.repeat(40), [1])).toBeUndefined();
    expect(second.get('c'.repeat(40), undefined)).toBe('clean');
    expect((await openBlobCache(dir, 'pack2')).get(OID, [])).toBeUndefined();
  });
});
