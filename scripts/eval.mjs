// `npm run eval`: rule coverage on the peers' test cases in ../shared/corpora/*.jsonl (when present).
// Recall: share of positives where any stanch rule fires. Flag rate: share of negatives where a rule fires,
// overall and from the same rule family as the peer rule. Figures are for the default pack, then again with
// the opt-in identifier rules enabled. Never prints case text (it holds secret-shaped strings).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectChunk, enableRules, isBlocking, loadBuiltinPack } from '../dist/index.js';
import { formatJudgement, judgeMisses } from './eval/judge-misses.mjs';

// ../shared/corpora next to the repository root, wherever the script is run from.
const corpora = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpora');
if (!existsSync(corpora)) {
  console.log(`corpora not found at ${corpora}, skipping`);
  process.exit(0);
}
// Each case is scanned as a code file with no extension: the snippets are code and configuration in many
// languages, and a name such as config.txt would be classified as documentation (confidence lowered).
const CASE_PATH = 'src/snippet';
const pack = loadBuiltinPack();
const fullPack = enableRules(pack, 'all');
const GENERIC_WORDS = new Set(['api', 'key', 'keys', 'token', 'tokens', 'secret', 'secrets', 'access', 'private', 'generic', 'auth', 'client', 'id', 'pat', 'v1', 'v2', 'user', 'app', 'service', 'account', 'password', 'credentials', 'webhook', 'url']);

/** Whether one of our rule ids belongs to the peer rule's family (shares a provider word). */
function sameFamily(peerRule, ourRuleId) {
  const words = peerRule.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
  return words.length === 0 ? true : words.some((w) => ourRuleId.includes(w));
}

/**
 * Runs every case through `p`; totals and per-peer-rule rows. A flagged negative whose flagged values are all
 * values the same corpus holds as a positive of another peer rule (a sibling key type: a Cloudflare API token
 * given as a negative for the Cloudflare global key) is counted apart as `flaggedSibling`.
 */
function evaluate(cases, p) {
  const byRule = new Map();
  const totals = { positives: 0, found: 0, foundBlocking: 0, negatives: 0, flagged: 0, flaggedSameFamily: 0, flaggedSibling: 0 };
  const results = cases.map((c) => detectChunk({ path: CASE_PATH, text: c.text }, p));
  const positiveValues = new Map();
  cases.forEach((c, i) => {
    if (c.expect === 'positive') for (const f of results[i]) positiveValues.set(f.secret, c.rule);
  });
  for (const [i, c] of cases.entries()) {
    const findings = results[i];
    const fired = findings.map((f) => f.ruleId);
    const row = byRule.get(c.rule) ?? { positives: 0, found: 0, negatives: 0, flagged: 0, misses: [] };
    if (c.expect === 'positive') {
      totals.positives++;
      row.positives++;
      if (fired.length > 0) { totals.found++; row.found++; } else row.misses.push(c.lineNo);
      if (findings.some((f) => isBlocking(f, 'high', 'medium'))) totals.foundBlocking++;
    } else {
      totals.negatives++;
      row.negatives++;
      if (fired.length > 0) { totals.flagged++; row.flagged++; }
      // The peers' cases ask whether a value is a secret: a misconfiguration found on the line (`curl -k -u …`, TLS off
      // with a login) makes no such claim, so it counts under "any rule" only.
      const same = findings.filter((f) => f.kind !== 'misconfig' && sameFamily(c.rule, f.ruleId));
      if (same.length > 0) totals.flaggedSameFamily++;
      if (same.length > 0 && same.every((f) => positiveValues.has(f.secret) && positiveValues.get(f.secret) !== c.rule)) totals.flaggedSibling++;
    }
    byRule.set(c.rule, row);
  }
  return { totals, byRule };
}

const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const summary = {};
for (const file of readdirSync(corpora).filter((f) => f.endsWith('.jsonl')).sort()) {
  const cases = readFileSync(join(corpora, file), 'utf8').split('\n').filter(Boolean).map((line, i) => ({ ...JSON.parse(line), lineNo: i + 1 }));
  const { totals, byRule } = evaluate(cases, pack);
  const full = evaluate(cases, fullPack).totals;
  console.log(`\n${file}: ${cases.length} cases, ${byRule.size} peer rules`);
  console.log(`  recall on positives:            ${pct(totals.found, totals.positives)} (${totals.found}/${totals.positives}); blocking by default: ${pct(totals.foundBlocking, totals.positives)}`);
  console.log(`  negatives flagged, same family: ${pct(totals.flaggedSameFamily, totals.negatives)} (${totals.flaggedSameFamily}/${totals.negatives}); leaving out ${totals.flaggedSibling} whose value is a sibling peer rule's positive: ${pct(totals.flaggedSameFamily - totals.flaggedSibling, totals.negatives)}`);
  console.log(`  negatives flagged, any rule:    ${pct(totals.flagged, totals.negatives)} (${totals.flagged}/${totals.negatives})`);
  console.log(`  with the opt-in identifier rules: recall ${pct(full.found, full.positives)}, same family ${pct(full.flaggedSameFamily, full.negatives)}, any rule ${pct(full.flagged, full.negatives)}`);
  const judgement = judgeMisses(file, totals.positives, [...byRule.values()].flatMap((r) => r.misses));
  for (const line of formatJudgement(judgement)) console.log(line);
  const gaps = [...byRule].filter(([, r]) => r.found < r.positives).sort((a, b) => a[1].found / a[1].positives - b[1].found / b[1].positives);
  if (gaps.length > 0) console.log(`  peer rules with misses, default pack (rule: found/positives, missed case line numbers):`);
  for (const [rule, r] of gaps) console.log(`    ${rule}: ${r.found}/${r.positives}  lines ${r.misses.join(', ')}`);
  const rate = (t) => ({
    recall: t.positives === 0 ? null : t.found / t.positives,
    sameFamilyFlagRate: t.negatives === 0 ? null : t.flaggedSameFamily / t.negatives,
    sameFamilyFlagRateWithoutSiblings: t.negatives === 0 ? null : (t.flaggedSameFamily - t.flaggedSibling) / t.negatives,
  });
  const judged = { misses: judgement.counts, recallOnSecrets: judgement.secrets === 0 ? null : judgement.foundSecrets / judgement.secrets };
  summary[file] = { ...totals, ...rate(totals), judged, withOptIn: { ...full, ...rate(full) } };
}
console.log(`\nsummary ${JSON.stringify({ rules: pack.rules.length, optIn: fullPack.rules.length - pack.rules.length, corpora: summary })}`);
