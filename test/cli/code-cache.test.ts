import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// The V8 code cache of the built CLI (npm test builds first): written after a finished run, used by the next,
// and never a reason for different output or a failure when it is corrupt, rejected or cannot be written.

const CLI = resolve('dist/cli.js');
const STRIPE = ['sk', 'live', 'Vb7Rx2Kq9Mw4Tz6Hn3Pd8Lc5'].join('_');

// A repository with one staged secret: `stanch staged` exits 1 with one finding.
function stagedRepo(): string {
  const repo = makeRepo();
  repo.write('pay.js', `const stripe = require("stripe")("${STRIPE}");\n`);
  repo.git('add', 'pay.js');
  return repo.dir;
}

function stanch(cwd: string, env: Record<string, string>, cli = CLI) {
  const result = spawnSync(process.execPath, [cli, 'staged', '-f', 'json'], { cwd, encoding: 'utf8', env: { ...GIT_TEST_ENV, NO_COLOR: '1', ...env } });
  const debug = result.stderr.match(/^stanch: code cache .*$/m)?.[0] ?? '';
  // The report's duration is the only part that may differ from run to run.
  return { status: result.status, stdout: result.stdout.replace(/"durationMs": \d+/, '"durationMs": 0'), stderr: result.stderr.replace(debug, '').trim(), debug };
}

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.bin')) : [];
}

// A staged repository run once with a cache folder of its own: the run's result and the cache file it wrote.
function runOnceWithCache(): { cwd: string; env: Record<string, string>; expected: ReturnType<typeof stanch>; file: string } {
  const cwd = stagedRepo();
  const dir = join(makeTempProject({}), 'cache');
  const env = { STANCH_CODE_CACHE_DIR: dir, STANCH_CODE_CACHE_DEBUG: '1' };
  const expected = stanch(cwd, env);
  return { cwd, env, expected, file: join(dir, cacheFiles(dir)[0] ?? '') };
}

describe.skipIf(!existsSync(CLI))('V8 code cache of dist/cli.js', () => {
  it('writes the cache after the first run and uses it on the next, with the same output as without a cache', () => {
    const cwd = stagedRepo();
    const dir = join(makeTempProject({}), 'cache');
    const env = { STANCH_CODE_CACHE_DIR: dir, STANCH_CODE_CACHE_DEBUG: '1' };
    const without = stanch(cwd, { STANCH_CODE_CACHE: '0' });
    const first = stanch(cwd, env);
    const second = stanch(cwd, env);
    expect(first.debug).toMatch(/^stanch: code cache absent .*; wrote /);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(cacheFiles(dir)[0]).toMatch(new RegExp(`^${process.version}-${process.arch}-[0-9a-f]{16}-.*-staged\\.bin$`));
    expect(second.debug).toMatch(/^stanch: code cache used /);
    expect(without.status).toBe(1);
    expect(JSON.parse(without.stdout).findings).toHaveLength(1);
    // The package's bin is the CommonJS copy of the launcher: same cache, same output.
    const bin = stanch(cwd, env, resolve('dist/cli.cjs'));
    expect(bin.debug).toMatch(/^stanch: code cache used /);
    for (const run of [first, second, bin]) expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 1, stdout: without.stdout, stderr: without.stderr });
  });

  it('ignores a truncated or corrupt cache file and replaces it after the run', () => {
    const { cwd, env, expected, file } = runOnceWithCache();
    const good = readFileSync(file);
    // Same length, flipped bytes in the V8 data: V8 itself would not notice (it does not checksum the data).
    const flipped = Buffer.from(good);
    for (let i = 64; i < flipped.length; i += 997) flipped[i] = (flipped[i] ?? 0) ^ 0xff;
    for (const damaged of [good.subarray(0, good.length >> 1), flipped, Buffer.from('not a cache')]) {
      writeFileSync(file, damaged);
      const run = stanch(cwd, env);
      expect(run.debug).toMatch(/^stanch: code cache absent .*; wrote /);
      expect({ status: run.status, stdout: run.stdout }).toEqual({ status: expected.status, stdout: expected.stdout });
      expect(readFileSync(file).equals(damaged)).toBe(false);
      expect(stanch(cwd, env).debug).toMatch(/^stanch: code cache used /);
    }
  });

  it('replaces data V8 rejects, and runs without a cache where none can be written', () => {
    const { cwd, env, expected, file } = runOnceWithCache();
    // A well-formed file of ours whose data is not V8's: the checksum passes, V8 rejects it.
    const data = Buffer.alloc(256, 7);
    const header = Buffer.concat([Buffer.from('STANCHV8', 'latin1'), Buffer.alloc(8)]);
    header.writeUInt32LE(data.length, 8);
    header.writeUInt32LE(crc32(data), 12);
    writeFileSync(file, Buffer.concat([header, data]));
    const rejected = stanch(cwd, env);
    expect(rejected.debug).toMatch(/^stanch: code cache rejected .*; wrote /);
    expect(rejected.stdout).toBe(expected.stdout);
    expect(stanch(cwd, env).debug).toMatch(/^stanch: code cache used /);

    // A cache folder that cannot be created (a file is in the way): same output, exit code, nothing written.
    const blocked = join(makeTempProject({ 'file': 'x' }), 'file', 'cache');
    const run = stanch(cwd, { STANCH_CODE_CACHE_DIR: blocked, STANCH_CODE_CACHE_DEBUG: '1' });
    expect(run.debug).toMatch(/^stanch: code cache absent [^;]*$/);
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 1, stdout: expected.stdout, stderr: expected.stderr });
  });
});

// CRC-32 (IEEE), as zlib computes it, for writing a well-formed cache file by hand.
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
