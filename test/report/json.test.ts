import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { FAKE_SECRET, makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';

// The JSON report is the machine contract of DESIGN.md §2: field names and shape must not drift.

const FINDING_KEYS = ['ruleId', 'kind', 'severity', 'confidence', 'title', 'message', 'path', 'line', 'column', 'endLine', 'endColumn', 'match', 'fingerprint', 'context'];
const SUMMARY_KEYS = ['files', 'bytes', 'findings', 'suppressed', 'suppressedBy', 'skipped', 'durationMs'];

describe('formatJson', () => {
  it('writes exactly the contract fields, in order, and never the raw secret or line', () => {
    const report = makeReport([makeFinding()], { skipped: [{ path: 'logo.png', reason: 'binary' }] });
    const text = formatJson(report, makeReportOptions());
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['tool', 'mode', 'findings', 'summary']);
    expect(parsed.tool).toEqual({ name: 'stanch', version: '9.9.9' });
    expect(Object.keys(parsed.findings[0])).toEqual(FINDING_KEYS);
    expect(Object.keys(parsed.summary)).toEqual(SUMMARY_KEYS);
    expect(parsed.summary.skipped).toEqual([{ path: 'logo.png', reason: 'binary' }]);
    expect(parsed.findings[0].match).toBe('sk_l*****');
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).not.toContain('lineText');
    expect(text).not.toContain('"secret":');
  });

  it('shows the value in clear only with showSecrets, and misconfig values always', () => {
    expect(JSON.parse(formatJson(makeReport([makeFinding()]), makeReportOptions({ showSecrets: true }))).findings[0].match).toBe(FAKE_SECRET);
    const debug = makeFinding({ ruleId: 'flask-debug', kind: 'misconfig', secret: 'True', redact: false });
    expect(JSON.parse(formatJson(makeReport([debug]), makeReportOptions())).findings[0].match).toBe('True');
  });

  it('adds commit, inHead, blobs, commits and notices only when the scan has them', () => {
    const commit = { sha: 'c0ffee'.repeat(6) + 'abcd', author: 'Ana', email: 'ana@example.com', date: '2024-05-01T10:00:00Z', summary: 'add billing' };
    const report = { ...makeReport([makeFinding({ commit, inHead: false })], { blobs: 7, commits: 4, notices: ['shallow clone'] }), mode: 'history' as const };
    const parsed = JSON.parse(formatJson(report, makeReportOptions()));
    expect(parsed.mode).toBe('history');
    expect(parsed.findings[0]).toMatchObject({ commit, inHead: false });
    expect(parsed.summary).toMatchObject({ blobs: 7, commits: 4, notices: ['shallow clone'] });
  });

  it('writes an empty findings array for a clean scan', () => {
    const parsed = JSON.parse(formatJson(makeReport([]), makeReportOptions()));
    expect(parsed.findings).toEqual([]);
    expect(parsed.summary.findings).toBe(0);
  });
});
