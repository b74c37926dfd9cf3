import { describe, expect, it } from 'vitest';
import { preparePack } from '../../src/detect/prepare-pack.js';
import type { PathChange } from '../../src/history/attribute.js';
import { createBlobPlanner, planBlobRules } from '../../src/history/plan-blob-rules.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';

const change = (path: string, newOid: string): PathChange => ({ path, newOid, entries: [] });

describe('planBlobRules', () => {
  const pack = loadBuiltinPack();
  const ids = (scoped: readonly number[] | undefined) => scoped?.map((i) => pack.rules[i]?.id);
  const scopedAt = (path: string) => preparePack(pack).rules.filter((r) => r.pathScoped && r.appliesTo(path)).map((r) => r.rule.id);

  it('gives a blob the path-scoped rules of every path it appears at, and only those', () => {
    const rulesFor = planBlobRules([[change('lib/util.go', 'a1'), change('Dockerfile', 'b2')], [change('assets/logo.svg', 'c3'), change('app/server.js', 'b2')]], pack);
    expect(ids(rulesFor('b2'))?.sort()).toEqual([...new Set([...scopedAt('Dockerfile'), ...scopedAt('app/server.js')])].sort());
    expect(ids(rulesFor('a1'))).toEqual(scopedAt('lib/util.go'));
    expect(scopedAt('Dockerfile').length).toBeGreaterThan(0);
    expect(rulesFor('c3')).toEqual([]);
  });

  it('runs every rule on a blob it was not told about (an older or HEAD version)', () => {
    expect(planBlobRules([[change('lib/util.go', 'a1')]], pack)('ffff')).toBeUndefined();
  });

  it('plans incrementally as the log streams: a plan grows with each path, and any order gives the same plans', () => {
    const lists = [[change('lib/util.go', 'a1'), change('Dockerfile', 'b2')], [change('assets/logo.svg', 'c3'), change('app/server.js', 'b2')]];
    const whole = planBlobRules(lists, pack);
    const planner = createBlobPlanner(pack);
    planner.add(lists[1] ?? []);
    expect(planner.scopedFor('b2')).toBe(planBlobRules([lists[1] ?? []], pack)('b2'));
    expect(planner.scopedFor('b2')).not.toBe(whole('b2'));
    expect(planner.scopedFor('a1')).toBeUndefined();
    planner.add(lists[0] ?? []);
    planner.add(lists[1] ?? []);
    for (const oid of ['a1', 'b2', 'c3', 'ffff']) expect(planner.scopedFor(oid)).toBe(whole(oid));
  });
});
