import { describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/config/apply-config.js';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

const ACME_RULE = '{id: acme-token, title: Acme token, kind: secret, severity: high, confidence: high, keywords: [acme_], pattern: "acme_[a-z0-9]{16}"}';

describe('applying .stanch.yaml to the built-in pack', () => {
  const pack = loadDiskPack();

  it('disables, overrides and adds rules', () => {
    const config = parseConfig(['disable: [json-web-token]', 'override: {stripe-secret-key: {severity: low}}', `rules: [${ACME_RULE}]`].join('\n'), '.stanch.yaml');
    const applied = applyConfig(pack, config);
    expect(applied.rules.some((r) => r.id === 'json-web-token')).toBe(false);
    expect(applied.rules.find((r) => r.id === 'stripe-secret-key')).toMatchObject({ severity: 'low', confidence: 'high' });
    expect(applied.rules.find((r) => r.id === 'acme-token')).toMatchObject({ help: expect.stringMatching(/rotate/) });
    expect(applied.hash).not.toBe(pack.hash);
    expect(applyConfig(pack, undefined)).toBe(pack);
  });

  it.each([
    ['disable: [no-such-rule]', '.stanch.yaml: disable.0: unknown rule id "no-such-rule"'],
    ['override: {nope: {severity: low}}', '.stanch.yaml: override.nope: unknown rule id "nope"'],
    ['allow: [{pattern: x, rules: [stripe-secret-key, nope]}]', '.stanch.yaml: allow.0.rules.1: unknown rule id "nope"'],
    ['exclude: [{path: a/, rules: [nope]}]', '.stanch.yaml: exclude.0.rules.0: unknown rule id "nope"'],
    [`rules: [{id: acme-token, title: Acme token, kind: secret, severity: high, confidence: high, keywords: [acme_], pattern: "acme_[a-z0-9]{16}", supersedes: [nope]}]`, '.stanch.yaml: rules.0.supersedes.0: unknown rule id "nope"'],
    ['rules: [{id: stripe-secret-key, title: Mine, kind: secret, severity: high, confidence: high, keywords: [sk_], pattern: "sk_x"}]', 'rules.0: rule id "stripe-secret-key" is already a built-in rule'],
    ['rules: [{id: acme-token, title: Acme token, kind: secret, severity: high, confidence: high, keywords: [acme_], pattern: "acme_(["}]', 'acme-token'],
  ])('rejects %j', (text, message) => {
    expect(() => applyConfig(pack, parseConfig(text, '.stanch.yaml'))).toThrow(message);
  });

  it('lets per-rule entries name a rule the config itself adds', () => {
    const config = parseConfig(`rules: [${ACME_RULE}]\nallow: [{pattern: ^acme_0, rules: [acme-token]}]`, '.stanch.yaml');
    expect(() => applyConfig(pack, config)).not.toThrow();
  });
});

describe('opt-in rules', () => {
  const pack = loadDiskPack();

  it('stay off by default and run once the config enables them', () => {
    expect(pack.rules.some((r) => r.id === 'aws-arn')).toBe(false);
    expect(pack.optional?.some((r) => r.id === 'aws-arn')).toBe(true);
    const applied = applyConfig(pack, parseConfig('enable: [aws-arn]', '.stanch.yaml'));
    expect(applied.rules.find((r) => r.id === 'aws-arn')).toMatchObject({ optIn: true, severity: 'low' });
    expect(applied.optional?.some((r) => r.id === 'aws-arn')).toBe(false);
    expect(applied.hash).not.toBe(pack.hash);
    const text = '"Resource": "arn:aws:s3:::acme-invoices-prod/*"\n';
    expect(detectChunk({ path: 'policy.json', text }, pack)).toEqual([]);
    expect(detectChunk({ path: 'policy.json', text }, applied).map((f) => f.ruleId)).toEqual(['aws-arn']);
  });

  it('must be named by a known id', () => {
    expect(() => applyConfig(pack, parseConfig('enable: [aws-arnn]', '.stanch.yaml'))).toThrow('.stanch.yaml: enable.0: unknown rule id "aws-arnn"');
  });
});
