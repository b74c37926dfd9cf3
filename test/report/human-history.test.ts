import { describe, expect, it } from 'vitest';
import { formatHumanHistory, groupBySecret } from '../../src/report/human-history.js';
import type { Finding } from '../../src/types.js';
import { FAKE_SECRET, makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';

// The audit view: one row per distinct secret, first introduction, occurrences, in HEAD, newest first.

const OTHER = ['sk', 'live', 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2'].join('_');
const at = (sha: string, date: string, overrides: Partial<Finding> = {}): Finding =>
  makeFinding({ commit: { sha: sha.repeat(40), author: 'Dev', email: 'dev@example.com', date, summary: `commit ${sha}` }, inHead: false, ...overrides });

describe('groupBySecret', () => {
  it('takes the earliest instant as the first introduction, whatever the time zones', () => {
    const groups = groupBySecret([at('b', '2026-01-01T10:00:00+00:00'), at('a', '2026-01-01T11:00:00+05:00', { path: 'old.js' })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.first.path).toBe('old.js');
    expect(groups[0]?.occurrences).toHaveLength(2);
  });

  it('on equal dates prefers the later finding (history lists newest first)', () => {
    const groups = groupBySecret([at('b', '2026-01-01T10:00:00Z', { path: 'reverted.js' }), at('a', '2026-01-01T10:00:00Z', { path: 'first.js' })]);
    expect(groups[0]?.first.path).toBe('first.js');
  });

  it('orders distinct secrets newest first and is in HEAD when any occurrence is', () => {
    const groups = groupBySecret([at('a', '2025-01-01T00:00:00Z', { inHead: true }), at('c', '2026-03-01T00:00:00Z', { secret: OTHER }), at('b', '2025-06-01T00:00:00Z')]);
    expect(groups.map((g) => [g.first.secret === OTHER, g.occurrences.length, g.inHead])).toEqual([[true, 1, false], [false, 2, true]]);
  });
});

describe('formatHumanHistory', () => {
  it('says how many secrets to rotate, with the first commit, occurrences and HEAD status, redacted', () => {
    const report = { ...makeReport([at('c', '2026-03-01T00:00:00Z', { secret: OTHER, inHead: true }), at('a', '2025-01-01T00:00:00Z')]), mode: 'history' as const };
    const text = formatHumanHistory(report, makeReportOptions());
    expect(text).toContain('Rotate these 2 secrets, newest first:');
    expect(text).toContain('cccccccccc 2026-03-01');
    expect(text).toMatch(/│ yes /);
    expect(text).toMatch(/│ no /);
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).not.toContain(OTHER);
    expect(formatHumanHistory(report, makeReportOptions({ showSecrets: true }))).toContain(OTHER);
  });

  it('words one secret and misconfigurations plainly', () => {
    const misconfig = at('d', '2026-01-01T00:00:00Z', { kind: 'misconfig', ruleId: 'flask-debug', secret: 'DEBUG = True' });
    const report = { ...makeReport([at('a', '2025-01-01T00:00:00Z'), misconfig]), mode: 'history' as const };
    expect(formatHumanHistory(report, makeReportOptions())).toContain('Rotate this secret and fix this misconfiguration, newest first:');
  });

  it('shows each secret\'s confidence and fits the table to the terminal width', () => {
    const report = { ...makeReport([at('a', '2025-01-01T00:00:00Z', { confidence: 'low', path: 'config/settings/production.py' })]), mode: 'history' as const };
    expect(formatHumanHistory(report, makeReportOptions())).toMatch(/│ low conf\. +│/);
    for (const width of [80, 120]) {
      const rows = formatHumanHistory(report, makeReportOptions({ width })).split('\n').filter((l) => l.startsWith('│'));
      expect(Math.max(...rows.map((l) => l.length))).toBe(width);
    }
  });

  it('prints only the summary when history is clean', () => {
    const text = formatHumanHistory({ ...makeReport([]), mode: 'history' }, makeReportOptions());
    expect(text).not.toContain('Rotate');
  });
});
