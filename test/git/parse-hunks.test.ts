import { describe, expect, it } from 'vitest';
import { createAddedLinesParser, formatDiffHeader } from '../../src/git/parse-hunks.js';

function parseAddedLines(patch: string, partSize = patch.length) {
  const parser = createAddedLinesParser();
  const bytes = Buffer.from(patch, 'utf8');
  for (let at = 0; at < bytes.length; at += Math.max(1, partSize)) parser.push(bytes.subarray(at, at + Math.max(1, partSize)));
  return parser.end();
}

const patch = [
  'diff --git a/app.js b/app.js',
  'index 1111111..2222222 100644',
  '--- a/app.js',
  '+++ b/app.js',
  '@@ -2 +2 @@ const a = 1;',
  '-old',
  '+new',
  '@@ -10,0 +11,3 @@',
  '+a',
  '+b',
  '+c',
  '@@ -20,2 +22,0 @@',
  '-gone',
  '-gone',
  '* Unmerged path conflicted.js',
  'diff --git a/link b/link',
  'deleted file mode 120000',
  '@@ -1 +0,0 @@',
  '-target',
  'diff --git a/link b/link',
  'new file mode 100644',
  '@@ -0,0 +1,2 @@',
  '+x',
  '+y',
  'diff --git "a/q\\"uote.js" "b/q\\"uote.js"',
  '@@ -0,0 +1 @@',
  '+z',
  '',
].join('\n');

describe('parseAddedLines', () => {
  const sections = parseAddedLines(patch);

  it('returns the new-side ranges of each hunk, ignoring pure deletions', () => {
    expect(sections.get(formatDiffHeader('app.js', 'app.js'))).toEqual([[2, 2], [11, 13]]);
  });

  it('merges the two sections a type change prints under one header', () => {
    expect(sections.get(formatDiffHeader('link', 'link'))).toEqual([[1, 2]]);
  });

  it('finds quoted paths by their git-quoted header, and nothing for paths without a section', () => {
    expect(sections.get(formatDiffHeader('q"uote.js', 'q"uote.js'))).toEqual([[1, 1]]);
    expect(sections.get(formatDiffHeader('conflicted.js', 'conflicted.js'))).toBeUndefined();
  });

  it('gives the same result however the stream is split, even inside headers and multi-byte characters', () => {
    const withUnicode = `${patch}diff --git a/ünï.js b/ünï.js\n@@ -1 +1,2 @@\n+${'x'.repeat(10_000)}\n`;
    const whole = parseAddedLines(withUnicode);
    for (const size of [1, 3, 7, 64, 4096]) expect(parseAddedLines(withUnicode, size)).toEqual(whole);
    expect(whole.get(formatDiffHeader('ünï.js', 'ünï.js'))).toEqual([[1, 2]]);
  });

  it('does not read content lines that look like headers', () => {
    const tricky = ['diff --git a/x b/x', '@@ -0,0 +1,2 @@', '+diff --git a/y b/y', '+@@ -0,0 +9 @@', ''].join('\n');
    expect([...parseAddedLines(tricky)]).toEqual([['a/x b/x', [[1, 2]]]]);
  });
});

describe('formatDiffHeader', () => {
  it('leaves spaces, unicode and glob characters alone (core.quotePath=false)', () => {
    expect(formatDiffHeader('dir with space/ünï [*]?.js', 'x.js')).toBe('a/dir with space/ünï [*]?.js b/x.js');
  });

  it('quotes double quotes, backslashes and control characters like git', () => {
    expect(formatDiffHeader('q"uo\\te.js', 'q"uo\\te.js')).toBe('"a/q\\"uo\\\\te.js" "b/q\\"uo\\\\te.js"');
    expect(formatDiffHeader('tab\there\n.js', 'del\u007f\u0001.js')).toBe('"a/tab\\there\\n.js" "b/del\\177\\001.js"');
  });
});
