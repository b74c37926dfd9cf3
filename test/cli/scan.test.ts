import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// Fake credentials, assembled at runtime so no key-shaped literal sits in this file.
const STRIPE = ['sk', 'live', 'Qm7vT2xKp9LfR4sNb8HdZ3cF'].join('_');
const DB_URL = `postgres://shop:${['Hd83', 'kQz1', 'wP7v'].join('')}@db.internal:5432/shop`;

async function scan(cwd: string, args: string[], stdin?: string) {
  const io = createFakeIo(cwd, stdin === undefined ? {} : { stdin });
  const code = await run(['scan', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function json(out: string): { findings: { ruleId: string; path: string; match: string; line: number }[]; summary: { files: number; skipped: { path: string; reason: string }[] } } {
  return JSON.parse(out);
}

describe('stanch scan', () => {
  it('exits 1 on a blocking finding, 0 on a clean tree, and redacts the secret everywhere', async () => {
    const dirty = makeTempProject({ 'app.js': `const stripe = require("stripe")("${STRIPE}");\n` });
    const result = await scan(dirty, ['-f', 'json']);
    expect(result.code).toBe(1);
    expect(json(result.out).findings[0]).toMatchObject({ ruleId: 'stripe-secret-key', path: 'app.js', line: 1 });
    expect(result.out).not.toContain(STRIPE);
    const human = await scan(dirty, []);
    expect(human.out).toContain('Stripe live secret key');
    expect(human.out).not.toContain(STRIPE);
    const clean = await scan(makeTempProject({ 'app.js': 'console.log("hi");\n' }), []);
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.out).toContain('No findings.');
  });

  it('shows the secret only with --show-secrets', async () => {
    const dir = makeTempProject({ '.env': `DATABASE_URL=${DB_URL}\n` });
    expect((await scan(dir, ['-f', 'json'])).out).not.toContain(DB_URL);
    expect((await scan(dir, ['-f', 'json', '--show-secrets'])).out).toContain(DB_URL.split(':')[2]?.split('@')[0]);
  });

  it('applies --fail-on to the exit code', async () => {
    const dir = makeTempProject({ 'docker-stack.yml': 'CORS_ORIGINS: "*"\n' });
    expect((await scan(dir, [])).code).toBe(0);
    expect((await scan(dir, ['--fail-on', 'medium'])).code).toBe(1);
  });

  it('with --quiet prints the human report only when something blocks', async () => {
    const mild = makeTempProject({ 'docker-stack.yml': 'CORS_ORIGINS: "*"\n' });
    expect(await scan(mild, ['--quiet'])).toMatchObject({ code: 0, out: '', err: '' });
    const blocking = await scan(makeTempProject({ 'app.js': `k = "${STRIPE}"\n` }), ['-q']);
    expect(blocking.code).toBe(1);
    expect(blocking.out).toContain('Stripe live secret key');
  });

  it('writes the report to -o FILE and fails closed on an unwritable path', async () => {
    const dir = makeTempProject({ 'app.js': `k = "${STRIPE}"\n` });
    expect((await scan(dir, ['-f', 'json', '-o', 'out.json'])).code).toBe(1);
    expect(json(readFileSync(join(dir, 'out.json'), 'utf8')).findings).toHaveLength(1);
    const bad = await scan(dir, ['-o', join(dir, 'missing', 'dir', 'out.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^stanch: cannot write .*\nhint: /);
  });

  it('exits 2 with a cause and hint for a missing path or a bad flag, never a clean report', async () => {
    const dir = makeTempProject({});
    const missing = await scan(dir, ['nope']);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toContain('no such file or directory: nope');
    const flag = await scan(dir, ['--fail-on', 'severe']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('--fail-on must be one of critical, high, medium, low');
  });

  it('scans stdin under the name given by --stdin-path', async () => {
    const result = await scan(makeTempProject({}), ['-', '--stdin-path', 'config/.env', '-f', 'json'], `STRIPE_KEY=${STRIPE}\n`);
    expect(result.code).toBe(1);
    expect(json(result.out).findings[0]?.path).toBe('config/.env');
  });

  it('refuses stdin mixed with paths, and --stdin-path without stdin', async () => {
    const dir = makeTempProject({ 'app.js': '1\n' });
    const mixed = await scan(dir, ['-', 'app.js'], 'x');
    expect(mixed).toMatchObject({ code: 2, out: '' });
    expect(mixed.err).toContain('`-` (stdin) cannot be combined with paths');
    expect((await scan(dir, ['app.js', '--stdin-path', 'x.env'])).code).toBe(2);
  });

  it('reads each file once when targets overlap', async () => {
    const dir = makeTempProject({ 'src/app.js': `k = "${STRIPE}"\n` });
    const report = json((await scan(dir, ['-f', 'json', '.', 'src', 'src/app.js'])).out);
    expect(report.findings.map((f) => f.path)).toEqual(['src/app.js']);
    expect(report.summary.files).toBe(1);
  });

  it('scans dotfiles, skips binaries, large files and dependency folders with a count, and never follows symlinks', async () => {
    const dir = makeTempProject({
      '.env': `STRIPE_KEY=${STRIPE}\n`,
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'big.txt': 'x'.repeat(2048),
      'node_modules/pkg/index.js': `k = "${STRIPE}"\n`,
      'outside/secret.js': `k = "${STRIPE}"\n`,
    });
    symlinkSync(join(dir, 'outside'), join(dir, 'linked'));
    const report = json((await scan(join(dir), ['-f', 'json', '--max-file-size', '1KB', '.env', 'logo.png', 'big.txt', 'node_modules/..', 'linked'])).out);
    expect(report.findings.map((f) => f.path)).toContain('.env');
    const reasons = Object.fromEntries(report.summary.skipped.map((s) => [s.path, s.reason]));
    expect(reasons['logo.png']).toBe('binary');
    expect(reasons['big.txt']).toMatch(/larger than --max-file-size/);
    expect(reasons['node_modules']).toBe('dependency folder');
    expect(reasons['linked']).toMatch(/symlink/);
    expect(report.findings.some((f) => f.path.startsWith('node_modules/'))).toBe(false);
  });

  it('scans a dependency folder the user names', async () => {
    const dir = makeTempProject({ 'node_modules/pkg/index.js': `k = "${STRIPE}"\n` });
    const report = json((await scan(dir, ['-f', 'json', 'node_modules'])).out);
    expect(report.findings.map((f) => f.path)).toEqual(['node_modules/pkg/index.js']);
  });

  it('honours .gitignore in a git work tree (tracked and untracked-not-ignored files) and .stanchignore', async () => {
    const dir = makeTempProject({
      '.gitignore': 'build/\n',
      '.stanchignore': 'docs/\n',
      'build/app.js': `k = "${STRIPE}"\n`,
      'docs/setup.js': `k = "${STRIPE}"\n`,
      'src/new.js': `k = "${STRIPE}"\n`,
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const report = json((await scan(dir, ['-f', 'json'])).out);
    expect(report.findings.map((f) => f.path)).toEqual(['src/new.js']);
    expect(report.summary.skipped).toContainEqual({ path: 'docs/setup.js', reason: 'ignored by .stanchignore' });
  });

  it('honours .gitignore outside git too', async () => {
    const dir = makeTempProject({ '.gitignore': '*.log\n', 'debug.log': `k = "${STRIPE}"\n`, 'app.js': `k = "${STRIPE}"\n` });
    expect(json((await scan(dir, ['-f', 'json'])).out).findings.map((f) => f.path)).toEqual(['app.js']);
  });

  it('looks inside base64 with --decode or `decode: true`, and never prints the encoded secret', async () => {
    const encoded = Buffer.from(`STRIPE_KEY=${STRIPE}\n`).toString('base64');
    const dir = makeTempProject({ 'k8s/secret.yaml': `kind: Secret\ndata:\n  env: ${encoded}\n` });
    expect(json((await scan(dir, ['-f', 'json'])).out).findings.filter((f) => f.ruleId === 'stripe-secret-key')).toEqual([]);
    for (const args of [['--decode'], ['-c', 'decode.yaml']]) {
      const configured = makeTempProject({ 'decode.yaml': 'decode: true\n', 'k8s/secret.yaml': `kind: Secret\ndata:\n  env: ${encoded}\n` });
      const result = await scan(configured, ['-f', 'json', ...args]);
      expect(result.code).toBe(1);
      expect(json(result.out).findings).toContainEqual(expect.objectContaining({ ruleId: 'stripe-secret-key', path: 'k8s/secret.yaml', line: 3 }));
      const human = await scan(configured, args);
      for (const out of [result.out, human.out]) {
        expect(out).not.toContain(encoded);
        expect(out).not.toContain(STRIPE);
      }
      expect(human.out).toContain('hidden in a base64 string');
    }
  });
});
