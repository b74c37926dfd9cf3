import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// `stanch scan` in a git work tree must not fall back to a plain folder walk when git cannot run: the walk
// misses force-added ignored files (a committed .env) and would report a clean tree.

const DB_URL = `postgres://shop:${['Rv4q', 'Lm8z', 'Tx2w'].join('')}@db.shop-prod.net/prod`;

async function stanch(cwd: string, args: string[], env: Record<string, string | undefined>) {
  const io = createFakeIo(cwd, { env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)) });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

function makeRepoWithForcedEnv() {
  const repo = makeRepo();
  repo.write('.gitignore', '.env\n');
  repo.write('.env', `DATABASE_URL=${DB_URL}\n`);
  repo.git('add', '.gitignore');
  repo.git('add', '-f', '.env');
  repo.git('commit', '-q', '-m', 'x');
  return repo;
}

describe('scan when git cannot run', () => {
  it('finds the force-added .env when git works', async () => {
    const result = await stanch(makeRepoWithForcedEnv().dir, ['scan', '-f', 'json'], GIT_TEST_ENV);
    expect(result.code).toBe(1);
    expect(result.out).toContain('"path": ".env"');
  });

  it('exits 2 when git is missing from PATH inside a work tree (and from a subfolder)', async () => {
    const repo = makeRepoWithForcedEnv();
    repo.write('sub/a.txt', 'a\n');
    for (const cwd of [repo.dir, `${repo.dir}/sub`]) {
      const result = await stanch(cwd, ['scan'], { ...GIT_TEST_ENV, PATH: '/nonexistent' });
      expect(result.code).toBe(2);
      expect(result.out).not.toContain('No findings');
      expect(result.err).toMatch(/^stanch: git not found on PATH.*\nhint: \S/);
    }
  });

  it('walks a plain folder when git is missing and no repository is above it', async () => {
    const dir = makeTempProject({ '.env': `DATABASE_URL=${DB_URL}\n` });
    const result = await stanch(dir, ['scan', '-f', 'json'], { ...GIT_TEST_ENV, PATH: '/nonexistent' });
    expect(result.code).toBe(1);
    expect(result.out).toContain('"path": ".env"');
  });

  it('exits 2 with a safe.directory hint when git refuses a repository owned by another user', async () => {
    const repo = makeRepoWithForcedEnv();
    const env = { ...GIT_TEST_ENV, GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' };
    for (const args of [['scan'], ['scan', '.env'], ['staged'], ['history', '--no-cache']]) {
      const result = await stanch(repo.dir, args, env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.out).not.toContain('No findings');
      expect(result.err).toMatch(/^stanch: git refuses .*dubious ownership.*\nhint: .*git config --global --add safe\.directory /);
      expect(result.err).toContain(repo.dir);
    }
  });
});
