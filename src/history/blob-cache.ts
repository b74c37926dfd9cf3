import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VERSION } from '../version.js';

// The persistent cache of blobs known to hold nothing: one file of object ids per stanch version and rule pack,
// under the repository's git directory. Safe to delete; a new pack or version simply starts a new file.

/** Blob ids already scanned clean, and a way to record more. */
export interface BlobCache {
  has: (oid: string) => boolean;
  add: (oid: string) => void;
  /** Writes what was added this run. */
  save: () => Promise<void>;
  readonly path?: string;
}

/** A cache for this run only (`--no-cache`): nothing is read from or written to disk. */
export function createMemoryCache(): BlobCache {
  const known = new Set<string>();
  return { has: (oid) => known.has(oid), add: (oid) => void known.add(oid), save: async () => undefined };
}

/** Opens the cache for `packHash` under `<gitDir>/stanch/cache-v1/`. */
export async function openBlobCache(gitDir: string, packHash: string): Promise<BlobCache> {
  const dir = join(gitDir, 'stanch', 'cache-v1');
  const path = join(dir, `clean-${VERSION}-${packHash}.txt`);
  const known = new Set<string>();
  try {
    for (const line of (await readFile(path, 'utf8')).split('\n')) if (/^[0-9a-f]{40,64}$/.test(line)) known.add(line);
  } catch {
    // No cache yet (or unreadable): start empty; the scan is simply cold.
  }
  const added: string[] = [];
  return {
    path,
    has: (oid) => known.has(oid),
    add: (oid) => {
      if (!known.has(oid)) {
        known.add(oid);
        added.push(oid);
      }
    },
    save: async () => {
      if (added.length === 0) return;
      await mkdir(dir, { recursive: true });
      await appendFile(path, `${added.splice(0).join('\n')}\n`);
    },
  };
}
