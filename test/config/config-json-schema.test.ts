import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderConfigJsonSchema } from '../../src/config/config-json-schema.js';

describe('config JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync('schema/stanch-config.schema.json', 'utf8')).toBe(renderConfigJsonSchema());
  });

  it('accepts a full config and rejects an unknown key', () => {
    const schema = JSON.parse(readFileSync('schema/stanch-config.schema.json', 'utf8'));
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    const config = parse('failOn: high\ndisable: [json-web-token]\noverride: {stripe-test-key: {severity: medium}}\nexclude: [docs/, {path: tests/, rules: [generic-secret]}]\nallow: ["^pk_test_", {pattern: x, rules: [a]}]\n');
    expect(validate(config)).toBe(true);
    expect(validate({ failOn: 'high', colour: true })).toBe(false);
    expect(validate({ exclude: [{ path: 'docs/' }] })).toBe(false);
  });
});
