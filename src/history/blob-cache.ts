import { HIDINGS } from '../detect/encoded-runs.js';
import { HIT_GRADES } from '../detect/match-rule.js';
import type { ScopedRules } from '../pipeline/detect-blob.js';
import { appendCacheLines, cacheFile, packFileName, parseJsonLine, readCacheLines } from './cache-files.js';
import { coversScoped, internScoped, parseScoped } from './scoped-rules.js';
import type { StoredHit } from './stored-hit.js';

// The persistent scan cache under the repository's git directory, one pair of files per stanch version and
// rule pack: blobs known clean, and blobs with hits (positions and a digest only: never the secret itself).
// Each entry records which path-scoped rules ran on the blob; it answers only for runs that need no others.
// Safe to delete; a new pack or version simply starts new files.

/** What the cache knows of a blob scanned with enough rules: clean, or its hits. */
export type CachedBlob = { hits: readonly StoredHit[] } | 'clean';

/** What earlier runs learned about blobs, and a way to record more. */
export interface BlobCache {
  /** The blob's entry, if it was scanned with (at least) the `scoped` rules. */
  get: (oid: string, scoped: ScopedRules) => CachedBlob | undefined;
  /** Records a scan of the blob with the `scoped` rules: no hits, or these. */
  set: (oid: string, scoped: ScopedRules, hits: readonly StoredHit[]) => void;
  /** Writes what was added this run. */
  save: () => Promise<void>;
}

type Entry = { scoped: ScopedRules; hits: readonly StoredHit[] };

const NO_HITS: readonly StoredHit[] = Object.freeze([]);

/** A cache for this run only (`--no-cache`): nothing is read from or written to disk. */
export function createMemoryCache(): BlobCache {
  const entries = new Map<string, Entry>();
  // Clean entries are shared by plan (a handful of lists for thousands of blobs): fewer objects for the GC.
  const cleanEntries = new Map<ScopedRules, Entry>();
  const entryOf = (scoped: ScopedRules, hits: readonly StoredHit[]): Entry => {
    if (hits.length > 0) return { scoped, hits };
    let entry = cleanEntries.get(scoped);
    if (entry === undefined) cleanEntries.set(scoped, (entry = { scoped, hits: NO_HITS }));
    return entry;
  };
  return {
    get: (oid, scoped) => {
      const entry = entries.get(oid);
      if (entry === undefined || !coversScoped(entry.scoped, scoped)) return undefined;
      return entry.hits.length === 0 ? 'clean' : { hits: entry.hits };
    },
    set: (oid, scoped, hits) => {
      const entry = entries.get(oid);
      // A scan the entry already covers adds nothing; any other replaces it (the latest paths win).
      if (entry === undefined || !coversScoped(entry.scoped, scoped)) entries.set(oid, entryOf(scoped, hits));
    },
    save: async () => undefined,
  };
}

/** Opens the cache for `packHash` under `<gitDir>/stanch/cache-v1/`. */
export async function openBlobCache(gitDir: string, packHash: string): Promise<BlobCache> {
  const cleanPath = cacheFile(gitDir, packFileName('clean', packHash, 'txt'));
  const hitsPath = cacheFile(gitDir, packFileName('hits', packHash, 'jsonl'));
  const memory = createMemoryCache();
  for (const line of readCacheLines(cleanPath)) {
    const space = line.indexOf(' ');
    const oid = space < 0 ? line : line.slice(0, space);
    if (/^[0-9a-f]{40,64}$/.test(oid)) memory.set(oid, space < 0 ? undefined : parseScoped(line.slice(space + 1)), NO_HITS);
  }
  for (const line of readCacheLines(hitsPath)) {
    const entry = parseHitsLine(line);
    if (entry !== undefined) memory.set(entry.oid, entry.scoped, entry.hits);
  }
  const addedClean: string[] = [];
  const addedHits: string[] = [];
  return {
    get: memory.get,
    set: (oid, scoped, hits) => {
      if (memory.get(oid, scoped) !== undefined) return;
      memory.set(oid, scoped, hits);
      if (hits.length === 0) addedClean.push(scoped === undefined ? oid : `${oid} ${scoped.join(',')}`);
      else addedHits.push(JSON.stringify({ oid, hits, ...(scoped === undefined ? {} : { scoped }) }));
    },
    save: async () => {
      await appendCacheLines(cleanPath, addedClean.splice(0));
      await appendCacheLines(hitsPath, addedHits.splice(0));
    },
  };
}

// A torn or foreign line is ignored, never trusted.
function parseHitsLine(line: string): { oid: string; scoped: ScopedRules; hits: StoredHit[] } | undefined {
  const value = parseJsonLine(line);
  if (typeof value !== 'object' || value === null || !('oid' in value) || !('hits' in value)) return undefined;
  const { oid, hits } = value;
  const scoped: unknown = Reflect.get(value, 'scoped');
  if (typeof oid !== 'string' || !Array.isArray(hits) || !hits.every(isStoredHit)) return undefined;
  if (scoped !== undefined && !(Array.isArray(scoped) && scoped.every((n) => Number.isInteger(n)))) return undefined;
  return { oid, hits, scoped: Array.isArray(scoped) ? internScoped(scoped.filter((n): n is number => typeof n === 'number')) : undefined };
}

function isStoredHit(value: unknown): value is StoredHit {
  if (typeof value !== 'object' || value === null) return false;
  const isOneOf = (key: string, values: readonly string[]): boolean => {
    const field: unknown = Reflect.get(value, key);
    return field === undefined || values.some((v) => v === field);
  };
  if (!isOneOf('grade', HIT_GRADES) || !isOneOf('via', HIDINGS)) return false;
  if (!['devBlock', 'prodFile', 'managedHost', 'deployBlock', 'buildStage'].every((flag) => [undefined, true].includes(Reflect.get(value, flag)))) return false;
  if (!['undefined', 'string'].includes(typeof Reflect.get(value, 'embeddedPath'))) return false;
  return ['rule', 'line', 'column', 'endLine', 'endColumn', 'secretStart', 'secretEnd'].every((k) => k in value && typeof Reflect.get(value, k) === 'number') && 'digest' in value && typeof value.digest === 'string';
}
