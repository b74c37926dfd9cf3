import { describe, expect, it } from 'vitest';
import { verifyBech32 } from '../../src/detect/bech32.js';

// The valid and invalid strings of BIP-173 and BIP-350's test vectors, and a changed character.
describe('verifyBech32', () => {
  it("accepts BIP-173's bech32 and BIP-350's bech32m test vectors, in either case", () => {
    for (const value of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', 'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w', 'A1LQFN3A', 'abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx']) {
      expect(verifyBech32(value)).toBe(true);
    }
  });

  it('rejects a changed character, mixed case, no separator and characters outside the alphabet', () => {
    expect(verifyBech32('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx')).toBe(false);
    expect(verifyBech32('A12uEL5L')).toBe(false);
    expect(verifyBech32('pzry9x0s0muk')).toBe(false);
    expect(verifyBech32('a12uelbl')).toBe(false);
    expect(verifyBech32('1qzzfhee')).toBe(false);
  });
});
