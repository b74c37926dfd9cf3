import { readdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

// File names that are not valid UTF-8 reach us decoded with U+FFFD in place of the bad bytes, and such a
// string names no file. This finds the real name (as bytes) so the file is still read, not reported missing.

/** The byte path of the file whose decoded name is `absolute`, or undefined when there is none. */
export async function findLossyPath(absolute: string): Promise<Buffer | undefined> {
  if (!absolute.includes('\uFFFD')) return undefined;
  const parent = dirname(absolute);
  const parentBytes = parent.includes('\uFFFD') ? await findLossyPath(parent) : Buffer.from(parent);
  if (parentBytes === undefined) return undefined;
  const name = basename(absolute);
  try {
    const entries = await readdir(parentBytes, { encoding: 'buffer' });
    const match = entries.find((entry) => entry.toString('utf8') === name);
    return match === undefined ? undefined : Buffer.concat([parentBytes, Buffer.from('/'), match]);
  } catch {
    return undefined;
  }
}
