import type { CompiledRule, RuleHelp, RulePack } from '../types.js';
import { BUILTIN_PACK } from './builtin-pack.generated.js';
import { expandLeanPack } from './lean-rule.js';

// The built-in pack as the CLI loads it: rules without their help texts and references (a third of the pack), which
// are read from their own module only when a report shows findings or `stanch rules` lists the pack. A clean
// pre-commit run never reads them.

let lean: RulePack | undefined;

/** The built-in pack with empty help texts and references; withBuiltinHelp fills them in. */
export function loadLeanBuiltinPack(): RulePack {
  // One object for every caller: detection compiles a pack's regexes once per pack object.
  lean ??= expandLeanPack(BUILTIN_PACK);
  return lean;
}

/** The pack with the built-in rules' help texts and references filled in (a rule from a config keeps its own). */
export async function withBuiltinHelp(pack: RulePack): Promise<RulePack> {
  if (!pack.rules.some(lacksHelp) && !(pack.optional ?? []).some(lacksHelp)) return pack;
  const { BUILTIN_HELP } = await import('./builtin-help.generated.js');
  return attachHelp(pack, BUILTIN_HELP);
}

/** The built-in pack with every rule's examples, for `stanch rules test`. */
export async function loadBuiltinPackWithExamples(): Promise<RulePack> {
  const { BUILTIN_EXAMPLES } = await import('./builtin-examples.generated.js');
  return { ...loadLeanBuiltinPack(), examples: BUILTIN_EXAMPLES };
}

/** `pack` with the help of every rule that has none taken from `help` (by rule id). */
export function attachHelp(pack: RulePack, help: Readonly<Record<string, RuleHelp>>): RulePack {
  const fill = (rule: CompiledRule): CompiledRule => {
    const found = lacksHelp(rule) ? help[rule.id] : undefined;
    return found === undefined ? rule : { ...rule, help: found.help, references: found.references };
  };
  return { ...pack, rules: pack.rules.map(fill), ...(pack.optional === undefined ? {} : { optional: pack.optional.map(fill) }) };
}

function lacksHelp(rule: CompiledRule): boolean {
  return rule.help === '';
}
