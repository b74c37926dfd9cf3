import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const OLD = ['sk', 'live', 'Hq3Zv8Nm2Kx7Wp5Rc1Lt6Yb9'].join('_');
const NEW = ['sk', 'live', 'Zr5Lm8Qp2Wx7Kt4Vn9Bc3Hd6'].join('_');

async function stanch(dir: string, args: string[]) {
  const io = createFakeIo(dir);
  return { code: await run(args, io), out: io.out(), err: io.err() };
}

describe('baseline', () => {
  it('records findings without values or lines, then reports only new ones and stale entries', async () => {
    const dir = makeTempProject({ 'a.js': `k = "${OLD}"\n` });
    expect((await stanch(dir, ['baseline', '--reason', 'rotated on 2026-11-01'])).code).toBe(0);
    const text = readFileSync(join(dir, '.stanch-baseline.json'), 'utf8');
    expect(text).not.toContain(OLD);
    expect(JSON.parse(text)).toEqual({ version: 1, entries: [{ fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), ruleId: 'stripe-secret-key', path: 'a.js', reason: 'rotated on 2026-11-01' }] });
    expect((await stanch(dir, ['scan', '--baseline', '.stanch-baseline.json'])).code).toBe(0);
    writeFileSync(join(dir, 'a.js'), `// moved down\nk = "${OLD}"\nj = "${NEW}"\n`);
    const json = await stanch(dir, ['scan', '-f', 'json', '--baseline', '.stanch-baseline.json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).summary).toMatchObject({ findings: 1, suppressedBy: { baseline: 1 } });
    writeFileSync(join(dir, 'a.js'), 'clean\n');
    const stale = await stanch(dir, ['scan', '-f', 'json', '--baseline', '.stanch-baseline.json']);
    expect(stale.err).toMatch(/1 baseline entry matches no finding any more/);
    expect((await stanch(dir, ['baseline', '--prune'])).out).toMatch(/pruned 1 stale entry; 0 entries/);
  });

  it('writes the same bytes on every run, keeps reasons, and --prune drops only stale entries', async () => {
    const dir = makeTempProject({ 'b.js': `k = "${OLD}"\n`, 'a.js': `k = "${NEW}"\n` });
    expect((await stanch(dir, ['baseline', '-o', 'ci/base.json', '--reason', 'first'])).out).toMatch(/2 entries in ci\/base\.json/);
    const first = readFileSync(join(dir, 'ci/base.json'), 'utf8');
    expect(JSON.parse(first).entries.map((e: { path: string }) => e.path)).toEqual(['a.js', 'b.js']);
    await stanch(dir, ['baseline', '-o', 'ci/base.json', '--reason', 'second']);
    expect(readFileSync(join(dir, 'ci/base.json'), 'utf8')).toBe(first);
    writeFileSync(join(dir, 'a.js'), 'clean\n');
    expect((await stanch(dir, ['baseline', '-o', 'ci/base.json'])).out).toMatch(/2 entries/);
    expect((await stanch(dir, ['baseline', '-o', 'ci/base.json', '--prune'])).out).toMatch(/pruned 1 stale entry; 1 entry in/);
    expect(JSON.parse(readFileSync(join(dir, 'ci/base.json'), 'utf8')).entries).toEqual([expect.objectContaining({ path: 'b.js', reason: 'first' })]);
  });

  it('--history records secrets that are only in past commits, so a history audit passes until a new one lands', async () => {
    const repo = makeRepo();
    repo.commit('add key', { 'pay.js': `k = "${OLD}"\n` });
    repo.commit('remove key', { 'pay.js': 'k = process.env.KEY\n' });
    const inRepo = async (args: string[]) => {
      const io = createFakeIo(repo.dir, { env: GIT_TEST_ENV });
      return { code: await run(args, io), out: io.out(), err: io.err() };
    };
    expect((await inRepo(['baseline'])).out).toMatch(/0 entries/);
    expect((await inRepo(['baseline', '--history', '--reason', 'rotated'])).out).toMatch(/1 entry in \.stanch-baseline\.json/);
    expect(readFileSync(join(repo.dir, '.stanch-baseline.json'), 'utf8')).not.toContain(OLD);
    expect((await inRepo(['history', '--baseline', '.stanch-baseline.json'])).code).toBe(0);
    repo.commit('add another', { 'web.js': `k = "${NEW}"\n` });
    const audit = await inRepo(['history', '-f', 'json', '--baseline', '.stanch-baseline.json']);
    expect(audit.code).toBe(1);
    expect(JSON.parse(audit.out).findings.map((f: { path: string }) => f.path)).toEqual(['web.js']);
  }, 60_000);

  it('fails closed on a missing or malformed baseline', async () => {
    const dir = makeTempProject({ 'bad.json': '{"entries": 3}' });
    expect((await stanch(dir, ['scan', '--baseline', 'missing.json'])).code).toBe(2);
    expect((await stanch(dir, ['scan', '--baseline', 'bad.json'])).err).toMatch(/not a stanch baseline/);
  });

  it('--no-suppress shows what inline comments hide', async () => {
    const dir = makeTempProject({ 'a.js': `k = "${OLD}" // stanch:allow -- docs sample\n` });
    expect((await stanch(dir, ['scan'])).code).toBe(0);
    expect((await stanch(dir, ['scan', '--no-suppress'])).code).toBe(1);
  });
});
