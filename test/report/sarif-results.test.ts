import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/report/sarif.js';
import { toPartialFingerprints, toRelativeUri, toSarifResult } from '../../src/report/sarif-results.js';
import { FAKE_SECRET, makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';

describe('SARIF results', () => {
  it('percent-encode each path segment so spaces, # and ? stay part of the path', () => {
    expect(toRelativeUri('web/my app/#1?.js')).toBe('web/my%20app/%231%3F.js');
    expect(toRelativeUri('src/ünï.py')).toBe('src/%C3%BCn%C3%AF.py');
  });

  it('point a path rule at the first line of the file, and a content rule at its exact columns', () => {
    const file = toSarifResult(makeFinding({ path: '.env', line: 1, column: 1, endLine: 1, endColumn: 1, lineText: '' }), 0);
    expect(file).toMatchObject({ locations: [{ physicalLocation: { region: { startLine: 1 } } }] });
    expect(JSON.stringify(file)).not.toContain('startColumn');
    const content = toSarifResult(makeFinding({ line: 3, column: 12, endLine: 3, endColumn: 36 }), 0);
    expect(content).toMatchObject({ locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 36 } } }] });
  });

  it('leave primaryLocationLineHash to upload-sarif for files at HEAD, and set it from the fingerprint for history', () => {
    const fingerprint = '0123456789abcdef0123456789abcdef';
    expect(toPartialFingerprints({ fingerprint })).toEqual({ 'stanch/v1': fingerprint });
    const commit = { sha: 'a'.repeat(40), author: 'A', email: 'a@example.com', date: '2026-11-01T00:00:00Z', summary: 'add key' };
    expect(toPartialFingerprints({ fingerprint, commit })).toEqual({ 'stanch/v1': fingerprint, primaryLocationLineHash: '0123456789abcdef:1' });
  });

  it('never carry the value, even with --show-secrets', () => {
    const text = formatSarif(makeReport([makeFinding()]), makeReportOptions({ showSecrets: true }));
    expect(text).not.toContain(FAKE_SECRET);
  });

  it('keep ruleIndex valid for a rule the pack does not have', () => {
    const log = JSON.parse(formatSarif(makeReport([makeFinding(), makeFinding({ ruleId: 'acme-token', title: 'Acme token', severity: 'medium' })]), makeReportOptions()));
    const rules: { id: string }[] = log.runs[0].tool.driver.rules;
    for (const r of log.runs[0].results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(rules.find((r) => r.id === 'acme-token')).toMatchObject({ shortDescription: { text: 'Acme token' }, properties: { 'security-severity': '5.5' } });
  });
});
