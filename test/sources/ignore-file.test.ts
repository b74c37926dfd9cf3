import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIgnoreMatcher, parseIgnore } from '../../src/sources/ignore-file.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// gitignore syntax as .stanchignore (and .gitignore outside git) use it.

describe('parseIgnore', () => {
  it('matches a bare name at any depth, as a file or a folder', () => {
    const ignored = parseIgnore('secrets.txt\nfixtures\n');
    expect(['secrets.txt', 'a/b/secrets.txt', 'fixtures/x.js', 'test/fixtures/y/z.js'].filter((p) => ignored(p))).toHaveLength(4);
    expect(ignored('secrets.txt.bak')).toBe(false);
  });

  it('matches a folder pattern against the folder itself only when told it is a folder', () => {
    const ignored = parseIgnore('pgdata/\n');
    expect(ignored('pgdata', true)).toBe(true);
    expect(ignored('pgdata')).toBe(false);
    expect(ignored('data/pgdata', true)).toBe(true);
    expect(ignored('pgdata/base/1')).toBe(true);
  });

  it('anchors patterns that contain a slash, and a trailing slash matches folders only', () => {
    const ignored = parseIgnore('/build\ndocs/api/\nlogs/\n');
    expect(ignored('build/app.js')).toBe(true);
    expect(ignored('web/build/app.js')).toBe(false);
    expect(ignored('docs/api/index.html')).toBe(true);
    expect(ignored('x/docs/api/index.html')).toBe(false);
    expect(ignored('logs/today.txt')).toBe(true);
    expect(ignored('logs')).toBe(false);
  });

  it('lets the last matching line win, so `!` re-includes', () => {
    const ignored = parseIgnore('*.env\n!example.env\n');
    expect(ignored('prod.env')).toBe(true);
    expect(ignored('config/example.env')).toBe(false);
  });

  it('skips comments and blank lines, supports ** and escaped # and !', () => {
    const ignored = parseIgnore('# a comment\n\n**/tmp/**\n\\#notes\n\\!bang\n');
    expect(ignored('a/tmp/b/c')).toBe(true);
    expect(ignored('# a comment')).toBe(false);
    expect(ignored('#notes')).toBe(true);
    expect(ignored('!bang')).toBe(true);
  });
});

describe('loadIgnoreMatcher', () => {
  it('reads .stanchignore from the root, and ignores nothing when there is none', async () => {
    const dir = makeTempProject({});
    expect((await loadIgnoreMatcher(dir))('anything')).toBe(false);
    writeFileSync(join(dir, '.stanchignore'), 'fixtures/\n');
    expect((await loadIgnoreMatcher(dir))('fixtures/demo/.env')).toBe(true);
  });
});
