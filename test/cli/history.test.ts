import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const KEY_A = ['sk', 'live', 'Aa4Ks8Wd2Qx6Vr9Tb3Hz7Lm1'].join('_');
const KEY_B = ['sk', 'live', 'Bb7Jq2Xm5Rt8Wn3Lp6Zc9Vd4'].join('_');
const uses = (key: string) => `stripe = require("stripe")("${key}");\n`;

interface HistoryFinding { path: string; line: number; secretHint: string; commit: { sha: string; summary: string }; inHead: boolean }

async function history(repo: TestRepo | string, args: string[] = []) {
  const cwd = typeof repo === 'string' ? repo : repo.dir;
  const io = createFakeIo(cwd, { env: GIT_TEST_ENV });
  const code = await run(['history', '-f', 'json', ...args], io);
  const report = code === 2 ? undefined : JSON.parse(io.out());
  const findings: HistoryFinding[] = (report?.findings ?? []).map((f: HistoryFinding & { match: string }) => ({ ...f, secretHint: f.match }));
  return { code, err: io.err(), findings, summary: report?.summary };
}
const introductions = (findings: HistoryFinding[]) => findings.map((f) => `${f.commit.summary}:${f.path}:${f.line}:${f.inHead}`).sort();

describe('stanch history', () => {
  it('attributes each secret to the commit that introduced it and says whether it is still in HEAD', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'README.md': '# shop\n' });
    repo.commit('add key a', { 'app.js': `x = 1\n${uses(KEY_A)}` });
    repo.commit('add key b', { 'pay.js': uses(KEY_B) });
    repo.commit('edit elsewhere', { 'app.js': `x = 2\n${uses(KEY_A)}` });
    repo.commit('remove key b', { 'pay.js': 'stripe = null;\n' });
    const result = await history(repo);
    expect(result.code).toBe(1);
    expect(introductions(result.findings)).toEqual(['add key a:app.js:2:true', 'add key b:pay.js:1:false']);
    expect(JSON.stringify(result)).not.toContain(KEY_A);
  });

  it('reports a file renamed to a sensitive name where it was renamed, and not again when it moves', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'settings.txt': 'PORT=8080\nLOG_LEVEL=info\n' });
    repo.git('mv', 'settings.txt', '.env');
    repo.git('commit', '-q', '-m', 'rename to .env');
    repo.git('mv', '.env', '.env.production');
    repo.git('commit', '-q', '-m', 'move again');
    const result = await history(repo);
    expect(result.findings.map((f) => `${f.commit.summary}:${f.path}`)).toEqual(['rename to .env:.env']);
  });

  it('reports nothing new for renames and for merging an already-scanned branch; a moved secret is still in HEAD', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('leak on feature', { 'feature.js': uses(KEY_A) });
    repo.git('checkout', '-q', 'main');
    repo.commit('main work', { 'b.txt': 'b\n' });
    repo.git('merge', '-q', '--no-edit', 'feature');
    repo.git('mv', 'feature.js', 'moved.js');
    repo.commit('rename');
    expect(introductions((await history(repo)).findings)).toEqual(['leak on feature:feature.js:1:true']);
  });

  it('catches a secret added while resolving a merge conflict, attributed to the merge', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'conf.js': 'a = 1\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature side', { 'conf.js': 'a = 2\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main side', { 'conf.js': 'a = 3\n' });
    spawnSync('git', ['merge', 'feature'], { cwd: repo.dir, env: GIT_TEST_ENV });
    repo.write('conf.js', `a = 4\n${uses(KEY_B)}`);
    repo.git('add', 'conf.js');
    repo.git('commit', '-q', '--no-edit');
    const found = (await history(repo)).findings;
    expect(found).toHaveLength(1);
    expect(found[0]?.commit.summary).toMatch(/^Merge branch 'feature'/);
  });

  it('scans only the commits of a range, and --since-commit is its shorthand', async () => {
    const repo = makeRepo();
    const base = repo.commit('old leak', { 'old.js': uses(KEY_A) });
    repo.commit('new leak', { 'new.js': uses(KEY_B) });
    expect(introductions((await history(repo, [`${base}..HEAD`])).findings)).toEqual(['new leak:new.js:1:true']);
    expect(introductions((await history(repo, ['--since-commit', base])).findings)).toEqual(['new leak:new.js:1:true']);
  });

  it('exits 2 on a bad range or outside a repository', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    const bad = await history(repo, ['nope..HEAD']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^stanch: bad revision or range/);
    expect((await history(makeTempProject({}))).code).toBe(2);
  });

  it('caches scanned blobs (hits without their values): a second run scans only new blobs and finds the same', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.js': 'a\n', 'b.js': uses(KEY_A) });
    const cold = await history(repo);
    const warm = await history(repo);
    expect(warm.findings).toEqual(cold.findings);
    expect(cold.summary.files).toBe(2);
    expect(warm.summary.files).toBe(0);
    expect(warm.summary.blobs).toBe(2);
    repo.commit('two', { 'c.js': 'c\n' });
    expect((await history(repo)).summary.files).toBe(1);
    expect((await history(repo, ['--no-cache'])).summary.files).toBe(3);
  });

  it('runs path-scoped rules on a cached blob once it appears at a path they apply to', async () => {
    const repo = makeRepo();
    repo.commit('notes', { 'notes.txt': 'NODE_ENV=development\n' });
    expect((await history(repo)).findings).toEqual([]);
    // The same blob, now at a production env file: the earlier run scanned it without the path-scoped rules.
    repo.commit('ship', { '.env.production': 'NODE_ENV=development\n' });
    const report = await history(repo, ['--format', 'json']);
    const cold = await history(repo, ['--no-cache']);
    expect(report.findings.map((f) => `${(f as HistoryFinding & { ruleId: string }).ruleId}:${f.path}`)).toContain('env-development-mode-in-production:.env.production');
    expect(report.findings).toEqual(cold.findings);
    expect(report.summary.files).toBe(1);
  });

  it('does not trust the cache once the rule pack changes (a config rule added later finds old blobs)', async () => {
    const repo = makeRepo();
    const token = ['acme', 'k7q2m9x4t1v8w3z6p5n0r2s7d4f9g1h3'].join('_');
    repo.commit('one', { 'a.js': `tok = "${token}"\n` });
    expect((await history(repo)).findings).toEqual([]);
    const rule = "rules:\n  - id: acme-api-token\n    title: Acme API token\n    kind: secret\n    severity: high\n    confidence: high\n    keywords: [acme_]\n    pattern: '\\b(acme_[a-z0-9]{32})\\b'\n    secretGroup: 1\n    help: Revoke the token.\n";
    repo.write('.stanch.yaml', rule);
    const after = await history(repo);
    expect(after.findings.map((f) => f.path)).toEqual(['a.js']);
    expect(after.summary.files).toBe(1);
  });

  it('audits a bare mirror clone, and honours .stanchignore when run from a subdirectory', async () => {
    const repo = makeRepo();
    repo.commit('leaks', { 'app/keys.js': uses(KEY_A), 'fixtures/fake.js': uses(KEY_B), '.stanchignore': 'fixtures/\n' });
    const mirror = `${makeTempProject({})}/mirror.git`;
    spawnSync('git', ['clone', '-q', '--mirror', repo.dir, mirror], { env: GIT_TEST_ENV });
    expect(introductions((await history(mirror)).findings)).toEqual(['leaks:app/keys.js:1:true', 'leaks:fixtures/fake.js:1:true']);
    const fromSub = await history(`${repo.dir}/app`);
    expect(introductions(fromSub.findings)).toEqual(['leaks:app/keys.js:1:true']);
    expect(fromSub.summary.skipped).toEqual([{ path: 'fixtures/fake.js', reason: 'ignored by .stanchignore' }]);
  });

  it('says when the clone is shallow', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.js': 'a\n' });
    repo.commit('two', { 'b.js': 'b\n' });
    const clone = makeTempProject({});
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone + '/c'], { env: GIT_TEST_ENV });
    expect((await history(`${clone}/c`)).summary.notices?.[0]).toMatch(/shallow clone/);
    // A boundary commit of a shallow clone diffs against nothing until the rest is fetched: never cached.
    expect(existsSync(join(clone, 'c', '.git', 'stanch', 'cache-v1', 'commits-r1.jsonl'))).toBe(false);
  });

  it('keeps parsed commits for the next audit, logs only new ones, and shrugs off a damaged cache line', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.js': uses(KEY_A) });
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('two', { 'b.js': uses(KEY_B) });
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    const file = join(repo.dir, '.git', 'stanch', 'cache-v1', 'commits-r1.jsonl');
    const first = await history(repo);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
    repo.commit('three', { 'c.js': 'c = 1\n' });
    appendFileSync(file, '["torn line\n');
    const second = await history(repo);
    expect(second.findings).toEqual(first.findings);
    expect(second.findings).toEqual((await history(repo, ['--no-cache'])).findings);
    expect(second.summary.commits).toBe(4);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(5); // three, then the one new commit, after the torn line
  });
});

describe('stanch history, human output', () => {
  it('names the first introduction of a secret that was removed and brought back by a revert', async () => {
    const repo = makeRepo();
    repo.commit('add', { 'a.js': uses(KEY_A) });
    repo.commit('remove', { 'a.js': 'x = 1\n' });
    repo.git('revert', '--no-edit', 'HEAD');
    const io = createFakeIo(repo.dir, { env: { ...GIT_TEST_ENV, NO_COLOR: '1' } });
    expect(await run(['history', '--no-cache'], io)).toBe(1);
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim().slice(0, 10);
    expect(io.out()).toContain('Rotate this secret, newest first:');
    expect(io.out()).toContain(first);
    expect(io.out()).not.toContain(KEY_A);
  });
});

describe('history cache files', () => {
  it('never hold a secret value', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'b.js': uses(KEY_A) });
    await history(repo);
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = `${repo.dir}/.git/stanch/cache-v1`;
    const files = readdirSync(dir);
    expect(files.some((f) => f.startsWith('hits-'))).toBe(true);
    for (const f of files) expect(readFileSync(`${dir}/${f}`, 'utf8')).not.toContain(KEY_A.slice(8));
  });

  it('are shared by every worktree of the repository', async () => {
    const { existsSync, readdirSync } = await import('node:fs');
    const repo = makeRepo();
    repo.commit('one', { 'b.js': uses(KEY_A) });
    repo.git('worktree', 'add', '-q', 'wt', '-b', 'side');
    expect((await history(`${repo.dir}/wt`)).code).toBe(1);
    expect(readdirSync(`${repo.dir}/.git/stanch/cache-v1`).some((f) => f.startsWith('hits-'))).toBe(true);
    expect(existsSync(`${repo.dir}/.git/worktrees/wt/stanch`)).toBe(false);
  });
});

describe('history suppression', () => {
  it('honours stanch:allow and stanch:allow-next-line in the commit that introduced the secret, and counts it', async () => {
    const repo = makeRepo();
    repo.commit('allowed', { 'a.js': `// stanch:allow-next-line stripe-secret-key -- docs sample\n${uses(KEY_A)}`, 'b.js': `${uses(KEY_B).trimEnd()} // stanch:allow\n` });
    const result = await history(repo);
    expect(result.code).toBe(0);
    expect(result.summary).toMatchObject({ findings: 0, suppressed: 2, suppressedBy: { inline: 2 } });
  });

  it('reports a token that has expired since at confidence low, also from the cache, and one still valid as found', async () => {
    const jwt = (exp: number): string =>
      `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: 'user-7', iat: exp - 3600, exp })).toString('base64url')}.Rq8Kz2Xt5Lm9Wb3Nc7Hy1Jd4Sf6Ga0Eu2Io8Tx3Km5Q`;
    const repo = makeRepo();
    repo.commit('add tokens', { 'client.js': `const old = "${jwt(Date.UTC(2021, 0, 1) / 1000)}";\nconst live = "${jwt(Date.UTC(2099, 0, 1) / 1000)}";\n` });
    for (const pass of ['cold', 'warm']) {
      const io = createFakeIo(repo.dir, { env: GIT_TEST_ENV });
      expect(await run(['history', '-f', 'json'], io), pass).toBe(1);
      const found = JSON.parse(io.out()).findings.map((f: { line: number; confidence: string; message: string }) => [f.line, f.confidence, f.message.includes('expired on 2021-01-01')]);
      expect(found, pass).toEqual([[1, 'low', true], [2, 'medium', false]]);
    }
  });
});
