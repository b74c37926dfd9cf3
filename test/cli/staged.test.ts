import { chmodSync, existsSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const STRIPE = ['sk', 'live', 'Pn4Ks8Wd2Qx6Vr9Tb3Hz7Lm1'].join('_');
const line = (n: number) => `const stripe${n} = require("stripe")("${STRIPE}");\n`;

async function staged(repo: TestRepo, env: Record<string, string> = {}) {
  const io = createFakeIo(repo.dir, { env: { ...GIT_TEST_ENV, ...env } });
  const code = await run(['staged', '-f', 'json'], io);
  const report = code === 2 ? undefined : JSON.parse(io.out());
  return { code, err: io.err(), findings: (report?.findings ?? []) as { path: string; line: number; ruleId: string }[], skipped: (report?.summary.skipped ?? []) as { path: string; reason: string }[] };
}

describe('stanch staged', () => {
  it('reports a staged secret on the first commit, with staged line numbers', async () => {
    const repo = makeRepo();
    repo.write('web/server.js', `// shop\n\n${line(1)}`);
    repo.git('add', '.');
    repo.write('web/server.js', `// inserted\n// lines\n// shop\n\n${line(1)}`); // unstaged edit moves the line
    const result = await staged(repo);
    expect(result.code).toBe(1);
    expect(result.findings).toMatchObject([{ path: 'web/server.js', line: 3, ruleId: 'stripe-secret-key' }]);
  });

  it('ignores unstaged secrets and already-committed lines, reports only added lines', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'app.js': `${line(1)}x = 1\n` });
    repo.write('app.js', `${line(1)}x = 2\n`);
    repo.git('add', 'app.js');
    repo.write('other.js', line(2)); // not staged
    expect(await staged(repo)).toMatchObject({ code: 0, findings: [] });
    repo.write('app.js', `${line(1)}x = 2\n${line(3)}`);
    repo.git('add', 'app.js');
    expect((await staged(repo)).findings.map((f) => f.line)).toEqual([3]);
  });

  it('reports a secret that is staged but deleted from the working tree; a staged deletion reports nothing', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'old.js': line(1) });
    repo.write('new.js', line(2));
    repo.git('add', 'new.js');
    unlinkSync(join(repo.dir, 'new.js'));
    repo.git('rm', '-q', 'old.js');
    expect((await staged(repo)).findings.map((f) => f.path)).toEqual(['new.js']);
  });

  it('reports a file renamed to a sensitive name, but not a move that keeps it', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'settings.txt': 'PORT=8080\nLOG_LEVEL=info\n', 'deploy/.env': 'PORT=8080\nREGION=eu\n' });
    repo.git('mv', 'settings.txt', '.env');
    expect((await staged(repo)).findings.map((f) => [f.path, f.ruleId])).toEqual([['.env', 'dotenv-file']]);
    repo.git('reset', '-q', '--hard');
    repo.git('mv', 'deploy/.env', '.env');
    expect((await staged(repo)).findings).toEqual([]);
  });

  it('reads the index named by GIT_INDEX_FILE (git commit -a / git commit <paths>)', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.js': 'x\n' });
    repo.write('a.js', `x\n${line(1)}`);
    const alt = join(repo.dir, '.git', 'alt-index');
    repo.git('read-tree', '--index-output=.git/alt-index', 'HEAD');
    spawnSync('git', ['add', 'a.js'], { cwd: repo.dir, env: { ...GIT_TEST_ENV, GIT_INDEX_FILE: alt } });
    expect((await staged(repo)).findings).toEqual([]);
    expect((await staged(repo, { GIT_INDEX_FILE: alt })).findings.map((f) => f.path)).toEqual(['a.js']);
  });

  it('handles paths with spaces, unicode, quotes, glob characters and leading dashes', async () => {
    const repo = makeRepo();
    const names = ['dir with space/a b.js', 'ünï/cødé.js', 'q"uo\'te.js', 'glob[*]?.js', '-dash.js'];
    for (const name of names) repo.write(name, line(1));
    repo.git('add', '--', '.');
    const found = (await staged(repo)).findings.map((f) => f.path).sort();
    expect(found).toEqual([...names].sort());
  });

  it('skips binary files, symlinks and submodule-like entries with a count, and renames report nothing new', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'keys.js': line(1) });
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]));
    symlinkSync('keys.js', join(repo.dir, 'link.js'));
    repo.git('mv', 'keys.js', 'moved.js');
    repo.git('add', '.');
    const result = await staged(repo);
    expect(result.findings).toEqual([]);
    expect(result.skipped).toEqual(expect.arrayContaining([{ path: 'logo.png', reason: 'binary' }, { path: 'link.js', reason: 'symlink (not followed)' }]));
  });

  it('reads a type change (symlink to file) and keeps later paths aligned with their added lines', async () => {
    const repo = makeRepo();
    repo.write('target.js', 'x\n');
    symlinkSync('target.js', join(repo.dir, 'config.js'));
    repo.commit('init');
    unlinkSync(join(repo.dir, 'config.js'));
    repo.write('config.js', `x\n${line(1)}`);
    repo.write('later.js', `a\n${line(2)}`);
    repo.git('add', '.');
    expect((await staged(repo)).findings.map((f) => `${f.path}:${f.line}`)).toEqual(['config.js:2', 'later.js:2']);
  });

  it('skips unmerged paths with a reason and still scans the resolved ones', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'conf.js': 'a = 1\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature', { 'conf.js': 'a = 2\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main change', { 'conf.js': 'a = 3\n' });
    spawnSync('git', ['merge', 'feature'], { cwd: repo.dir, env: GIT_TEST_ENV });
    repo.write('keys.js', line(1));
    repo.git('add', 'keys.js');
    const result = await staged(repo);
    expect(result.findings.map((f) => f.path)).toEqual(['keys.js']);
    expect(result.skipped).toEqual([{ path: 'conf.js', reason: 'unmerged (resolve the conflict, then git add it)' }]);
  });

  it('ignores user diff settings that change patch output (noprefix, relative, submodule log, hunk context)', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.js': '1\n2\n3\n4\n5\n', 'sub/keep.txt': 'x\n' });
    for (const [key, value] of [['diff.noprefix', 'true'], ['diff.relative', 'true'], ['diff.submodule', 'log'], ['diff.interHunkContext', '10']]) repo.git('config', key ?? '', value ?? '');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.git('rev-parse', 'HEAD').trim()},vendor/lib`);
    repo.write('a.js', `1\n${line(1)}3\n4\n5\n${line(2)}`);
    repo.write('b.js', line(3));
    repo.git('add', 'a.js', 'b.js');
    const io = createFakeIo(join(repo.dir, 'sub'), { env: GIT_TEST_ENV });
    expect(await run(['staged', '-f', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out());
    expect(report.findings.map((f: { path: string; line: number }) => `${f.path}:${f.line}`)).toEqual(['a.js:2', 'a.js:6', 'b.js:1']);
    expect(report.summary.skipped).toEqual([{ path: 'vendor/lib', reason: 'submodule' }]);
  });

  it('reports committing a binary secret file by its path', async () => {
    const repo = makeRepo();
    repo.write('deploy/id_rsa', Buffer.from([0x00, 0x01, 0x02, 0xff]));
    repo.write('.env', Buffer.concat([Buffer.from('SECRET_KEY='), Buffer.from([0x00, 0xfe])]));
    repo.git('add', '.');
    const result = await staged(repo);
    expect(result.code).toBe(1);
    expect(result.findings.map((f) => f.path).sort()).toEqual(['.env', 'deploy/id_rsa']);
  });

  it('tells people how to allow a false positive and how to bypass, and honours stanch:allow on the line', async () => {
    const repo = makeRepo();
    repo.write('app.js', line(1));
    repo.git('add', '.');
    const io = createFakeIo(repo.dir, { env: { ...GIT_TEST_ENV, NO_COLOR: '1' } });
    expect(await run(['staged'], io)).toBe(1);
    expect(io.out()).toContain('`stanch:allow`');
    expect(io.out()).toContain('git commit --no-verify');
    expect(io.out()).not.toContain(STRIPE);
    repo.write('app.js', line(1).replace(';\n', '; // stanch:allow -- test account key\n'));
    repo.git('add', '.');
    const allowed = await staged(repo);
    expect(allowed.code).toBe(0);
    expect(allowed.findings).toEqual([]);
  });

  it('skips paths in .stanchignore with a count, and still scans the rest', async () => {
    const repo = makeRepo();
    repo.write('.stanchignore', 'test/fixtures/\n');
    repo.write('test/fixtures/keys.js', line(1));
    repo.write('src/app.js', line(2));
    repo.git('add', '.');
    const result = await staged(repo);
    expect(result.findings.map((f) => f.path)).toEqual(['src/app.js']);
    expect(result.skipped).toEqual([{ path: 'test/fixtures/keys.js', reason: 'ignored by .stanchignore' }]);
  });

  it('fails closed when interrupted: exit 2, never a clean report', async () => {
    const repo = makeRepo();
    repo.write('a.js', line(1));
    repo.git('add', '.');
    const controller = new AbortController();
    controller.abort();
    const io = { ...createFakeIo(repo.dir, { env: GIT_TEST_ENV }), signal: controller.signal };
    expect(await run(['staged'], io)).toBe(2);
    expect(io.err()).toMatch(/^stanch: .*interrupted/);
    expect(io.out()).not.toContain('No findings');
  });

  it('fails closed outside a repository', async () => {
    const io = createFakeIo('/');
    expect(await run(['staged'], io)).toBe(2);
    expect(io.err()).toMatch(/^stanch: not a git repository\nhint: /);
  });

  it('reports a broken config before a git failure', async () => {
    const dir = makeTempProject({ '.stanch.yaml': 'failOn: sometimes\n' });
    const io = createFakeIo(dir, { env: { ...GIT_TEST_ENV, GIT_CEILING_DIRECTORIES: dirname(dir) } });
    expect(await run(['staged'], io)).toBe(2);
    expect(io.err()).toMatch(/^stanch: .*\.stanch\.yaml.*failOn/);
    expect(io.err()).not.toContain('not a git repository');
  });

  it.skipIf(!existsSync('dist/cli.js'))('blocks a real git commit through a pre-commit hook, and lets a clean one through', () => {
    const repo = makeRepo();
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${resolve('dist/cli.js')}" staged\n`);
    chmodSync(hook, 0o755);
    repo.write('app.js', line(1));
    repo.git('add', '.');
    const blocked = spawnSync('git', ['commit', '-m', 'leak'], { cwd: repo.dir, env: { ...GIT_TEST_ENV, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('Stripe live secret key');
    expect(blocked.stdout + blocked.stderr).not.toContain(STRIPE);
    repo.write('app.js', 'const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);\n');
    repo.git('add', '.');
    const ok = spawnSync('git', ['commit', '-q', '-m', 'clean'], { cwd: repo.dir, env: GIT_TEST_ENV, encoding: 'utf8' });
    expect(ok.status).toBe(0);
  });
});

describe('stanch staged during a merge', () => {
  it('does not re-report what the merged branch committed, but catches a secret added while resolving', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'conf.js': 'a = 1\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature', { 'feature.js': line(1), 'conf.js': 'a = 2\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main change', { 'conf.js': 'a = 3\n' });
    spawnSync('git', ['merge', '--no-commit', 'feature'], { cwd: repo.dir, env: GIT_TEST_ENV });
    repo.write('conf.js', `a = 4\n${line(2)}`);
    repo.git('add', 'conf.js');
    const result = await staged(repo);
    expect(result.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['conf.js:2']);
  });
});
