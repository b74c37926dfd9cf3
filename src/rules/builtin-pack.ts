import type { RulePack } from '../types.js';
import { BUILTIN_PACK } from './builtin-pack.generated.js';

// The rule pack compiled from rules/**/*.yaml at build time (scripts/compile-rules.ts).

/** The built-in rule pack. */
export function loadBuiltinPack(): RulePack {
  return BUILTIN_PACK;
}
