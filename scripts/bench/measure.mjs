// Timing: wall time over repeated runs (median, min, max after a warm-up) and peak RSS via /usr/bin/time,
// through hyperfine when it is installed, else through an equivalent loop of our own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const TIME = '/usr/bin/time';
let counter = 0;

/** Runs `command` (argv) `runs` times after `warmup` runs: median, min, max wall ms, median CPU ms, peak RSS KB, exit status. */
export function measure(command, { cwd, runs = 5, warmup = 1, env = process.env } = {}) {
  const rssFile = join(tmpdir(), `stanch-bench-rss-${process.pid}-${++counter}`);
  rmSync(rssFile, { force: true });
  const argv = existsSync(TIME) ? [TIME, '-f', '%M %U %S', '-a', '-o', rssFile, ...command] : command;
  const timed = hasCommand('hyperfine') ? runHyperfine(argv, { cwd, runs, warmup, env }) : runLoop(argv, { cwd, runs, warmup, env });
  const usage = existsSync(rssFile) ? readUsage(rssFile) : [];
  rmSync(rssFile, { force: true });
  const times = [...timed.times].sort((a, b) => a - b);
  const rssKb = usage.length > 0 ? Math.max(...usage.map((u) => u.rssKb)) : undefined;
  const cpuMs = usage.length > 0 ? medianOf(usage.slice(warmup).map((u) => u.cpuMs)) : undefined;
  return { median: medianOf(times), min: times[0], max: times[times.length - 1], cpuMs, rssKb, status: timed.status, runs, tool: timed.tool };
}

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

// One line per run: peak RSS (KB), user and system seconds of the process and its children. /usr/bin/time writes
// "Command exited with non-zero status N" before it when the command fails.
function readUsage(file) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => /^\d+ [\d.]+ [\d.]+$/.test(l));
  return lines.map((line) => {
    const [rss, user, sys] = line.split(' ').map(Number);
    return { rssKb: rss, cpuMs: (user + sys) * 1000 };
  });
}

function runHyperfine(argv, { cwd, runs, warmup, env }) {
  const json = join(tmpdir(), `stanch-bench-hyperfine-${process.pid}-${counter}.json`);
  const line = argv.map(quote).join(' ');
  const args = ['-N', '-i', '--style', 'none', '--output', 'null', '--warmup', String(warmup), '--runs', String(runs), '--export-json', json, line];
  const result = spawnSync('hyperfine', args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0 || !existsSync(json)) throw new Error(`hyperfine failed on ${line}: ${result.stderr}`);
  const [first] = JSON.parse(readFileSync(json, 'utf8')).results;
  rmSync(json, { force: true });
  return { times: first.times.map((s) => s * 1000), status: first.exit_codes.at(-1) ?? -1, tool: 'hyperfine' };
}

function runLoop(argv, { cwd, runs, warmup, env }) {
  const times = [];
  let status = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.error) throw result.error;
    status = result.status ?? -1;
    if (i >= warmup) times.push(ms);
  }
  return { times, status, tool: 'loop' };
}

// POSIX single quoting, which hyperfine -N splits the same way a shell would.
function quote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Whether a program is on PATH. */
export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
