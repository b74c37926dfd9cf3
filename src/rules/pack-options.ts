import { createHash } from 'node:crypto';
import type { CompiledRule, RulePack } from '../types.js';
import { VERSION } from '../version.js';

// Variants of a pack a run asks for: opt-in rules turned on (`enable:`) and decoding (`--decode`). Each variant
// gets its own hash, so history caches never mix results of different variants.

/** Hash over the compiled rules and the stanch version; caches are keyed by it. */
export function hashRules(rules: readonly CompiledRule[]): string {
  return createHash('sha256').update(VERSION).update(JSON.stringify(rules)).digest('hex').slice(0, 16);
}

/** How many levels of base64/hex encoding `--decode` looks through (base64 of a hex string, say). */
export const DECODE_DEPTH = 2;

/** `pack` set to look inside encoded strings `depth` levels deep; the hash changes so caches do not mix. */
export function withDecodeDepth(pack: RulePack, depth: number): RulePack {
  return depth <= 0 ? pack : { ...pack, decodeDepth: depth, hash: `${pack.hash}-d${depth}` };
}

/** Every rule id the pack knows, running or opt-in. */
export function knownRuleIds(pack: RulePack): Set<string> {
  return new Set([...pack.rules, ...(pack.optional ?? [])].map((r) => r.id));
}

/**
 * `pack` with the opt-in rules (`optIn: true`) named in `ids`, or all of them, running too; the hash follows.
 * Opt-in rules sit beside the pack until a config's `enable:` list, or a tool such as the evaluation, asks.
 */
export function enableRules(pack: RulePack, ids: readonly string[] | 'all'): RulePack {
  const optional = pack.optional ?? [];
  const wanted = (id: string): boolean => ids === 'all' || ids.includes(id);
  if (!optional.some((r) => wanted(r.id))) return pack;
  const rules = [...pack.rules, ...optional.filter((r) => wanted(r.id))];
  return { ...pack, hash: hashRules(rules), rules, optional: optional.filter((r) => !wanted(r.id)) };
}
