import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';

async function init(dir: string, args: string[] = []) {
  const io = createFakeIo(dir, { env: GIT_TEST_ENV });
  return { code: await run(['init', ...args], io), out: io.out() };
}

describe('stanch init', () => {
  it('adds stanch staged to husky hooks without clobbering, and is idempotent', async () => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ devDependencies: { husky: '^9.0.0' } }));
    repo.write('.husky/pre-commit', 'npm run lint\n');
    expect((await init(repo.dir)).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm run lint\nstanch staged\n');
    expect(readFileSync(join(repo.dir, '.husky/pre-merge-commit'), 'utf8')).toBe('stanch staged\n');
    const again = await init(repo.dir);
    expect(again.out).toContain('keep .husky/pre-commit (stanch staged already there)');
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm run lint\nstanch staged\n');
  });

  it('writes executable plain hooks that respect core.hooksPath', async () => {
    const repo = makeRepo();
    repo.git('config', 'core.hooksPath', 'githooks');
    await init(repo.dir);
    const hook = join(repo.dir, 'githooks/pre-commit');
    expect(readFileSync(hook, 'utf8')).toMatch(/^#!\/bin\/sh\n.*stanch staged/s);
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it('changes nothing with --dry-run', async () => {
    const repo = makeRepo();
    const result = await init(repo.dir, ['--dry-run']);
    expect(result.out).toContain('would create .git/hooks/pre-commit');
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
  });
});

describe('hook files shipped with stanch', () => {
  it('declares a pre-commit framework hook', () => {
    const yaml = readFileSync('.pre-commit-hooks.yaml', 'utf8');
    expect(yaml).toMatch(/id: stanch/);
    expect(yaml).toMatch(/entry: stanch staged/);
    expect(yaml).toMatch(/language: node/);
    expect(yaml).toMatch(/pass_filenames: false/);
  });

  it('guards this repository with its own husky hook', () => {
    expect(readFileSync('.husky/pre-commit', 'utf8')).toContain('dist/cli.js staged');
  });
});
