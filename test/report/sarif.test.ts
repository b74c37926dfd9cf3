import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';
import { findMultitool, loadSarifSchema, validateWithMultitool } from '../helpers/sarif-tools.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// End to end: real scans written as SARIF, checked against the official schema (always) and GitHub's rules (when
// the multitool binary runs here).

const multitool = findMultitool();
const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(loadSarifSchema());
const KEY = ['sk', 'live', 'Zw4Kp9Rm2Tx7Lc5Vb8Nq3Hj6'].join('_');

function expectValidSarif(text: string, file: string): void {
  const log: unknown = JSON.parse(text);
  expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  if (multitool !== undefined) expect(validateWithMultitool(multitool, file)).toEqual([]);
}

async function scanDemoAsSarif(): Promise<{ text: string; file: string }> {
  const dir = makeTempProject({});
  cpSync('fixtures/demo', dir, { recursive: true });
  expect(await run(['scan', '-f', 'sarif', '-o', 'out.sarif'], createFakeIo(dir))).toBe(1);
  const file = join(dir, 'out.sarif');
  return { text: readFileSync(file, 'utf8'), file };
}

describe('SARIF output', () => {
  it('of a scan with findings validates against the SARIF 2.1.0 schema (and GitHub ingestion rules)', async () => {
    const { text, file } = await scanDemoAsSarif();
    expectValidSarif(text, file);
    expect(JSON.parse(text).runs[0].results.length).toBeGreaterThan(3);
  }, 120_000);

  it('is checked by a schema that really rejects invalid logs', async () => {
    const { text } = await scanDemoAsSarif();
    const broken = JSON.parse(text);
    broken.runs[0].results[0].level = 'critical';
    expect(validate(broken)).toBe(false);
    const zeroLine = JSON.parse(text);
    zeroLine.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(zeroLine)).toBe(false);
  });

  it.skipIf(multitool === undefined)('is checked by a validator that really rejects logs GitHub would not ingest', () => {
    const file = join(makeTempProject({}), 'bad.sarif');
    writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }));
    expect(validateWithMultitool(multitool ?? '', file).join('\n')).toMatch(/GH1018/);
  }, 120_000);

  it('has rules, levels, security severity, regions and fingerprints, and never the secret', async () => {
    const { text } = await scanDemoAsSarif();
    const runLog = JSON.parse(text).runs[0];
    expect(runLog.tool.driver).toMatchObject({ name: 'stanch', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:/) });
    const stripe = runLog.tool.driver.rules.find((r: { id: string }) => r.id === 'stripe-secret-key');
    expect(stripe).toMatchObject({ name: 'StripeSecretKey', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.5', precision: 'high' } });
    expect(stripe.helpUri).toMatch(/^https:/);
    expect(stripe.help.markdown).toContain('How to fix');
    const result = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'stripe-secret-key');
    expect(runLog.tool.driver.rules[result.ruleIndex].id).toBe('stripe-secret-key');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'web/server.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: expect.any(Number), endColumn: expect.any(Number) } });
    expect(result.partialFingerprints['stanch/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(text).not.toContain('sk_live_51PqR8mKx2Vb7Nc3Hd9Tz4Lw6Qy1Fj5Gs8Ua0Ek2Mo7Ri4Pn');
    expect(text).not.toContain('Hd83kQz1wP7v');
  });

  it('keeps results: [] for a clean scan', async () => {
    const io = createFakeIo(makeTempProject({ 'a.txt': 'hello\n' }));
    expect(await run(['scan', '-f', 'sarif'], io)).toBe(0);
    expect(JSON.parse(io.out()).runs[0].results).toEqual([]);
  });

  it('of a history audit carries the introducing commit and validates', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'README.md': '# shop\n' });
    const sha = repo.commit('add payments', { 'pay ments/app #1.js': `stripe("${KEY}");\n` });
    repo.commit('remove key', { 'pay ments/app #1.js': 'stripe(process.env.STRIPE_KEY);\n' });
    expect(await run(['history', '-f', 'sarif', '-o', 'h.sarif'], createFakeIo(repo.dir, { env: GIT_TEST_ENV }))).toBe(1);
    const text = readFileSync(join(repo.dir, 'h.sarif'), 'utf8');
    expectValidSarif(text, join(repo.dir, 'h.sarif'));
    const [result] = JSON.parse(text).runs[0].results;
    expect(result.properties).toMatchObject({ commit: { sha, summary: 'add payments' }, inHead: false });
    // The file at HEAD no longer holds the key: GitHub must track the alert by our fingerprint, not by HEAD's line.
    expect(result.partialFingerprints.primaryLocationLineHash).toBe(`${result.partialFingerprints['stanch/v1'].slice(0, 16)}:1`);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('pay%20ments/app%20%231.js');
    expect(text).not.toContain(KEY);
  }, 120_000);

  it('gives GitHub the same fingerprint after lines shift, a new one when the secret or file changes', async () => {
    const dir = makeTempProject({ 'app.py': `KEY = "${KEY}"\n` });
    const fingerprints = async (): Promise<string[]> => {
      const io = createFakeIo(dir);
      await run(['scan', '-f', 'sarif'], io);
      return JSON.parse(io.out()).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['stanch/v1']);
    };
    const [before] = await fingerprints();
    writeFileSync(join(dir, 'app.py'), `import os\n\nDEBUG = False\nKEY = '${KEY}'  # moved\n`);
    expect(await fingerprints()).toEqual([before]);
    writeFileSync(join(dir, 'app.py'), `KEY = "${KEY.replace('Zw4', 'Zw5')}"\n`);
    expect((await fingerprints())[0]).not.toBe(before);
    writeFileSync(join(dir, 'app.py'), '');
    writeFileSync(join(dir, 'settings.py'), `KEY = "${KEY}"\n`);
    expect((await fingerprints())[0]).not.toBe(before);
  });
});
