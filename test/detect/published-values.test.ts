import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPublishedCredential } from '../../src/detect/published-values.js';

// Published credentials are matched by hash so that the repository holds none in clear; this invented value stands
// in for one (the real list holds the Epic Games Launcher's client secret, sample 449).
const INVENTED = 'c41f7e0a92db4e35a8f1b6c0d3e7925a';
const HASHES = new Set([createHash('sha256').update(INVENTED).digest('hex')]);

describe('isPublishedCredential', () => {
  it('matches a value whose SHA-256 is listed, and nothing else', () => {
    expect(isPublishedCredential(INVENTED, HASHES)).toBe(true);
    expect(isPublishedCredential('c41f7e0a92db4e35a8f1b6c0d3e7925b', HASHES)).toBe(false);
  });

  it('matches neither an invented value nor an everyday word against the built-in list', () => {
    expect(isPublishedCredential(INVENTED)).toBe(false);
    expect(isPublishedCredential('password')).toBe(false);
  });

  it('matches a hash whose dollar signs a compose label doubled or a shell string escaped', () => {
    const hash = '$apr1$Kq7mWz2p$Tn4Lx9RbVc2Hd8Ys1Jf6Ga';
    const hashes = new Set([createHash('sha256').update(hash).digest('hex')]);
    expect(isPublishedCredential(hash.replace(/\$/g, '$$$$'), hashes)).toBe(true);
    expect(isPublishedCredential(hash.replace(/\$/g, '\\$'), hashes)).toBe(true);
    expect(isPublishedCredential(hash.replace('Kq7m', 'Kq7n'), hashes)).toBe(false);
  });
});
