// `npm run eval`: rule coverage on the peers' test cases in ../shared/corpora/*.jsonl (when present).
// Recall: share of positives where any stanch rule fires. Flag rate: share of negatives where a rule fires,
// overall and from the same rule family as the peer rule. Never prints case text (it holds secret-shaped strings).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectChunk, loadBuiltinPack } from '../dist/index.js';

// ../shared/corpora next to the repository root, wherever the script is run from.
const corpora = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpora');
if (!existsSync(corpora)) {
  console.log(`corpora not found at ${corpora}, skipping`);
  process.exit(0);
}
const pack = loadBuiltinPack();
const GENERIC_WORDS = new Set(['api', 'key', 'keys', 'token', 'tokens', 'secret', 'secrets', 'access', 'private', 'generic', 'auth', 'client', 'id', 'pat', 'v1', 'v2', 'user', 'app', 'service', 'account', 'password', 'credentials', 'webhook', 'url']);

/** Whether one of our rule ids belongs to the peer rule's family (shares a provider word). */
function sameFamily(peerRule, ourRuleId) {
  const words = peerRule.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
  return words.length === 0 ? true : words.some((w) => ourRuleId.includes(w));
}

const summary = {};
for (const file of readdirSync(corpora).filter((f) => f.endsWith('.jsonl')).sort()) {
  const cases = readFileSync(join(corpora, file), 'utf8').split('\n').filter(Boolean).map((line, i) => ({ ...JSON.parse(line), lineNo: i + 1 }));
  const byRule = new Map();
  const totals = { positives: 0, found: 0, negatives: 0, flagged: 0, flaggedSameFamily: 0 };
  for (const c of cases) {
    const fired = detectChunk({ path: 'config.txt', text: c.text }, pack).map((f) => f.ruleId);
    const row = byRule.get(c.rule) ?? { positives: 0, found: 0, negatives: 0, flagged: 0, misses: [] };
    if (c.expect === 'positive') {
      totals.positives++;
      row.positives++;
      if (fired.length > 0) { totals.found++; row.found++; } else row.misses.push(c.lineNo);
    } else {
      totals.negatives++;
      row.negatives++;
      if (fired.length > 0) { totals.flagged++; row.flagged++; }
      if (fired.some((id) => sameFamily(c.rule, id))) totals.flaggedSameFamily++;
    }
    byRule.set(c.rule, row);
  }
  const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  console.log(`\n${file}: ${cases.length} cases, ${byRule.size} peer rules`);
  console.log(`  recall on positives:            ${pct(totals.found, totals.positives)} (${totals.found}/${totals.positives})`);
  console.log(`  negatives flagged, same family: ${pct(totals.flaggedSameFamily, totals.negatives)} (${totals.flaggedSameFamily}/${totals.negatives})`);
  console.log(`  negatives flagged, any rule:    ${pct(totals.flagged, totals.negatives)} (${totals.flagged}/${totals.negatives})`);
  const gaps = [...byRule].filter(([, r]) => r.found < r.positives).sort((a, b) => a[1].found / a[1].positives - b[1].found / b[1].positives);
  if (gaps.length > 0) console.log(`  peer rules with misses (rule: found/positives, missed case line numbers):`);
  for (const [rule, r] of gaps) console.log(`    ${rule}: ${r.found}/${r.positives}  lines ${r.misses.join(', ')}`);
  summary[file] = { ...totals, recall: totals.positives === 0 ? null : totals.found / totals.positives, sameFamilyFlagRate: totals.negatives === 0 ? null : totals.flaggedSameFamily / totals.negatives };
}
console.log(`\nsummary ${JSON.stringify({ rules: pack.rules.length, corpora: summary })}`);
