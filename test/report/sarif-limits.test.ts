import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatSarif, formatSarifWithin, MAX_RESULTS, sarifNotices } from '../../src/report/sarif.js';
import { makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';
import { loadSarifSchema } from '../helpers/sarif-tools.js';

// GitHub's per-upload limits: 25,000 results and 10 MB gzipped; the most severe findings are the ones kept.

const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(loadSarifSchema());
const notification = (log: { runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] }) =>
  log.runs[0]?.invocations[0]?.toolExecutionNotifications.map((n) => n.message.text) ?? [];

describe('SARIF limits', () => {
  it('keeps the 25,000 most severe results and says so in the run and for stderr', () => {
    const findings = Array.from({ length: MAX_RESULTS + 10 }, (_, i) => makeFinding({ line: i + 1, severity: i >= MAX_RESULTS ? 'critical' : 'low', fingerprint: `fp${i}` }));
    const report = makeReport(findings);
    const log = JSON.parse(formatSarif(report, makeReportOptions()));
    expect(log.runs[0].results).toHaveLength(MAX_RESULTS);
    expect(log.runs[0].results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(10);
    expect(notification(log)[0]).toMatch(/keeps the 25000 most severe of 25010 findings/);
    expect(sarifNotices(report)).toEqual(notification(log));
  });

  it('trims to the gzipped-size budget, most severe first, and stays valid', () => {
    const findings = Array.from({ length: 400 }, (_, i) =>
      makeFinding({ path: `src/${i.toString(36)}/${'x'.repeat(i % 50)}.js`, line: i + 1, severity: i % 4 === 0 ? 'critical' : 'medium', fingerprint: `${i}`.padStart(32, 'f') }),
    );
    const report = makeReport(findings);
    const text = formatSarifWithin(report, makeReportOptions(), 4_000);
    const log = JSON.parse(text);
    expect(validate(log)).toBe(true);
    const kept: { level: string }[] = log.runs[0].results;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(400);
    // Criticals (100 of them) come first: a medium is kept only when every critical fits.
    expect(kept.every((r) => r.level === 'error') || kept.filter((r) => r.level === 'error').length === 100).toBe(true);
    expect(notification(log)[0]).toMatch(new RegExp(`keeps the ${kept.length} most severe of 400`));
    expect(sarifNotices(report)).toEqual(notification(log));
  });

  it('carries the run notices in the file, without repeating them for stderr', () => {
    const report = makeReport([makeFinding()], { notices: ['shallow clone: history before abc123 was not scanned'] });
    expect(notification(JSON.parse(formatSarif(report, makeReportOptions())))).toEqual(['shallow clone: history before abc123 was not scanned']);
    expect(sarifNotices(report)).toEqual([]);
  });

  it('has no notices when every finding fits', () => {
    const report = makeReport([makeFinding()]);
    expect(notification(JSON.parse(formatSarif(report, makeReportOptions())))).toEqual([]);
    expect(sarifNotices(report)).toEqual([]);
  });
});
