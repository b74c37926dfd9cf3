import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENCODINGS } from '../detect/encoded-runs.js';
import { HIT_GRADES } from '../detect/match-rule.js';
import { ENGINE_REVISION, VERSION } from '../version.js';
import type { StoredHit } from './stored-hit.js';

// The persistent scan cache under the repository's git directory, one pair of files per stanch version and
// rule pack: blobs known clean, and blobs with hits (positions and a digest only: never the secret itself).
// Safe to delete; a new pack or version simply starts new files.

/** What earlier runs learned about blobs, and a way to record more. */
export interface BlobCache {
  has: (oid: string) => boolean;
  add: (oid: string) => void;
  hits: (oid: string) => readonly StoredHit[] | undefined;
  addHits: (oid: string, hits: readonly StoredHit[]) => void;
  /** Writes what was added this run. */
  save: () => Promise<void>;
}

/** A cache for this run only (`--no-cache`): nothing is read from or written to disk. */
export function createMemoryCache(): BlobCache {
  const clean = new Set<string>();
  const dirty = new Map<string, readonly StoredHit[]>();
  return {
    has: (oid) => clean.has(oid),
    add: (oid) => void clean.add(oid),
    hits: (oid) => dirty.get(oid),
    addHits: (oid, hits) => void dirty.set(oid, hits),
    save: async () => undefined,
  };
}

/** Opens the cache for `packHash` under `<gitDir>/stanch/cache-v1/`. */
export async function openBlobCache(gitDir: string, packHash: string): Promise<BlobCache> {
  const dir = join(gitDir, 'stanch', 'cache-v1');
  const cleanPath = join(dir, `clean-${VERSION}r${ENGINE_REVISION}-${packHash}.txt`);
  const hitsPath = join(dir, `hits-${VERSION}r${ENGINE_REVISION}-${packHash}.jsonl`);
  const memory = createMemoryCache();
  for (const line of (await readOptional(cleanPath)).split('\n')) if (/^[0-9a-f]{40,64}$/.test(line)) memory.add(line);
  for (const line of (await readOptional(hitsPath)).split('\n')) {
    const entry = parseHitsLine(line);
    if (entry !== undefined) memory.addHits(entry.oid, entry.hits);
  }
  const addedClean: string[] = [];
  const addedHits: string[] = [];
  return {
    has: memory.has,
    hits: memory.hits,
    add: (oid) => {
      if (!memory.has(oid)) addedClean.push(oid);
      memory.add(oid);
    },
    addHits: (oid, hits) => {
      if (memory.hits(oid) === undefined) addedHits.push(JSON.stringify({ oid, hits }));
      memory.addHits(oid, hits);
    },
    save: async () => {
      if (addedClean.length === 0 && addedHits.length === 0) return;
      await mkdir(dir, { recursive: true });
      if (addedClean.length > 0) await appendFile(cleanPath, `${addedClean.splice(0).join('\n')}\n`);
      if (addedHits.length > 0) await appendFile(hitsPath, `${addedHits.splice(0).join('\n')}\n`);
    },
  };
}

async function readOptional(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return ''; // no cache yet (or unreadable): the scan is simply cold
  }
}

// A torn or foreign line is ignored, never trusted.
function parseHitsLine(line: string): { oid: string; hits: StoredHit[] } | undefined {
  if (line === '') return undefined;
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || !('oid' in value) || !('hits' in value)) return undefined;
    const { oid, hits } = value;
    if (typeof oid !== 'string' || !Array.isArray(hits) || !hits.every(isStoredHit)) return undefined;
    return { oid, hits };
  } catch {
    return undefined;
  }
}

function isStoredHit(value: unknown): value is StoredHit {
  if (typeof value !== 'object' || value === null) return false;
  const isOneOf = (key: string, values: readonly string[]): boolean => {
    const field: unknown = Reflect.get(value, key);
    return field === undefined || values.some((v) => v === field);
  };
  if (!isOneOf('grade', HIT_GRADES) || !isOneOf('via', ENCODINGS)) return false;
  return ['rule', 'line', 'column', 'endLine', 'endColumn', 'secretStart', 'secretEnd'].every((k) => k in value && typeof Reflect.get(value, k) === 'number') && 'digest' in value && typeof value.digest === 'string';
}
