import { createHash } from 'node:crypto';

// Long invented values that look random (no repeated block, which the detector reads as typed filler) and stay the
// same from run to run: SHA-256 of a seed and a counter, chained until long enough.

/** `length` hex digits derived from `seed`. */
export function deriveHex(seed: string, length: number): string {
  return derive(seed, length, (digest) => digest.toString('hex'));
}

/** `length` letters and digits derived from `seed`. */
export function deriveAlnum(seed: string, length: number): string {
  return derive(seed, length, (digest) => digest.toString('base64').replace(/[^A-Za-z0-9]/g, ''));
}

function derive(seed: string, length: number, encode: (digest: Buffer) => string): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += encode(createHash('sha256').update(`${seed}:${i}`).digest());
  return out.slice(0, length);
}
