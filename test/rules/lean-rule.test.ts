import { describe, expect, it } from 'vitest';
import { expandLeanPack, leanPack, leanRule } from '../../src/rules/lean-rule.js';
import type { CompiledRule } from '../../src/types.js';
import { loadFullDiskPack } from '../helpers/disk-pack.js';

// The generated pack stores rules without the fields they share with most others; loading must give every rule back.

describe('lean rules', () => {
  const pack = loadFullDiskPack();
  const all = [...pack.rules, ...(pack.optional ?? [])];

  it('gives back every rule of the pack unchanged after leaving out the shared fields', () => {
    const copy = (rule: CompiledRule): CompiledRule => JSON.parse(JSON.stringify(rule));
    const lean = leanPack({ ...pack, rules: pack.rules.map(copy), optional: (pack.optional ?? []).map(copy) });
    const restored = expandLeanPack({ ...lean, examples: {} });
    expect([...restored.rules, ...(restored.optional ?? [])]).toEqual(all);
  });

  it('names a superseded rule by its index in the pack, and a rule from outside the pack by its id', () => {
    const [first, second] = pack.rules;
    if (first === undefined || second === undefined) throw new Error('the pack has fewer than two rules');
    const lean = leanPack({ hash: '', rules: [{ ...first, supersedes: [second.id, 'rule-of-another-pack'] }, second] });
    expect(lean.rules[0]?.supersedes).toEqual([1, 'rule-of-another-pack']);
    expect(expandLeanPack({ ...lean, examples: {} }).rules[0]?.supersedes).toEqual([second.id, 'rule-of-another-pack']);
  });

  it('leaves out the kind, severity and confidence most rules share, and keeps the others', () => {
    const critical = all.find((rule) => rule.kind === 'secret' && rule.severity === 'critical' && rule.confidence === 'high');
    const misconfig = all.find((rule) => rule.kind === 'misconfig' && rule.confidence === 'medium');
    if (critical === undefined || misconfig === undefined) throw new Error('the pack lacks a critical secret rule or a medium misconfig rule');
    const lean = leanRule({ ...critical });
    expect([lean.kind, lean.severity, lean.confidence]).toEqual([undefined, 'critical', undefined]);
    const leanMisconfig = leanRule({ ...misconfig });
    expect([leanMisconfig.kind, leanMisconfig.confidence]).toEqual(['misconfig', 'medium']);
  });

  it('gives each restored rule arrays of its own', () => {
    const [first, second] = pack.rules;
    if (first === undefined || second === undefined) throw new Error('the pack has fewer than two rules');
    const restored = expandLeanPack({ ...pack, rules: [leanRule({ ...first, allow: [] }), leanRule({ ...second, allow: [] })] });
    expect(restored.rules[0]?.allow).not.toBe(restored.rules[1]?.allow);
  });
});
