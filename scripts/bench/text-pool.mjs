// Deterministic content for benchmark inputs: a small seeded PRNG (mulberry32), and real-world text files of this
// repository's node_modules sampled by it from the sorted list of candidates (same lockfile, same pool everywhere).
import { readFileSync, statSync } from 'node:fs';
import fg from 'fast-glob';

const PATTERN = 'node_modules/**/*.{js,mjs,cjs,ts,md,json,txt,yml,yaml,css,html}';

/** Up to `limit` text files (1 KB – 200 KB, no NUL byte) as {path, text}, drawn without repetition by `seed`. */
export function loadTextPool(limit = 4000, seed = 7) {
  // No dot folders: node_modules/.vite and .cache hold tool caches that change between runs and machines.
  const candidates = fg.sync(PATTERN, { dot: false, followSymbolicLinks: false }).sort().filter((path) => {
    const size = statSync(path).size;
    return size >= 1024 && size <= 200 * 1024;
  });
  const random = createRandom(seed);
  const pool = [];
  // A partial Fisher–Yates shuffle: the first `limit` positions become a uniform sample.
  for (let i = 0; i < candidates.length && pool.length < limit; i++) {
    const j = i + pick(random, candidates.length - i);
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
    const text = readFileSync(candidates[i], 'utf8');
    if (!text.includes('\0')) pool.push({ path: candidates[i].replace(/^node_modules\//, 'vendor/'), text });
  }
  return pool;
}

/** Returns a function producing floats in [0, 1) from a 32-bit seed. */
export function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function pick(random, n) {
  return Math.floor(random() * n);
}
