import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlobs } from '../../src/detect/glob.js';

// Our matcher must agree with picomatch (dot: true) on the glob shapes rule files use.
const GLOBS = ['**/.npmrc', '**/settings/*.py', '**/*settings*.py', '**/.env.*', '*.md', 'docs/**', '**/{a,b}/*.y?ml', 'src/**/test/*.ts', '**/[Dd]ockerfile'];
const segment = fc.constantFrom('src', 'a', 'b', 'docs', 'settings', 'test', '.env', '.env.prod', '.npmrc', 'x.py', 'my_settings.py', 'c.yml', 'd.yaml', 'e.md', 'Dockerfile', 'dockerfile', 'f.ts');

describe('compileGlobs', () => {
  it.each(GLOBS)('agrees with picomatch for %s', (glob) => {
    const ours = compileGlobs([glob]);
    const theirs = picomatch(glob, { dot: true });
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
      const path = parts.join('/');
      expect(ours(path), path).toBe(theirs(path));
    }));
  });

  it('agrees with picomatch for a set of file-name and folder globs (name globs match the file name alone)', () => {
    const globs = ['**/*.{py,ts}', '**/[Dd]ockerfile', '**/.env.*', '**/*settings*.py', 'docs/**', '**/settings/*.py', 'src/**/test/*.ts'];
    const ours = compileGlobs(globs);
    const theirs = picomatch(globs, { dot: true });
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
      const path = parts.join('/');
      expect(ours(path), path).toBe(theirs(path));
    }));
  });
});
