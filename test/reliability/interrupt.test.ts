import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';

// Ctrl-C during a long audit: stanch stops within seconds, exits non-zero, and leaves no git process behind.
const CLI = resolve('dist/cli.js');

function gitProcessesIn(dir: string): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number).filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === dir && readlinkSync(`/proc/${pid}/exe`).endsWith('/git');
    } catch {
      return false;
    }
  });
}

describe.skipIf(!existsSync(CLI) || !existsSync('/proc/self/cwd'))('interrupting stanch history', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s stops it promptly, non-zero, with its git children gone', async (signal) => {
    const repo = makeRepo();
    // About 10,000 commits of distinct text (60 MB, over a second of scanning on a fast machine), and the signal
    // is sent as soon as the scan's git readers are running: it lands mid-scan however fast the machine is.
    const parts: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const body = `// file ${i}\n${`const v${i} = "${(i * 7919).toString(36)}";\n`.repeat(200)}`;
      parts.push(`commit refs/heads/main\ncommitter T <t@example.com> ${1700000000 + i} +0000\ndata 2\nc\nM 100644 inline f${i % 50}.js\ndata ${Buffer.byteLength(body)}\n${body}\n`);
    }
    const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: parts.join(''), env: GIT_TEST_ENV, maxBuffer: 1 << 30 });
    expect(imported.status).toBe(0);
    const child = spawn(process.execPath, [CLI, 'history', '--no-cache', '-j', '1', '-f', 'json', '-o', '/dev/null'], { cwd: repo.dir, env: GIT_TEST_ENV, stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    const deadline = Date.now() + 20_000;
    while (gitProcessesIn(repo.dir).length === 0 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    expect(child.exitCode).toBeNull(); // still scanning when the signal arrives
    const started = Date.now();
    child.kill(signal);
    const code = await exited;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(code).not.toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(gitProcessesIn(repo.dir)).toEqual([]);
  }, 60_000);
});
