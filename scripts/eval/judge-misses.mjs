// Reads scripts/eval/judged-misses.json: the misses of each corpus judged by hand, so `npm run eval` can say what
// the missed positives are and what recall is on the positives that are secrets at all.
import { readFileSync } from 'node:fs';

const JUDGED = JSON.parse(readFileSync(new URL('./judged-misses.json', import.meta.url), 'utf8'));

/**
 * Summarises a corpus's misses against the judgements: counts per category, the recall on positives judged to be
 * secrets (positives less the misses judged not to be one), judged lines now found and misses not judged yet.
 */
export function judgeMisses(file, positives, missLines) {
  const judged = JUDGED[file] ?? {};
  const misses = new Set(missLines.map(String));
  const counts = new Map();
  for (const line of misses) {
    const category = judged[line]?.[0] ?? 'not judged yet';
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const notSecrets = [...misses].filter((line) => judged[line] !== undefined && judged[line][0] !== 'missed').length;
  const found = positives - misses.size;
  return {
    counts: Object.fromEntries([...counts].sort((a, b) => b[1] - a[1])),
    secrets: positives - notSecrets,
    foundSecrets: found,
    nowFound: Object.keys(judged).filter((line) => !misses.has(line)),
    unjudged: [...misses].filter((line) => judged[line] === undefined),
  };
}

/** The judgement as lines of the eval's text report. */
export function formatJudgement(j) {
  const pct = j.secrets === 0 ? 'n/a' : `${((100 * j.foundSecrets) / j.secrets).toFixed(1)}%`;
  const counts = Object.entries(j.counts).map(([category, n]) => `${n} ${category}`).join(', ');
  const lines = [
    `  misses judged by hand (scripts/eval/judged-misses.json): ${counts || 'none'}`,
    `  recall on the positives judged to be secrets: ${pct} (${j.foundSecrets}/${j.secrets})`,
  ];
  if (j.nowFound.length > 0) lines.push(`  judged as misses but now found (update the file): lines ${j.nowFound.join(', ')}`);
  if (j.unjudged.length > 0) lines.push(`  misses not judged yet: lines ${j.unjudged.join(', ')}`);
  return lines;
}
