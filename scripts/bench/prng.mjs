// A small deterministic PRNG (mulberry32) so benchmark inputs are identical on every machine.

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
