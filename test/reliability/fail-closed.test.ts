import { chmodSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// Every failure exits 2 with one line naming the cause and a hint, and never prints a clean result.
async function stanch(cwd: string, args: string[], env: Record<string, string> = GIT_TEST_ENV) {
  const io = createFakeIo(cwd, { env });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

function expectFailClosed(result: { code: number; out: string; err: string }, cause: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.out).not.toMatch(/No findings/);
  const [first, second] = result.err.split('\n');
  expect(first).toMatch(cause);
  expect(second).toMatch(/^hint: \S/);
}

describe('fail closed', () => {
  it.each([['staged'], ['history']])('stanch %s without git on PATH', async (command) => {
    const repo = makeRepo();
    expectFailClosed(await stanch(repo.dir, [command], { ...GIT_TEST_ENV, PATH: '/nonexistent' }), /^stanch: git not found on PATH$/);
  });

  it.each([['staged'], ['history']])('stanch %s outside a repository', async (command) => {
    expectFailClosed(await stanch(makeTempProject({}), [command]), /^stanch: not a git repository$/);
  });

  it('stanch history with a corrupted object database', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.js': 'a = 1\n', 'b.js': 'b = 2\n' });
    const objects = join(repo.dir, '.git', 'objects');
    for (const dir of readdirSync(objects).filter((d) => /^[0-9a-f]{2}$/.test(d))) {
      for (const file of readdirSync(join(objects, dir))) {
        const path = join(objects, dir, file);
        chmodSync(path, 0o644);
        writeFileSync(path, 'garbage');
      }
    }
    const result = await stanch(repo.dir, ['history', '--no-cache']);
    expectFailClosed(result, /^stanch: /);
  });

  it('stanch history with a missing ref', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.js': 'a\n' });
    expectFailClosed(await stanch(repo.dir, ['history', 'no-such-branch..HEAD']), /^stanch: bad revision or range/);
  });

  it('an invalid user regex in the config', async () => {
    const dir = makeTempProject({ '.stanch.yaml': 'rules:\n  - {id: bad-rule, title: Bad rule, kind: secret, severity: high, confidence: high, keywords: [x_], pattern: "(x_"}\n' });
    expectFailClosed(await stanch(dir, ['scan']), /^stanch: \.stanch\.yaml: rules\.0 \(bad-rule\): pattern: Invalid regular expression/);
  });
});

describe('trust: nothing from the scanned repository runs', () => {
  it('ignores hostile core.fsmonitor, diff.external, textconv and pager settings', async () => {
    const repo = makeRepo();
    const marker = join(repo.dir, 'pwned');
    const script = join(repo.dir, 'evil.sh');
    writeFileSync(script, `#!/bin/sh\ntouch "${marker}"\n`);
    chmodSync(script, 0o755);
    repo.commit('one', { 'a.js': 'a = 1\n', '.gitattributes': '*.js diff=evil\n' });
    for (const [key, value] of [['core.fsmonitor', script], ['diff.external', script], ['diff.evil.textconv', script], ['core.pager', script], ['pager.diff', script], ['pager.log', script]]) {
      repo.git('config', key ?? '', value ?? '');
    }
    repo.write('a.js', 'a = 2\n');
    repo.git('-c', 'core.fsmonitor=false', 'add', 'a.js');
    rmSync(marker, { force: true });
    for (const args of [['staged'], ['history', '--no-cache'], ['scan', '.']]) await stanch(repo.dir, args);
    expect(existsSync(marker)).toBe(false);
  });
});
