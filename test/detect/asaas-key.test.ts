import { describe, expect, it } from 'vitest';
import { verifyAsaasKey } from '../../src/detect/asaas-key.js';

// Invented keys built the way Asaas builds its own: base64 of `<hash>::<account>::$aach_<key id>`.
const encode = (text: string): string => Buffer.from(text).toString('base64');
const TRIPLE = '7c2e9a41d5b8036f1e4a9c7d2b5e8f30::000000000000031842::$aach_5e1c9a7b-3d2f-4b8e-9a6c-1f0d7e4b2a93';

describe('verifyAsaasKey', () => {
  it('accepts keys whose body decodes to the triple, with or without a prefix before it', () => {
    expect(verifyAsaasKey(`aact_${encode(TRIPLE)}`)).toBe(true);
    expect(verifyAsaasKey(`aact_prod_000${encode(TRIPLE)}`)).toBe(true);
    expect(verifyAsaasKey(`aact_hmlg_000${encode(TRIPLE)}`)).toBe(true);
  });

  it("rejects a guide's key whose body runs into text that decodes to something else", () => {
    const made = `aact_prod_000${encode(TRIPLE).slice(0, 40)}${encode('$aadd:f7621 sample key for the docs')}`;
    expect(verifyAsaasKey(made)).toBe(false);
    expect(verifyAsaasKey('aact_prod_000MzkwODA2MWY2OGM3MWRlMDU2NWM3MzJlNzZmNGZhZGY6OmY1NTE4ZWM3LTg1ZDMtNDY0Mi1hM2VmLTM5ZmZlMjY1ZjYxNj')).toBe(false);
  });
});
