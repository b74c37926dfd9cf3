import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// Odd and hostile files: each scan completes, with correct line numbers and no crash (bounds in each test name).
const STRIPE = ['sk', 'live', 'Wq4Rt8Yp2Zx6Cv9Bn3Mk7Lj1'].join('_');
const key = `STRIPE_KEY=${STRIPE}`;

async function scanJson(dir: string, args: string[] = []) {
  const io = createFakeIo(dir);
  const code = await run(['scan', '-f', 'json', ...args], io);
  expect(io.err()).toBe('');
  const report = JSON.parse(io.out());
  return { code, findings: report.findings as { path: string; line: number; column: number }[], skipped: report.summary.skipped as { path: string; reason: string }[] };
}

describe('hostile and odd input', () => {
  it('line endings, encodings and NUL bytes keep exact positions (CRLF, CR, UTF-16 BOM, invalid UTF-8)', async () => {
    const dir = makeTempProject({
      'crlf.env': `a=1\r\nb=2\r\n${key}\r\n`,
      'cr.env': `a=1\rb=2\r${key}\r`,
      'utf16.env': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`a=1\n${key}\n`, 'utf16le')]),
      'bad-utf8.env': Buffer.concat([Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from(`${key}\n`)]),
      'nul-late.txt': Buffer.concat([Buffer.from(`${'x'.repeat(9000)}\n${key}\n`), Buffer.from([0])]),
    });
    const lines = Object.fromEntries((await scanJson(dir)).findings.map((f) => [f.path, `${f.line}:${f.column}`]));
    expect(lines).toEqual({ 'crlf.env': '3:12', 'cr.env': '3:12', 'utf16.env': '2:12', 'bad-utf8.env': '2:12', 'nul-late.txt': '2:12' });
  });

  it('a 5 MB single line and a 1 MB file of "password=" repeats finish (bounded per-line work)', async () => {
    const dir = makeTempProject({ 'min.js': `${'var a=1;'.repeat(650_000)}${key}`, 'pw.txt': 'password='.repeat(120_000) });
    const { findings } = await scanJson(dir);
    expect(findings.map((f) => f.path)).toContain('min.js');
  }, 20_000);

  it('symlink loops, FIFOs, deep nesting and Git LFS pointers do not hang or crash', async () => {
    const dir = makeTempProject({ 'lfs.bin': 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n' });
    symlinkSync(dir, join(dir, 'loop'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const deep = join(dir, ...Array.from({ length: 60 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'deep.env'), `${key}\n`);
    const { findings, skipped } = await scanJson(dir);
    expect(findings).toHaveLength(1);
    expect(skipped.map((s) => s.path)).toEqual(expect.arrayContaining(['loop', 'pipe']));
  }, 20_000);

  it('file names with newlines, quotes, leading dashes and spaces are scanned and reported', async () => {
    const names = ['new\nline.env', 'quo"te\'s.env', '-dash.env', 'sp ace.env'];
    const dir = makeTempProject(Object.fromEntries(names.map((n) => [n, `${key}\n`])));
    expect((await scanJson(dir)).findings.map((f) => f.path).sort()).toEqual([...names].sort());
  });

  it('a file name that is not valid UTF-8 is still read, and a 100 MB file is skipped by size at once', async () => {
    const dir = makeTempProject({});
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad-`), Buffer.from([0xff]), Buffer.from('-name.env')]), `${key}\n`);
    execFileSync('truncate', ['-s', '100M', join(dir, 'big.bin')]);
    const { findings, skipped } = await scanJson(dir);
    expect(findings.map((f) => f.path)).toEqual(['bad-\uFFFD-name.env']);
    expect(skipped).toEqual([{ path: 'big.bin', reason: expect.stringMatching(/^larger than --max-file-size/) }]);
  });

  it('100,000 small files finish (streamed, bounded concurrency)', async () => {
    const dir = makeTempProject({});
    for (let d = 0; d < 100; d++) {
      mkdirSync(join(dir, `d${d}`));
      for (let f = 0; f < 1000; f++) writeFileSync(join(dir, `d${d}`, `f${f}.txt`), 'hello\n');
    }
    writeFileSync(join(dir, 'd42', 'leak.env'), `${key}\n`);
    const { findings } = await scanJson(dir);
    expect(findings.map((f) => f.path)).toEqual(['d42/leak.env']);
  }, 240_000); // generous: creating 100,000 files is slow on a busy machine
});
