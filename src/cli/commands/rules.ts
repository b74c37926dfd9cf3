import { UsageError } from '../../errors.js';
import { loadBuiltinPackWithExamples, loadLeanBuiltinPack, withBuiltinHelp } from '../../rules/lean-builtin-pack.js';
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
  const builtin = loadLeanBuiltinPack();
  const [sub, ...ids] = positionals;
  if (sub === 'test') return testRules(io, ids, enableRules(await loadBuiltinPackWithExamples(), 'all'));
  if (sub !== undefined) throw new UsageError(`unknown rules subcommand "${sub}"`, 'use `stanch rules` or `stanch rules test [RULE-ID...]`');
  if (common.format === 'sarif') throw new UsageError('--format sarif is not available for rules: they are listed as human (default) or json', 'use `stanch rules -f json`; a SARIF scan report describes the rules it uses');
  const pack = enableRules(common.format === 'json' ? await withBuiltinHelp(builtin) : builtin, 'all');
  if (common.format === 'json') {
    const rules = pack.rules.map(({ id, kind, severity, confidence, title, keywords, references, optIn }) => ({ id, kind, severity, confidence, title, keywords, references, optIn: optIn === true }));
    io.stdout(`${JSON.stringify({ hash: builtin.hash, rules }, null, 2)}\n`);
    return 0;
  }
  const rows = pack.rules.map((r) => [escapeControls(r.id), r.kind, r.severity, r.confidence, escapeControls(r.optIn === true && !/\bopt-in\b/.test(r.title) ? `${r.title} (opt-in)` : r.title)]);
  const width = io.columns !== undefined && io.stdoutIsTty ? io.columns : undefined;
  const secrets = pack.rules.filter((r) => r.kind === 'secret').length;
  const optIn = pack.rules.filter((r) => r.optIn === true).length;
  const counts = `${pack.rules.length} rules: ${secrets} secret, ${pack.rules.length - secrets} misconfig; ${optIn} opt-in (enable them with \`enable:\` in .stanch.yaml)`;
  io.stdout(`${formatColumns(['id', 'kind', 'severity', 'confidence', 'title'], rows, width)}\n${counts} (pack ${builtin.hash}).\n`);
  return 0;
}

// One line per rule in aligned columns (greppable, no frame). On a terminal too narrow for the whole line, the
// last column (the title) goes on its own indented line, cut to the width.
function formatColumns(head: string[], rows: string[][], width: number | undefined): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const fits = width === undefined || widths.reduce((sum, w) => sum + w + 2, -2) <= width;
  const cut = (text: string): string => (width !== undefined && text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text);
  const line = (cells: string[]): string => {
    const columns = cells.slice(0, -1).map((cell, i) => cell.padEnd(widths[i] ?? 0));
    const last = cells.at(-1) ?? '';
    return fits ? [...columns, last].join('  ') : `${cut(columns.join('  ').trimEnd())}\n${cut(`    ${last}`)}`;
  };
  return [head, ...rows].map(line).join('\n');
}

function testRules(io: CliIo, ids: string[], pack: RulePack): number {
  const unknown = ids.filter((id) => !pack.rules.some((r) => r.id === id));
  if (unknown.length > 0) throw new UsageError(`unknown rule id: ${unknown.join(', ')}`, 'run `stanch rules` for the list');
  const failures = testRulePack(pack, ids.length === 0 ? undefined : ids);
  const tested = ids.length === 0 ? pack.rules : pack.rules.filter((r) => ids.includes(r.id));
  const count = (r: { id: string }): number => {
    const { positive = [], negative = [], lowered = [] } = pack.examples[r.id] ?? {};
    return positive.length + negative.length + lowered.length;
  };
  const examples = tested.reduce((n, r) => n + count(r), 0);
  for (const f of failures) io.stdout(`FAIL ${f.ruleId} ${f.expect}[${f.index}] (${f.path}): ${f.reason}\n`);
  io.stdout(`${countOf(tested.length, 'rule')}, ${countOf(examples, 'example')}: ${failures.length === 0 ? 'all pass' : `${failures.length} failed`}.\n`);
  return failures.length === 0 ? 0 : 1;
}
