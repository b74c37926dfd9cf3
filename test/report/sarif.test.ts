import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { formatSarif, MAX_RESULTS } from '../../src/report/sarif.js';
import type { Finding, Report } from '../../src/types.js';
import { loadDiskPack } from '../helpers/disk-pack.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { findMultitool, loadSarifSchema, validateWithMultitool } from '../helpers/sarif-tools.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const multitool = findMultitool();

async function scanDemoAsSarif(): Promise<{ text: string; dir: string }> {
  const dir = makeTempProject({});
  cpSync('fixtures/demo', dir, { recursive: true });
  const io = createFakeIo(dir);
  expect(await run(['scan', '-f', 'sarif', '-o', 'out.sarif'], io)).toBe(1);
  const { readFileSync } = await import('node:fs');
  return { text: readFileSync(join(dir, 'out.sarif'), 'utf8'), dir };
}

describe('SARIF output', () => {
  it.skipIf(multitool === undefined)('validates against the official SARIF 2.1.0 schema and GitHub ingestion rules', async () => {
    const { text, dir } = await scanDemoAsSarif();
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(loadSarifSchema(multitool ?? ''));
    const log: unknown = JSON.parse(text);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validateWithMultitool(multitool ?? '', join(dir, 'out.sarif'))).toEqual([]);
    // The validator really checks: a log without a rules array breaks a GitHub rule.
    writeFileSync(join(dir, 'bad.sarif'), JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }));
    expect(validateWithMultitool(multitool ?? '', join(dir, 'bad.sarif')).join('\n')).toMatch(/GH1018/);
  }, 120_000);

  it('has rules, levels, security severity, regions and fingerprints, and never the secret', async () => {
    const { text } = await scanDemoAsSarif();
    const log = JSON.parse(text);
    const runLog = log.runs[0];
    expect(runLog.tool.driver).toMatchObject({ name: 'stanch', informationUri: expect.stringMatching(/^https:/) });
    const stripe = runLog.tool.driver.rules.find((r: { id: string }) => r.id === 'stripe-secret-key');
    expect(stripe.properties['security-severity']).toBe('9.5');
    expect(stripe.help.markdown).toContain('How to fix');
    const result = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'stripe-secret-key');
    expect(runLog.tool.driver.rules[result.ruleIndex].id).toBe('stripe-secret-key');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'web/server.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 6 } });
    expect(result.partialFingerprints['stanch/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(text).not.toContain('sk_live_51PqR8mKx2Vb7Nc3Hd9Tz4Lw6Qy1Fj5Gs8Ua0Ek2Mo7Ri4Pn');
    expect(text).not.toContain('Hd83kQz1wP7v');
  });

  it('keeps results: [] for a clean scan', async () => {
    const io = createFakeIo(makeTempProject({ 'a.txt': 'hello\n' }));
    expect(await run(['scan', '-f', 'sarif'], io)).toBe(0);
    expect(JSON.parse(io.out()).runs[0].results).toEqual([]);
  });

  it('keeps the most severe 25,000 results and says so', () => {
    const pack = loadDiskPack();
    const base: Finding = { ruleId: 'stripe-secret-key', kind: 'secret', severity: 'low', confidence: 'high', title: 't', message: 'm', path: 'a.js', line: 1, column: 1, endLine: 1, endColumn: 5, secret: 'x', lineText: 'x', redact: true, fingerprint: '0'.repeat(32), context: 'code' };
    const findings = Array.from({ length: MAX_RESULTS + 10 }, (_, i) => ({ ...base, line: i + 1, severity: i < 10 ? ('critical' as const) : ('low' as const) }));
    const report: Report = { tool: { name: 'stanch', version: '0.0.0' }, mode: 'scan', findings, summary: { files: 1, bytes: 1, findings: findings.length, suppressed: 0, suppressedBy: {}, skipped: [], durationMs: 1 } };
    const log = JSON.parse(formatSarif(report, { pack, showSecrets: false, color: false, failOn: 'high', minConfidence: 'medium' }));
    expect(log.runs[0].results).toHaveLength(MAX_RESULTS);
    expect(log.runs[0].results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(10);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/most severe/);
  });
});
