import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSource } from '../../src/sources/files.js';
import type { SourceEvent } from '../../src/sources/source-event.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// The walker behind `stanch scan`: which files are read, which are skipped and why, and how paths are shown.

const MB = 1024 * 1024;

async function collect(targets: string[], cwd: string, extra: { maxFileSize?: number; skipUnreadable?: boolean } = {}) {
  const chunks: string[] = [];
  const skipped: Record<string, string> = {};
  for await (const event of fileSource(targets, { cwd, maxFileSize: extra.maxFileSize ?? 10 * MB, ...extra })) record(event, chunks, skipped);
  return { chunks, skipped };
}

function record(event: SourceEvent, chunks: string[], skipped: Record<string, string>): void {
  if (event.type === 'chunk') chunks.push(event.chunk.path);
  else skipped[event.skipped.path] = event.skipped.reason;
}

describe('fileSource outside git', () => {
  it('reads every file, dotfiles and dot-folders included, in a stable order, never entering .git', async () => {
    const dir = makeTempProject({ 'b.txt': 'b', 'a/z.txt': 'z', '.env': 'X=1', '.docker/config.json': '{}', '.git/config': '[core]' });
    expect((await collect(['.'], dir)).chunks).toEqual(['.docker/config.json', '.env', 'a/z.txt', 'b.txt']);
  });

  it('honours nested .gitignore files with negation, relative to their own folder', async () => {
    const dir = makeTempProject({
      '.gitignore': '*.log\n!keep.log\n',
      'app/.gitignore': '/cache/\n',
      'app/cache/x.txt': 'x',
      'cache/y.txt': 'y',
      'app/debug.log': 'log',
      'app/keep.log': 'log',
    });
    expect((await collect(['.'], dir)).chunks).toEqual(['.gitignore', 'app/.gitignore', 'app/keep.log', 'cache/y.txt']);
  });

  it('lets a deeper .gitignore re-include what a higher one excludes, as git does', async () => {
    const dir = makeTempProject({
      '.gitignore': '*.log\nsecrets/\n',
      'app/.gitignore': '!audit.log\n',
      'app/audit.log': 'kept',
      'app/debug.log': 'ignored',
      'app/secrets/.gitignore': '!*\n',
      'app/secrets/x.txt': 'inside an excluded folder: never reached',
    });
    expect((await collect(['.'], dir)).chunks).toEqual(['.gitignore', 'app/.gitignore', 'app/audit.log']);
  });

  it('counts each outermost dependency folder once, and scans one the user names', async () => {
    const dir = makeTempProject({ 'web/node_modules/a/node_modules/b/i.js': '1', 'api/.venv/pyvenv.cfg': 'home = /usr/bin', 'api/.venv/lib/x.py': '2', 'main.py': '3' });
    const whole = await collect(['.'], dir);
    expect(whole.chunks).toEqual(['main.py']);
    expect(whole.skipped).toEqual({ 'api/.venv': 'dependency folder', 'web/node_modules': 'dependency folder' });
    expect((await collect(['web/node_modules'], dir)).chunks).toEqual(['web/node_modules/a/node_modules/b/i.js']);
  });

  it("scans a folder named venv that no Python environment made (a project's own scripts)", async () => {
    const dir = makeTempProject({ 'sms/venv/scheduled_sms.py': '1', 'env/venv/bin/activate': '2', 'env/venv/lib/y.py': '3' });
    const { chunks, skipped } = await collect(['.'], dir);
    expect(chunks).toEqual(['sms/venv/scheduled_sms.py']);
    expect(skipped).toEqual({ 'env/venv': 'dependency folder' });
  });

  it('shows paths relative to the working directory, and to the target when it lies outside it', async () => {
    const dir = makeTempProject({ 'src/app.js': '1' });
    expect((await collect(['src'], dir)).chunks).toEqual(['src/app.js']);
    expect((await collect([join(dir, 'src')], makeTempProject({}))).chunks).toEqual(['app.js']);
  });

  it('skips symlinks to files and folders without following them', async () => {
    const dir = makeTempProject({ 'real.txt': 'r', 'outside/o.txt': 'o' });
    symlinkSync(join(dir, 'real.txt'), join(dir, 'alias.txt'));
    symlinkSync(join(dir, 'outside'), join(dir, 'link'));
    const { chunks, skipped } = await collect(['.'], dir);
    expect(chunks).toEqual(['outside/o.txt', 'real.txt']);
    expect(skipped).toMatchObject({ 'alias.txt': 'symlink (not followed)', link: 'symlink (not followed)' });
  });

  // A named pipe would block a plain open until something writes to it; it is skipped at once instead.
  it.skipIf(process.platform === 'win32')('skips a named pipe as not a regular file, without waiting on it', async () => {
    const dir = makeTempProject({ 'a.txt': 'a' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const { chunks, skipped } = await collect(['.'], dir);
    expect(chunks).toEqual(['a.txt']);
    expect(skipped).toEqual({ pipe: 'not a regular file' });
  });

  it('marks binary files and skips files over the size limit', async () => {
    const dir = makeTempProject({ 'img.png': Buffer.from([1, 0, 2]), 'big.txt': 'x'.repeat(100), 'ok.txt': 'fine' });
    let binary = '';
    for await (const event of fileSource(['.'], { cwd: dir, maxFileSize: 50 })) if (event.type === 'chunk' && event.chunk.binary) binary = event.chunk.path;
    expect(binary).toBe('img.png');
    expect((await collect(['.'], dir, { maxFileSize: 50 })).skipped['big.txt']).toMatch(/^larger than --max-file-size \(100 > 50 bytes\)$/);
  });

  it('fails on a missing target', async () => {
    await expect(collect(['nope'], makeTempProject({}))).rejects.toThrow('no such file or directory: nope');
  });

  // Root reads any file regardless of its mode, so this only runs as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('fails on an unreadable file unless told to count it as skipped', async () => {
    const dir = makeTempProject({ 'secret.txt': 'x' });
    chmodSync(join(dir, 'secret.txt'), 0);
    await expect(collect(['.'], dir)).rejects.toThrow(/cannot read secret\.txt/);
    expect((await collect(['.'], dir, { skipUnreadable: true })).skipped['secret.txt']).toBe('unreadable: EACCES');
    chmodSync(join(dir, 'secret.txt'), 0o644);
  });

  // An unreadable folder (a root-owned database volume) fails the scan, naming it; unless an ignore file lists it
  // (it is then never entered), or --skip-unreadable counts it as skipped.
  it.skipIf(process.getuid?.() === 0)('names an unreadable folder, never enters an ignored one, and counts it as skipped when told to', async () => {
    const dir = makeTempProject({ 'app.py': 'x = 1\n', 'data/pgdata/base/1': 'x', 'cache/c.bin': 'x' });
    chmodSync(join(dir, 'data/pgdata'), 0);
    chmodSync(join(dir, 'cache'), 0);
    try {
      await expect(collect(['.'], dir)).rejects.toThrow(/^cannot list (cache|data\/pgdata): .*EACCES/);
      const skipping = await collect(['.'], dir, { skipUnreadable: true });
      expect(skipping.chunks).toEqual(['app.py']);
      expect(skipping.skipped).toEqual({ cache: 'unreadable: EACCES', 'data/pgdata': 'unreadable: EACCES' });
      writeFileSync(join(dir, '.gitignore'), 'pgdata/\n');
      writeFileSync(join(dir, '.stanchignore'), '/cache\n');
      const ignoring = await collect(['.'], dir);
      expect(ignoring.chunks).toEqual(['.gitignore', '.stanchignore', 'app.py']);
      expect(ignoring.skipped).toEqual({ cache: 'ignored by .stanchignore' });
    } finally {
      chmodSync(join(dir, 'data/pgdata'), 0o755);
      chmodSync(join(dir, 'cache'), 0o755);
    }
  });
});

describe('fileSource in a git work tree', () => {
  it('lists tracked and untracked-not-ignored files, with repo-relative paths from a subfolder', async () => {
    const dir = makeTempProject({ '.gitignore': 'dist/\n', 'dist/bundle.js': '1', 'src/a.js': '2', 'src/lib/b.js': '3', 'README.md': '4' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', 'src/a.js'], { cwd: dir });
    expect((await collect(['.'], dir)).chunks).toEqual(['.gitignore', 'README.md', 'src/a.js', 'src/lib/b.js']);
    expect((await collect(['.'], join(dir, 'src'))).chunks).toEqual(['src/a.js', 'src/lib/b.js']);
  });

  it('walks a folder git ignores when the user names it, and applies .stanchignore from the repository root', async () => {
    const dir = makeTempProject({ '.gitignore': 'dist/\n', '.stanchignore': '*.map\n', 'dist/bundle.js': '1', 'dist/bundle.js.map': '2' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(join(dir, 'empty'));
    const { chunks, skipped } = await collect(['dist'], dir);
    expect(chunks).toEqual(['dist/bundle.js']);
    expect(skipped).toEqual({ 'dist/bundle.js.map': 'ignored by .stanchignore' });
  });
});
