import { describe, expect, it } from 'vitest';
import { parseRawEntries } from '../../src/git/parse-raw.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);

describe('parseRawEntries', () => {
  it('reads added, modified and renamed entries with their modes, blobs and paths', () => {
    const fields = [`:000000 100644 ${Z} ${A} A`, 'new file.js', `:100644 100644 ${A} ${B} M`, 'ünï.js', `:100644 100644 ${A} ${B} R087`, 'old.js', 'new.js', 'next'];
    const { entries, next } = parseRawEntries(fields, 0);
    expect(entries).toEqual([
      { oldMode: '000000', newMode: '100644', oldOid: Z, newOid: A, status: 'A', oldPath: 'new file.js', path: 'new file.js' },
      { oldMode: '100644', newMode: '100644', oldOid: A, newOid: B, status: 'M', oldPath: 'ünï.js', path: 'ünï.js' },
      { oldMode: '100644', newMode: '100644', oldOid: A, newOid: B, status: 'R', oldPath: 'old.js', path: 'new.js' },
    ]);
    expect(fields[next]).toBe('next');
  });

  it('stops at the first field that is not an entry', () => {
    expect(parseRawEntries(['\u0001abc', `:100644 000000 ${A} ${Z} D`, 'x'], 0)).toEqual({ entries: [], next: 0 });
  });
});
