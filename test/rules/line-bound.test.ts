import { describe, expect, it } from 'vitest';
import { isLineBound } from '../../src/rules/line-bound.js';

describe('isLineBound', () => {
  it('accepts patterns that cannot match a line feed', () => {
    for (const source of ['\\bapi_key[ \\t]{0,3}=[ \\t]{0,3}([A-Za-z0-9]{20})', '[^\\s"\']{8,}', '[^\\n]{1,40}', 'a.b', '\\w\\d\\S\\\\s', '[\\t -~]{4}']) {
      expect(isLineBound(source), source).toBe(true);
    }
  });

  it('rejects anything that can, or that it cannot prove cannot', () => {
    for (const source of ['a\\sb', '[\\s\\S]', '[^"]{4,}', '\\W', '\\D', '\\x0a', '\\u000a', '[\\x00-\\x7f]', '[\\0-~]', 'a[^]b', 'a\nb']) {
      expect(isLineBound(source), source).toBe(false);
    }
    expect(isLineBound('a.b', 's')).toBe(false);
  });
});
