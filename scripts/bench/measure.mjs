// Timing: wall time over repeated runs (median, min, max after a warm-up) and peak RSS via /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const TIME = '/usr/bin/time';

/** Runs `command` (argv) `runs` times after `warmup` runs; `prepare` runs before each (untimed). */
export function measure(command, { cwd, runs = 5, warmup = 1, env = process.env, prepare, input } = {}) {
  const times = [];
  let rss = 0;
  let status = 0;
  for (let i = 0; i < warmup + runs; i++) {
    prepare?.();
    const rssFile = join(tmpdir(), `stanch-bench-rss-${process.pid}`);
    const argv = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, ...command] : command;
    const started = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv.slice(1), { cwd, env, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    status = result.status ?? -1;
    if (result.error) throw result.error;
    if (existsSync(rssFile)) {
      rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) || 0);
      rmSync(rssFile, { force: true });
    }
    if (i >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], rssKb: existsSync(TIME) ? rss : undefined, status, runs };
}

/** Whether a program is on PATH. */
export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
