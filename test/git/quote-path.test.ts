import { describe, expect, it } from 'vitest';
import { quoteGitPath } from '../../src/git/quote-path.js';

describe('quoteGitPath', () => {
  it('leaves spaces, unicode and glob characters alone (core.quotePath=false)', () => {
    expect(quoteGitPath('a/dir with space/ünï [*]?.js')).toBe('a/dir with space/ünï [*]?.js');
  });

  it('quotes double quotes, backslashes and control characters like git', () => {
    expect(quoteGitPath('a/q"uo\\te.js')).toBe('"a/q\\"uo\\\\te.js"');
    expect(quoteGitPath('a/tab\there\n.js')).toBe('"a/tab\\there\\n.js"');
    expect(quoteGitPath('a/del\u007f\u0001.js')).toBe('"a/del\\177\\001.js"');
  });
});
