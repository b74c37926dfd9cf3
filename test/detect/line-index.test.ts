import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLineIndex, locate, sliceLines } from '../../src/detect/line-index.js';

// Reference: split on \r\n, \n or \r and walk to the offset.
function naiveLocate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe('line index', () => {
  it('agrees with a naive walk for arbitrary text and offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', 'é') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        expect(locate(buildLineIndex(text), offset)).toEqual(naiveLocate(text, offset));
      }),
    );
  });

  it('caps very long lines to a window around the match', () => {
    const text = `${'a'.repeat(5000)}SECRET${'b'.repeat(5000)}`;
    const slice = sliceLines(buildLineIndex(text), 0, 0, 5000, 5006);
    expect(slice.length).toBeLessThanOrEqual(402);
    expect(slice).toContain('SECRET');
  });
});

describe('capped lines', () => {
  it('never cut a neighbouring token in half (it could be a secret that redaction must find whole)', () => {
    const other = 'Zq8Wm2Kx7Lp4Rt9Vb3Nc6Hd1Jf5Gs0Ya';
    const text = `x="${other}${'a'.repeat(0)}" ${'y'.repeat(300)} MATCH ${'z'.repeat(300)} k="${other}"`;
    const from = text.indexOf('MATCH');
    const slice = sliceLines(buildLineIndex(text), 0, 0, from, from + 5, 200);
    for (const part of slice.split(/[\s"=…]+/)) expect(other.includes(part) && part !== other && part.length > 0).toBe(false);
    expect(slice).toContain('MATCH');
  });
});
