import { preparePack } from '../detect/prepare-pack.js';
import type { ScopedRules } from '../pipeline/detect-blob.js';
import type { RulePack } from '../types.js';
import type { PathChange } from './attribute.js';

// Path-scoped rules (Dockerfile, compose, settings modules, rules for one language) apply at few paths, yet
// together their regexes cost as much as all the others: history runs on each blob only those that apply at
// one of the paths it appears at.

/**
 * The path-scoped rules each blob needs: those that apply at a path some listed change puts it at. A blob the
 * changes do not list (an older or HEAD version) gets every rule.
 */
export function planBlobRules(changes: readonly (readonly PathChange[])[], pack: RulePack): (oid: string) => ScopedRules {
  const rules = preparePack(pack).rules;
  const scoped = rules.flatMap((rule, index) => (rule.pathScoped ? [index] : []));
  const byPath = new Map<string, readonly number[]>();
  const atPath = (path: string): readonly number[] => {
    let found = byPath.get(path);
    if (found === undefined) {
      found = scoped.filter((index) => rules[index]?.appliesTo(path) === true);
      byPath.set(path, found);
    }
    return found;
  };
  const byBlob = new Map<string, Set<number>>();
  for (const list of changes) {
    for (const change of list) {
      const set = byBlob.get(change.newOid) ?? new Set<number>();
      for (const index of atPath(change.path)) set.add(index);
      byBlob.set(change.newOid, set);
    }
  }
  const plans = new Map([...byBlob].map(([oid, set]): [string, readonly number[]] => [oid, [...set].sort((a, b) => a - b)]));
  return (oid) => plans.get(oid);
}
