import { describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/config/apply-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { run } from '../../src/cli/run.js';
import { loadDiskPack } from '../helpers/disk-pack.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const STRIPE = ['sk', 'live', 'Hq3Zv8Nm2Kx7Wp5Rc1Lt6Yb9'].join('_');

describe('.stanch.yaml', () => {
  it('is found by walking up to the repository root', async () => {
    const dir = makeTempProject({ '.git/HEAD': 'ref: refs/heads/main\n', '.stanch.yaml': 'failOn: critical\n', 'a/b/x.txt': '' });
    expect((await loadConfig(`${dir}/a/b`))?.failOn).toBe('critical');
  });

  it.each([
    ['failOn: severe\n', /\.stanch\.yaml: failOn: Invalid option/],
    ['override:\n  stripe-secret-key:\n    severity: huge\n', /\.stanch\.yaml: override\.stripe-secret-key\.severity: /],
    ['unknownKey: 1\n', /\.stanch\.yaml: .*unknownKey/],
    ['allow: ["(unclosed"]\n', /\.stanch\.yaml: allow\.0: Invalid regular expression/],
    ['rules: [{id: Bad_Id}]\n', /\.stanch\.yaml: rules\.0\.id: must be kebab-case/],
    ['key: [unclosed\n', /\.stanch\.yaml: invalid YAML/],
  ])('rejects %j with the file, the YAML path and the problem', (text, message) => {
    expect(() => parseConfig(text, '.stanch.yaml')).toThrow(message);
  });

  it('disables, overrides and adds rules on top of the built-in pack', () => {
    const pack = loadDiskPack();
    const config = parseConfig(
      [
        'disable: [json-web-token]',
        'override: {stripe-secret-key: {severity: low}}',
        'rules:',
        '  - {id: acme-token, title: Acme token, kind: secret, severity: high, confidence: high, keywords: [acme_], pattern: "acme_[a-z0-9]{16}"}',
      ].join('\n'),
      '.stanch.yaml',
    );
    const applied = applyConfig(pack, config);
    expect(applied.rules.some((r) => r.id === 'json-web-token')).toBe(false);
    expect(applied.rules.find((r) => r.id === 'stripe-secret-key')?.severity).toBe('low');
    expect(applied.rules.some((r) => r.id === 'acme-token')).toBe(true);
    expect(applied.hash).not.toBe(pack.hash);
    expect(() => applyConfig(pack, parseConfig('disable: [no-such-rule]', '.stanch.yaml'))).toThrow(/unknown rule id "no-such-rule"/);
  });

  it('excludes paths and allows values, counting them as suppressed; a bad config exits 2', async () => {
    const dir = makeTempProject({ '.stanch.yaml': 'exclude: [legacy/]\nallow: ["Hq3Zv8"]\n', 'legacy/a.js': `k = "${STRIPE}"\n`, 'b.js': `k = "${STRIPE}"\n` });
    const io = createFakeIo(dir);
    expect(await run(['scan', '-f', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).summary).toMatchObject({ findings: 0, suppressed: 2, suppressedBy: { config: 2 } });
    const bad = createFakeIo(makeTempProject({ '.stanch.yaml': 'failOn: severe\n' }));
    expect(await run(['scan'], bad)).toBe(2);
    expect(bad.err()).toMatch(/^stanch: \.stanch\.yaml: failOn: /);
  });
});
