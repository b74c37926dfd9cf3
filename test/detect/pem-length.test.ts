import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isTruncatedKey } from '../../src/detect/pem-length.js';

// Keys are generated here, at test time: none is committed.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();

describe('isTruncatedKey', () => {
  it('reads whole keys as whole, also JSON-escaped or indented', () => {
    expect(isTruncatedKey(pem)).toBe(false);
    expect(isTruncatedKey(ec)).toBe(false);
    expect(isTruncatedKey(pem.replace(/\n/g, '\\n'))).toBe(false);
    expect(isTruncatedKey(pem.replace(/\n/g, '\n    '))).toBe(false);
  });

  it('reads a key cut to its first lines as truncated', () => {
    const lines = pem.trim().split('\n');
    const cut = [...lines.slice(0, 3), lines[lines.length - 1]].join('\n');
    expect(isTruncatedKey(cut)).toBe(true);
  });

  it('leaves formats without a DER length alone (OpenSSH keys, non-base64 bodies)', () => {
    expect(isTruncatedKey('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB\n-----END OPENSSH PRIVATE KEY-----')).toBe(false);
    expect(isTruncatedKey('-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----')).toBe(false);
  });

  it('reads a bare base64 key, also split over string literals, and its cut-short copy', () => {
    const bare = pem.replace(/-----[A-Z ]+-----|\s/g, '');
    expect(isTruncatedKey(bare)).toBe(false);
    expect(isTruncatedKey(bare.match(/.{1,64}/g)?.join('" +\n    "') ?? '')).toBe(false);
    expect(isTruncatedKey(`${bare.slice(0, 64)}...`)).toBe(false);
    expect(isTruncatedKey(bare.slice(0, 120))).toBe(true);
  });
});
