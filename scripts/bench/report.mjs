// Turns measured rows into BENCHMARKS.md: the machine, the table with ratios, and whether each target is met.
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

const ms = (v) => (v === undefined ? '' : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

/** Whether a row meets its target, as text (empty when it has none). */
export function verdict(row) {
  if (row.missing) return `missing: ${row.missing}`;
  if (row.status !== undefined && (row.status < 0 || row.status > 1)) return `❌ failed: exit ${row.status}`;
  if (row.failed) return '❌ missed: findings differ';
  const ratio = row.ratioOnly ?? (row.vs && !row.vs.missing ? row.median / row.vs.median : undefined);
  if (ratio === undefined) return '';
  if (!row.target) return `${ratio.toFixed(2)}× ${row.vsName} (no target)`;
  const ok = row.target.max !== undefined ? ratio <= row.target.max : ratio >= row.target.min;
  const goal = row.target.max !== undefined ? `≤ ${row.target.max}× ${row.target.of}` : `≥ ${row.target.min}× ${row.target.of}`;
  return `${ratio.toFixed(2)}× (target ${goal}) ${ok ? '✅ met' : '❌ missed'}`;
}

/** The Markdown document; `analysis` is hand-written Markdown on where the time goes (may be empty). */
export function renderBenchmarks(machine, inputs, rows, analysis = '') {
  const lines = [
    '# stanch benchmarks',
    '',
    `Measured by \`npm run bench\` on ${machine.date}: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB RAM,`,
    `Node ${machine.node}, git ${machine.git}, stanch commit ${machine.commit}; load average ${machine.load} at the start,`,
    `${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end (other work on the machine shows up as wide min–max ranges).`,
    `Wall time is the median of ${rows.find((r) => r.runs > 1)?.runs ?? 5} runs after one warm-up unless the row says otherwise, timed by`,
    `${rows.find((r) => r.tool)?.tool === 'hyperfine' ? 'hyperfine' : 'a loop in scripts/bench/measure.mjs'}; CPU is the median user + system time of the process`,
    'and the children it waited for (git, worker threads), and peak RSS the largest resident set among them (/usr/bin/time).',
    '',
    '## Inputs',
    '',
    ...inputs.map((i) => `- ${i}`),
    '',
    '| group | command | median | min–max | CPU | peak RSS | ratio / target |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    if (row.missing) lines.push(`| ${row.group} | ${row.name} | missing: ${row.missing} | | | | |`);
    else if (row.ratioOnly !== undefined) lines.push(`| ${row.group} | ${row.name} | | | | | ${verdict(row)} |`);
    else lines.push(`| ${row.group} | ${row.name} | ${ms(row.median)} | ${ms(row.min)}–${ms(row.max)} | ${row.cpuMs === undefined ? 'n/a' : ms(row.cpuMs)} | ${row.rssKb ? `${Math.round(row.rssKb / 1024)} MB` : 'n/a'} | ${verdict(row)} |`);
  }
  const rss = rows.filter((r) => r.name.startsWith('stanch') && r.rssKb).map((r) => r.rssKb / 1024);
  lines.push('', `Peak RSS of stanch across all rows: ${rss.length ? `${Math.round(Math.max(...rss))} MB` : 'n/a'} (target < 300 MB ${rss.length && Math.max(...rss) < 300 ? '✅ met' : '❌ missed'}).`, '');
  const targeted = rows.filter((r) => r.target || r.failed);
  const met = targeted.filter((r) => verdict(r).endsWith('✅ met'));
  lines.push('## Targets', '', `${met.length} of ${targeted.length} ratio targets met in this run.`, '');
  for (const row of targeted) lines.push(`- ${row.group}, ${row.name}: ${verdict(row)}`);
  if (analysis.trim()) lines.push('', analysis.trim());
  return `${lines.join('\n')}\n`;
}

/** Cores, memory, Node and git versions, date and the stanch commit. */
export function describeMachine() {
  const sh = (cmd) => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    git: sh('git --version').replace('git version ', ''),
    date: new Date().toISOString().slice(0, 10),
    commit: sh('git rev-parse --short HEAD'),
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
