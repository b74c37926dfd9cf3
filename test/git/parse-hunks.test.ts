import { describe, expect, it } from 'vitest';
import { formatDiffHeader, parseAddedLines } from '../../src/git/parse-hunks.js';

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

  it('does not read content lines that look like headers', () => {
    const tricky = ['diff --git a/x b/x', '@@ -0,0 +1,2 @@', '+diff --git a/y b/y', '+@@ -0,0 +9 @@', ''].join('\n');
    expect([...parseAddedLines(tricky)]).toEqual([['a/x b/x', [[1, 2]]]]);
  });
});
