import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isTruncatedPem } from '../../src/detect/pem-length.js';

// Keys are generated here, at test time: none is committed.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();

describe('isTruncatedPem', () => {
  it('reads whole keys as whole, also JSON-escaped or indented', () => {
    expect(isTruncatedPem(pem)).toBe(false);
    expect(isTruncatedPem(ec)).toBe(false);
    expect(isTruncatedPem(pem.replace(/\n/g, '\\n'))).toBe(false);
    expect(isTruncatedPem(pem.replace(/\n/g, '\n    '))).toBe(false);
  });

  it('reads a key cut to its first lines as truncated', () => {
    const lines = pem.trim().split('\n');
    const cut = [...lines.slice(0, 3), lines[lines.length - 1]].join('\n');
    expect(isTruncatedPem(cut)).toBe(true);
  });

  it('leaves formats without a DER length alone (OpenSSH keys, non-base64 bodies)', () => {
    expect(isTruncatedPem('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB\n-----END OPENSSH PRIVATE KEY-----')).toBe(false);
    expect(isTruncatedPem('-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----')).toBe(false);
  });
});
