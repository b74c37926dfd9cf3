import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { formatHuman } from '../../src/report/human.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeRepo } from '../helpers/git-repo.js';
import { FAKE_SECRET, makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// A value a rule matched stays masked in the lines the human report prints, even when its own finding was
// suppressed (inline allow, config allow or disable, baseline) and another finding shares the line.

// Invented values, assembled at runtime so no key-shaped literal sits in this file.
const KEY = ['sk', 'live', 'Vb4Qx9Tz2Lm7Wc5Rn8Jd3Kf6Hs1Pa0Ye'].join('_');
const PASSWORD = ['Gz5', 'Rk8', 'Wq2', 'Nt'].join('');
const LINE = `cfg = {"stripe": "${KEY}", "db": "postgres://app:${PASSWORD}@db.shop-prod.net/prod"}`;

async function scan(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = createFakeIo(cwd);
  const code = await run(['scan', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function expectMasked(out: string): void {
  expect(out).toContain('database-url-password');
  expect(out).not.toContain(KEY);
  expect(out).not.toContain(KEY.slice(8));
  expect(out).not.toContain(PASSWORD);
}

describe('values of suppressed findings in the human report', () => {
  it('masks a value whose rule the config disables', async () => {
    const dir = makeTempProject({ 'b.py': `${LINE}\n`, 'x.yaml': 'disable: [stripe-secret-key]\n' });
    expectMasked((await scan(dir, ['b.py', '-c', 'x.yaml'])).out);
  });

  it('masks a value a config allow regex suppresses', async () => {
    const dir = makeTempProject({ 'b.py': `${LINE}\n`, 'x.yaml': 'allow: ["^sk_live_"]\n' });
    expectMasked((await scan(dir, ['b.py', '-c', 'x.yaml'])).out);
  });

  it('masks a value allowed inline, in scan and in the pre-commit report', async () => {
    const text = `${LINE}  # stanch:allow stripe-secret-key\n`;
    expectMasked((await scan(makeTempProject({ 'b.py': text }), ['b.py'])).out);
    const repo = makeRepo();
    repo.write('b.py', text);
    repo.git('add', 'b.py');
    const io = createFakeIo(repo.dir);
    expect(await run(['staged'], io)).toBe(1);
    expectMasked(io.out());
  });

  it('masks a value the baseline records', async () => {
    const dir = makeTempProject({ 'b.py': `stripe = "${KEY}"\n` });
    expect(await run(['baseline', 'b.py', '-o', 'base.json'], createFakeIo(dir))).toBe(0);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/b.py`, `${LINE}\n`);
    const result = await scan(dir, ['b.py', '--baseline', 'base.json']);
    expectMasked(result.out);
    expect(result.out).toContain('1 baseline');
  });

  it('keeps JSON and SARIF free of both values', async () => {
    const dir = makeTempProject({ 'b.py': `${LINE}  # stanch:allow stripe-secret-key\n` });
    for (const format of ['json', 'sarif']) {
      const { out } = await scan(dir, ['b.py', '-f', format]);
      expect(out).not.toContain(KEY);
      expect(out).not.toContain(PASSWORD);
    }
  });

  it('shows every value with --show-secrets', async () => {
    const dir = makeTempProject({ 'b.py': `${LINE}\n`, 'x.yaml': 'disable: [stripe-secret-key]\n' });
    const { out } = await scan(dir, ['b.py', '-c', 'x.yaml', '--show-secrets', '--format', 'human']);
    expect(out.replace(/[\s│]+/g, '')).toContain(LINE.replace(/\s+/g, ''));
  });

  it('masks only the value in a line of one word, not the whole line', async () => {
    const dir = makeTempProject({ 'config/keys.js': `module.exports = {uri:\n  'postgres://app:${PASSWORD}@db.shop-prod.net/prod'}\n` });
    const { out } = await scan(dir, ['config/keys.js', '--format', 'human']);
    expectMasked(out);
    expect(out).toContain('db.shop-prod.net/prod');
  });

  it('masks the suppressed findings the report carries, even where no rule of the pack matches the line alone', () => {
    const hidden = ['Hx7', 'Lp3', 'Zq9', 'Vt2', 'Mk'].join('');
    const lineText = `  stripe = "${FAKE_SECRET}"; other = "${hidden}"`;
    const report = { ...makeReport([makeFinding({ lineText })]), suppressedFindings: [makeFinding({ ruleId: 'custom', secret: hidden, lineText, column: 40 })] };
    const text = formatHuman(report, makeReportOptions());
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).not.toContain(hidden);
  });
});
