import Table from 'cli-table3';
import { UsageError } from '../../errors.js';
import { loadBuiltinPack, loadBuiltinPackWithExamples } from '../../rules/builtin-pack.js';
import { countOf } from '../../report/style.js';
import { escapeControls } from '../../report/terminal-text.js';
import { enableRules } from '../../rules/pack-options.js';
import { testRulePack } from '../../rules/test-rules.js';
import { parseCommandArgs } from '../common-options.js';
import { RULES_HELP } from '../help.js';
import type { CliIo } from '../io.js';
import type { RulePack } from '../../types.js';

// `stanch rules` lists the pack; `stanch rules test` runs every rule's examples.

/** Runs `stanch rules [test]`; returns the exit code. */
export async function runRules(args: string[], io: CliIo): Promise<number> {
  const { positionals, common } = parseCommandArgs(args, {}, io.env);
  if (common.help) {
    io.stdout(RULES_HELP);
    return 0;
  }
  // Opt-in rules are listed and tested like the others, marked as such; the hash shown is the default pack's.
  const builtin = loadBuiltinPack();
  const pack = enableRules(builtin, 'all');
  const [sub, ...ids] = positionals;
  if (sub === 'test') return testRules(io, ids, enableRules(await loadBuiltinPackWithExamples(), 'all'));
  if (sub !== undefined) throw new UsageError(`unknown rules subcommand "${sub}"`, 'use `stanch rules` or `stanch rules test [RULE-ID...]`');
  if (common.format === 'sarif') throw new UsageError('--format sarif is not available for rules: they are listed as human (default) or json', 'use `stanch rules -f json`; a SARIF scan report describes the rules it uses');
  if (common.format === 'json') {
    const rules = pack.rules.map(({ id, kind, severity, confidence, title, keywords, references, optIn }) => ({ id, kind, severity, confidence, title, keywords, references, optIn: optIn === true }));
    io.stdout(`${JSON.stringify({ hash: builtin.hash, rules }, null, 2)}\n`);
    return 0;
  }
  const table = new Table({ head: ['id', 'kind', 'severity', 'confidence', 'title'], style: { head: [], border: [] } });
  for (const r of pack.rules) table.push([escapeControls(r.id), r.kind, r.severity, r.confidence, escapeControls(r.optIn === true && !/\bopt-in\b/.test(r.title) ? `${r.title} (opt-in)` : r.title)]);
  const secrets = pack.rules.filter((r) => r.kind === 'secret').length;
  const optIn = pack.rules.filter((r) => r.optIn === true).length;
  const counts = `${pack.rules.length} rules: ${secrets} secret, ${pack.rules.length - secrets} misconfig; ${optIn} opt-in (enable them with \`enable:\` in .stanch.yaml)`;
  io.stdout(`${table.toString()}\n${counts} (pack ${builtin.hash}).\n`);
  return 0;
}

function testRules(io: CliIo, ids: string[], pack: RulePack): number {
  const unknown = ids.filter((id) => !pack.rules.some((r) => r.id === id));
  if (unknown.length > 0) throw new UsageError(`unknown rule id: ${unknown.join(', ')}`, 'run `stanch rules` for the list');
  const failures = testRulePack(pack, ids.length === 0 ? undefined : ids);
  const tested = ids.length === 0 ? pack.rules : pack.rules.filter((r) => ids.includes(r.id));
  const examples = tested.reduce((n, r) => n + (pack.examples[r.id]?.positive.length ?? 0) + (pack.examples[r.id]?.negative.length ?? 0), 0);
  for (const f of failures) io.stdout(`FAIL ${f.ruleId} ${f.expect}[${f.index}] (${f.path}): ${f.reason}\n`);
  io.stdout(`${countOf(tested.length, 'rule')}, ${countOf(examples, 'example')}: ${failures.length === 0 ? 'all pass' : `${failures.length} failed`}.\n`);
  return failures.length === 0 ? 0 : 1;
}
