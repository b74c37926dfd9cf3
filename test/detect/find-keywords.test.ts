import { describe, expect, it } from 'vitest';
import { findKeywordHits, findKeywordHitsInBytes } from '../../src/detect/find-keywords.js';
import { preparePack } from '../../src/detect/prepare-pack.js';
import { buildTestPack } from '../helpers/rule-pack.js';

// The keyword prefilter must report every occurrence of every keyword (overlapping, nested, any case), for the
// rules that keyword enables: a missed offset is a missed secret.

// Every offset of each rule's keywords, by brute force.
function naiveHits(text: string, keywordsByRule: readonly (readonly string[])[]): Map<number, number[]> {
  const lower = text.toLowerCase();
  const hits = new Map<number, number[]>();
  keywordsByRule.forEach((keywords, rule) => {
    for (const keyword of keywords) {
      for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) hits.set(rule, [...(hits.get(rule) ?? []), at]);
    }
  });
  return hits;
}

function sorted(hits: Map<number, number[]>): [number, number[]][] {
  return [...hits].map(([rule, offsets]): [number, number[]] => [rule, [...new Set(offsets)].sort((a, b) => a - b)]).sort((a, b) => a[0] - b[0]);
}

describe('findKeywordHits', () => {
  it('finds every occurrence of overlapping and nested keywords, in any case, in strings and bytes', () => {
    let seed = 5;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const alphabet = 'ab_-';
    const word = (min: number, max: number): string => Array.from({ length: min + next(max - min + 1) }, () => alphabet[next(alphabet.length)]).join('');
    for (let round = 0; round < 500; round++) {
      const keywordsByRule = Array.from({ length: 1 + next(6) }, () => [...new Set(Array.from({ length: 1 + next(3) }, () => word(2, 6)))]);
      const pack = preparePack(buildTestPack(keywordsByRule.map((keywords, i) => ({ id: `rule-${i}`, keywords, pattern: 'zz' }))));
      const text = Array.from({ length: next(300) }, () => (next(5) === 0 ? 'B' : alphabet[next(alphabet.length)] ?? 'x')).join('');
      const expected = sorted(naiveHits(text, keywordsByRule));
      expect(sorted(findKeywordHits(pack, text))).toEqual(expected);
      expect(sorted(findKeywordHitsInBytes(pack, Buffer.from(text, 'latin1')))).toEqual(expected);
    }
  });

  it('reports a keyword that ends inside a longer one added before it (its state is reached through a failure link)', () => {
    const pack = preparePack(buildTestPack([{ id: 'long', keywords: ['xabc'], pattern: 'zz' }, { id: 'short', keywords: ['ab'], pattern: 'zz' }]));
    expect(sorted(findKeywordHits(pack, 'zxabz'))).toEqual([[1, [2]]]);
    expect(sorted(findKeywordHits(pack, 'xabc'))).toEqual([[0, [0]], [1, [1]]]);
  });
});
