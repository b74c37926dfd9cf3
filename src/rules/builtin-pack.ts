import type { RulePack } from '../types.js';
import { BUILTIN_HELP } from './builtin-help.generated.js';
import { attachHelp, loadLeanBuiltinPack } from './lean-builtin-pack.js';

// The rule pack compiled from rules/**/*.yaml at build time (scripts/compile-rules.ts), whole: the library's entry.
// The CLI reads lean-builtin-pack.ts instead, which leaves the help texts out until a report shows findings.

let whole: RulePack | undefined;

/** The built-in rule pack with every rule's help text and references (without examples, which only the rule tester needs). */
export function loadBuiltinPack(): RulePack {
  // One object for every caller: detection compiles a pack's regexes once per pack object.
  whole ??= attachHelp(loadLeanBuiltinPack(), BUILTIN_HELP);
  return whole;
}
