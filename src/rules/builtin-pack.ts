import type { RulePack } from '../types.js';
import { BUILTIN_PACK } from './builtin-pack.generated.js';

// The rule pack compiled from rules/**/*.yaml at build time (scripts/compile-rules.ts).

/** The built-in rule pack (without examples, which only the rule tester needs). */
export function loadBuiltinPack(): RulePack {
  return BUILTIN_PACK;
}

/** The built-in pack with every rule's examples, for `stanch rules test`. */
export async function loadBuiltinPackWithExamples(): Promise<RulePack> {
  const { BUILTIN_EXAMPLES } = await import('./builtin-examples.generated.js');
  return { ...BUILTIN_PACK, examples: BUILTIN_EXAMPLES };
}
