import type { RulePack } from '../types.js';
import { hashRules } from './compile-pack.js';

// Opt-in rules (`optIn: true`) sit beside the pack until a config's `enable:` list, or a tool such as the
// evaluation, turns them on.

/** Every rule id the pack knows, running or opt-in. */
export function knownRuleIds(pack: RulePack): Set<string> {
  return new Set([...pack.rules, ...(pack.optional ?? [])].map((r) => r.id));
}

/** `pack` with the opt-in rules named in `ids` (or all of them) running too; the hash follows. */
export function enableRules(pack: RulePack, ids: readonly string[] | 'all'): RulePack {
  const optional = pack.optional ?? [];
  const wanted = (id: string): boolean => ids === 'all' || ids.includes(id);
  if (!optional.some((r) => wanted(r.id))) return pack;
  const rules = [...pack.rules, ...optional.filter((r) => wanted(r.id))];
  return { ...pack, hash: hashRules(rules), rules, optional: optional.filter((r) => !wanted(r.id)) };
}
