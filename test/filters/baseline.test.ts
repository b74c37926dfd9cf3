import { describe, expect, it } from 'vitest';
import { buildBaseline, buildBaselineFilter } from '../../src/filters/baseline.js';
import { FAKE_SECRET, makeFinding } from '../helpers/make-report.js';

describe('baseline entries', () => {
  const findings = [
    makeFinding({ path: 'web/z.js', fingerprint: 'c'.repeat(32), line: 40 }),
    makeFinding({ path: 'Web/a.js', fingerprint: 'b'.repeat(32) }),
    makeFinding({ path: 'web/a.js', ruleId: 'aws-access-key-id', fingerprint: 'a'.repeat(32) }),
    makeFinding({ path: 'web/z.js', fingerprint: 'c'.repeat(32), line: 90 }),
  ];

  it('are one per fingerprint, sorted by path, rule and fingerprint in code-unit order, without lines or values', () => {
    const baseline = buildBaseline(findings);
    expect(baseline.entries.map((e) => `${e.path} ${e.ruleId}`)).toEqual(['Web/a.js stripe-secret-key', 'web/a.js aws-access-key-id', 'web/z.js stripe-secret-key']);
    expect(Object.keys(baseline.entries[0] ?? {})).toEqual(['fingerprint', 'ruleId', 'path']);
    expect(JSON.stringify(baseline)).not.toContain(FAKE_SECRET);
    expect(buildBaseline([...findings].reverse())).toEqual(baseline);
  });

  it('keep the reason already recorded for a fingerprint, and give new ones the reason passed', () => {
    const previous = [{ fingerprint: 'a'.repeat(32), ruleId: 'aws-access-key-id', path: 'web/a.js', reason: 'test account, no access' }];
    const reasons = buildBaseline(findings, previous, 'accepted 2026-11').entries.map((e) => e.reason);
    expect(reasons).toEqual(['accepted 2026-11', 'test account, no access', 'accepted 2026-11']);
  });

  it('hide matching findings by fingerprint only, whatever the line, and remember which matched', () => {
    const used = new Set<string>();
    const filter = buildBaselineFilter(buildBaseline(findings.slice(0, 1)), used);
    const result = filter([makeFinding({ path: 'web/z.js', fingerprint: 'c'.repeat(32), line: 7 }), makeFinding({ fingerprint: 'd'.repeat(32) })], { path: 'web/z.js', text: '', provenance: { kind: 'file' } });
    expect(result.suppressed.map((s) => s.by)).toEqual(['baseline']);
    expect(result.kept.map((f) => f.fingerprint)).toEqual(['d'.repeat(32)]);
    expect([...used]).toEqual(['c'.repeat(32)]);
  });
});
