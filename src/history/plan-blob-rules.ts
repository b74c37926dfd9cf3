import { matchNamesOnly } from '../detect/glob.js';
import { preparePack } from '../detect/prepare-pack.js';
import type { ScopedRules } from '../pipeline/detect-blob.js';
import type { RulePack } from '../types.js';
import type { PathChange } from './attribute.js';
import { coversScoped, internScoped } from './scoped-rules.js';

// Path-scoped rules (Dockerfile, compose, settings modules, rules for one language) apply at few paths, yet
// together their regexes cost as much as all the others: history runs on each blob only those that apply at
// one of the paths it appears at.

/**
 * The path-scoped rules each blob needs: those that apply at a path some listed change puts it at. A blob the
 * changes do not list (an older or HEAD version) gets every rule. `known` holds paths planned by earlier runs
 * (with the same pack); the paths planned afresh are added to it.
 */
export function planBlobRules(changes: readonly (readonly PathChange[])[], pack: RulePack, known = new Map<string, readonly number[]>()): (oid: string) => ScopedRules {
  const planner = createBlobPlanner(pack, known);
  for (const list of changes) planner.add(list);
  return planner.scopedFor;
}

/** Plans blobs as their changes arrive (while the log streams): a blob's plan grows with each path it is seen at. */
export interface BlobPlanner {
  add: (changes: readonly PathChange[]) => void;
  /** The plan for the changes added so far (`undefined` for a blob none listed: every rule). */
  scopedFor: (oid: string) => ScopedRules;
}

/** An empty planner; adding every change in any order gives the plans `planBlobRules` gives. */
export function createBlobPlanner(pack: RulePack, known = new Map<string, readonly number[]>()): BlobPlanner {
  const rules = preparePack(pack).rules;
  // Rules with the same file globs (every `**/*.py` rule, say) are tested once per path.
  const groups = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    if (!rule.pathScoped) return;
    const key = JSON.stringify([rule.rule.files, rule.rule.path]);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  // Rules whose globs name files only (`**/Dockerfile`, `**/*.py`) give the same answer for every path with
  // that file name; the others are tested on each path.
  const tests = [...groups.values()].flatMap((group) => {
    const rule = rules[group[0] ?? -1];
    if (rule === undefined) return [];
    const { files, path } = rule.rule;
    return [{ appliesTo: rule.appliesTo, group, byName: path === undefined && matchNamesOnly([...(files?.include ?? []), ...(files?.exclude ?? [])]) }];
  });
  const collect = (path: string, byName: boolean, into: number[] = []): number[] => {
    for (const test of tests) if (test.byName === byName && test.appliesTo(path)) into.push(...test.group);
    return into;
  };
  const byName = new Map<string, readonly number[]>();
  const atPath = (path: string): readonly number[] => {
    let found = known.get(path);
    if (found === undefined) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      let named = byName.get(name);
      if (named === undefined) byName.set(name, (named = collect(name, true)));
      found = internScoped(collect(path, false, [...named]).sort((a, b) => a - b));
      known.set(path, found);
    }
    return found;
  };
  // Most blobs appear at one path (or at paths with the same rules): their plan is that path's shared list.
  const plans = new Map<string, readonly number[]>();
  return {
    add: (changes) => {
      for (const change of changes) {
        const here = atPath(change.path);
        const planned = plans.get(change.newOid);
        if (planned === undefined || planned === here) plans.set(change.newOid, here);
        else if (!coversScoped(planned, here)) plans.set(change.newOid, internScoped([...new Set([...planned, ...here])].sort((a, b) => a - b)));
      }
    },
    scopedFor: (oid) => plans.get(oid),
  };
}
