// Bech32 (BIP-173) strings: a human-readable part, `1`, then data in a 32-character alphabet ending in a 6-character
// BCH checksum over both. Nostr's `nsec1…` private keys and age's `AGE-SECRET-KEY-1…` identities use it; bech32m
// (BIP-350) differs only in the constant the checksum must reach.

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32 = 1;
const BECH32M = 0x2bc830a3;

/** Whether a bech32 or bech32m string's checksum holds (one case throughout, as the format requires). */
export function verifyBech32(value: string): boolean {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const text = value.toLowerCase();
  const cut = text.lastIndexOf('1');
  if (cut < 1 || text.length - cut < 7) return false;
  const values: number[] = [];
  for (let i = 0; i < cut; i++) values.push(text.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < cut; i++) values.push(text.charCodeAt(i) & 31);
  for (const ch of text.slice(cut + 1)) {
    const digit = CHARSET.indexOf(ch);
    if (digit < 0) return false;
    values.push(digit);
  }
  const check = polymod(values);
  return check === BECH32 || check === BECH32M;
}

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ value) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (GENERATOR[i] ?? 0)) >>> 0;
  }
  return chk;
}
