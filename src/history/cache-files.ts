import { readFileSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ENGINE_REVISION, VERSION } from '../version.js';

// The files of the history caches (blobs, commits, path plans) under `<gitDir>/stanch/cache-v1/`: line-based,
// appended to, read whole. A missing, unreadable or damaged line only makes a run colder, never wrong.

/** The path of the cache file `fileName` of the repository whose common git directory is `gitDir`. */
export function cacheFile(gitDir: string, fileName: string): string {
  return join(gitDir, 'stanch', 'cache-v1', fileName);
}

/** The name of a cache file that holds detection results: per stanch version, engine revision and rule pack. */
export function packFileName(kind: string, packHash: string, ext: string): string {
  return `${kind}-${VERSION}r${ENGINE_REVISION}-${packHash}.${ext}`;
}

/**
 * The non-empty lines of a cache file; none when it does not exist yet or cannot be read. One synchronous read:
 * the promise API reads a few MB in chunks through the thread pool and decodes each (about 15 ms a warm audit).
 */
export function readCacheLines(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => line !== '');
}

/** Appends lines to a cache file, creating its folder. */
export async function appendCacheLines(path: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${lines.join('\n')}\n`);
}

/** A JSON line, or undefined when it is torn or not JSON. */
export function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
