import { describe, expect, it } from 'vitest';
import { redactLine } from '../../src/report/redact.js';
import { FAKE_SECRET } from '../helpers/make-report.js';

// What a printed line keeps in clear after its secrets are masked: never a part of one.

describe('redactLine', () => {
  it('masks the rest of a URL password a rule stopped at its first `@`, up to the last `@` before the host', () => {
    const line = `proxy = "http://test4971:${FAKE_SECRET}@321Lp??@pr.oxylabs.io:7777"`;
    expect(redactLine(line, [FAKE_SECRET])).toBe('proxy = "http://test4971:sk_l*****@*****@pr.oxylabs.io:7777"');
  });

  it('leaves a URL host after a single `@` and an address later on the line in clear', () => {
    const line = `curl https://user:${FAKE_SECRET}@api.shop.io/v1 -H "From: ops@shop.io"`;
    expect(redactLine(line, [FAKE_SECRET])).toBe('curl https://user:sk_l*****@api.shop.io/v1 -H "From: ops@shop.io"');
  });
});
