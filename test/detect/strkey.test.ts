import { describe, expect, it } from 'vitest';
import { verifyStrKey } from '../../src/detect/strkey.js';

// Stellar StrKeys are built here (version byte, key bytes, CRC16-XModem low byte first, base32), so the test checks
// the scheme rather than a few pasted values.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function crc16(bytes: readonly number[]): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function encodeStrKey(version: number, key: readonly number[]): string {
  const payload = [version, ...key];
  const crc = crc16(payload);
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of [...payload, crc & 0xff, crc >> 8]) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    for (bits += 8; bits >= 5; bits -= 5) out += BASE32[(buffer >> (bits - 5)) & 31];
  }
  return bits > 0 ? out + BASE32[(buffer << (5 - bits)) & 31] : out;
}

const key = (seed: number): number[] => Array.from({ length: 32 }, (_, i) => (seed * 31 + i * 97) % 256);

describe('verifyStrKey (Stellar secret seeds)', () => {
  it('accepts a seed whose last two bytes are the CRC16 of the rest, in S and in the account form', () => {
    for (const seed of [1, 7, 99]) {
      const secret = encodeStrKey(18 << 3, key(seed));
      expect(secret).toMatch(/^S[A-D][A-Z2-7]{54}$/);
      expect(verifyStrKey(secret)).toBe(true);
      expect(verifyStrKey(encodeStrKey(6 << 3, key(seed)))).toBe(true);
    }
  });

  it('rejects a changed character, a wrong length and characters outside base32', () => {
    const secret = encodeStrKey(18 << 3, key(5));
    expect(verifyStrKey(`${secret.slice(0, 20)}${secret[20] === 'A' ? 'B' : 'A'}${secret.slice(21)}`)).toBe(false);
    expect(verifyStrKey(secret.slice(0, -1))).toBe(false);
    expect(verifyStrKey(`${secret.slice(0, -1)}1`)).toBe(false);
    expect(verifyStrKey('SXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')).toBe(false);
  });
});
