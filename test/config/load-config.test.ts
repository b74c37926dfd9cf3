import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const STRIPE = ['sk', 'live', 'Hq3Zv8Nm2Kx7Wp5Rc1Lt6Yb9'].join('_');

describe('finding .stanch.yaml', () => {
  it('walks up from the working directory to the repository root, and no further', async () => {
    const dir = makeTempProject({ '.stanch.yaml': 'failOn: low\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/a/b/x.txt': '' });
    expect(await loadConfig(`${dir}/repo/a/b`)).toBeUndefined();
    const inRepo = makeTempProject({ '.git/HEAD': 'ref: refs/heads/main\n', '.stanch.yml': 'failOn: critical\n', 'a/b/x.txt': '' });
    expect(await loadConfig(`${inRepo}/a/b`)).toMatchObject({ failOn: 'critical', path: '../../.stanch.yml' });
  });

  it('is found from the scanned path, not the working directory, when no -c is given', async () => {
    const elsewhere = makeTempProject({ '.stanch.yaml': 'failOn: low\n' });
    const app = makeTempProject({ '.git/HEAD': 'ref: refs/heads/main\n', '.stanch.yaml': 'disable: [stripe-secret-key]\n', 'src/a.js': `k = "${STRIPE}"\n` });
    expect(await run(['scan', app], createFakeIo(elsewhere))).toBe(0);
    expect(await run(['scan', `${app}/src/a.js`], createFakeIo(elsewhere))).toBe(0);
    expect(await run(['scan', `${app}/src`, `${app}/src/a.js`], createFakeIo(elsewhere))).toBe(0);
    expect(await run(['baseline', app, '-o', 'b.json'], createFakeIo(elsewhere))).toBe(0);
    expect(JSON.parse(readFileSync(`${elsewhere}/b.json`, 'utf8'))).toMatchObject({ entries: [] });
    expect(await run(['scan', app, '-c', `${elsewhere}/.stanch.yaml`], createFakeIo(elsewhere))).toBe(1);
  });

  it('asks for -c when the scanned paths have different configs (or only some have one)', async () => {
    const plain = makeTempProject({ 'a.js': `k = "${STRIPE}"\n` });
    const app = makeTempProject({ '.git/HEAD': 'ref: refs/heads/main\n', '.stanch.yaml': 'disable: [stripe-secret-key]\n', 'a.js': `k = "${STRIPE}"\n` });
    const io = createFakeIo(plain);
    expect(await run(['scan', '.', app], io)).toBe(2);
    expect(io.err()).toMatch(/^stanch: the scanned paths have different configs: \. \(none\), .*\.stanch\.yaml \(for .*\)\nhint: pass -c FILE/);
    expect(io.out()).toBe('');
  });

  it('uses -c FILE instead, and a missing -c file is an error (exit 2), never an empty config', async () => {
    const dir = makeTempProject({ 'ci/stanch.yaml': 'disable: [stripe-secret-key]\n', 'a.js': `k = "${STRIPE}"\n` });
    expect(await run(['scan'], createFakeIo(dir))).toBe(1);
    expect(await run(['scan', '-c', 'ci/stanch.yaml'], createFakeIo(dir))).toBe(0);
    const missing = createFakeIo(dir);
    expect(await run(['scan', '-c', 'nope.yaml'], missing)).toBe(2);
    expect(missing.err()).toMatch(/^stanch: cannot read config .*nope\.yaml/);
  });

  it('sets the fail threshold, and command-line flags win over it', async () => {
    const dir = makeTempProject({ '.stanch.yaml': 'failOn: critical\noverride: {stripe-secret-key: {severity: high}}\n', 'a.js': `k = "${STRIPE}"\n` });
    expect(await run(['scan'], createFakeIo(dir))).toBe(0);
    expect(await run(['scan', '--fail-on', 'high'], createFakeIo(dir))).toBe(1);
    const strict = makeTempProject({ '.stanch.yaml': 'override: {stripe-secret-key: {confidence: low}}\nminConfidence: low\n', 'a.js': `k = "${STRIPE}"\n` });
    expect(await run(['scan'], createFakeIo(strict))).toBe(1);
    expect(await run(['scan', '--min-confidence', 'high'], createFakeIo(strict))).toBe(0);
  });

  it('applies excludes and the allowlist in a scan, counting what they hide; a bad config exits 2', async () => {
    const dir = makeTempProject({ '.stanch.yaml': 'exclude: [legacy/]\nallow: ["Hq3Zv8"]\n', 'legacy/a.js': `k = "${STRIPE}"\n`, 'b.js': `k = "${STRIPE}"\n` });
    const io = createFakeIo(dir);
    expect(await run(['scan', '-f', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).summary).toMatchObject({ findings: 0, suppressed: 2, suppressedBy: { config: 2 } });
    const bad = createFakeIo(makeTempProject({ '.stanch.yaml': 'failOn: severe\n' }));
    expect(await run(['scan'], bad)).toBe(2);
    expect(bad.err()).toMatch(/^stanch: \.stanch\.yaml: failOn: /);
  });
});
