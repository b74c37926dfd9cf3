// Turns measured rows into the BENCHMARKS.md table, with ratios and whether each target is met.

const ms = (v) => (v === undefined ? '' : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

/** Whether a row meets its target, as text (empty when it has none). */
export function verdict(row) {
  if (!row.target) return '';
  const ratio = row.ratioOnly ?? (row.vs ? row.median / row.vs.median : undefined);
  if (ratio === undefined) return '';
  const ok = row.target.max !== undefined ? ratio <= row.target.max : ratio >= row.target.min;
  const goal = row.target.max !== undefined ? `≤ ${row.target.max}× ${row.target.of}` : `≥ ${row.target.min}× ${row.target.of}`;
  return `${ratio.toFixed(2)}× (target ${goal}) ${ok ? '✅ met' : '❌ missed'}`;
}

/** The Markdown document. */
export function renderBenchmarks(machine, inputs, rows) {
  const lines = [
    '# stanch benchmarks',
    '',
    `Measured by \`npm run bench\` on ${machine.date}: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB RAM,`,
    `Node ${machine.node}, git ${machine.git}, stanch commit ${machine.commit}. Wall time is the median of ${rows.find((r) => r.runs)?.runs ?? 5} runs after`,
    'one warm-up (min–max in brackets); RSS is the peak resident set of the measured process.',
    '',
    '## Inputs',
    '',
    ...inputs.map((i) => `- ${i}`),
    '',
    '| group | command | median | min–max | peak RSS | ratio / target |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    if (row.missing) lines.push(`| ${row.group} | ${row.name} | missing: ${row.missing} | | | |`);
    else if (row.ratioOnly !== undefined) lines.push(`| ${row.group} | ${row.name} | | | | ${verdict(row)} |`);
    else lines.push(`| ${row.group} | ${row.name} | ${ms(row.median)} | ${ms(row.min)}–${ms(row.max)} | ${row.rssKb ? `${Math.round(row.rssKb / 1024)} MB` : 'n/a'} | ${verdict(row)} |`);
  }
  const rss = rows.filter((r) => r.name.startsWith('stanch') && r.rssKb).map((r) => r.rssKb / 1024);
  lines.push('', `Peak RSS of stanch across all rows: ${rss.length ? `${Math.round(Math.max(...rss))} MB` : 'n/a'} (target < 300 MB ${rss.length && Math.max(...rss) < 300 ? '✅ met' : '❌ missed'}).`, '');
  return `${lines.join('\n')}\n`;
}
