import { describe, expect, it } from 'vitest';
import { isAllowedInline } from '../../src/filters/inline-allow.js';

const f = { ruleId: 'stripe-secret-key' };

describe('inline allow comments', () => {
  it.each([
    ['key = "x"  # stanch:allow', ''],
    ['key = "x"  // stanch:allow stripe-secret-key -- test key from the docs', ''],
    ['key = "x"  <!-- stanch:allow -- reason -->', ''],
    ['key = "x"  # gitleaks:allow', ''],
    ['key = "x"  # pragma: allowlist secret', ''],
    ['key = "x"', '# stanch:allow-next-line'],
    ['key = "x"', '/* stanch:allow-next-line stripe-secret-key, aws-access-key-id */'],
    ['key = "x"', '# pragma: allowlist nextline secret'],
  ])('allows %s (line above: %s)', (line, previous) => {
    expect(isAllowedInline(f, line, previous)).toBe(true);
  });

  it.each([
    ['key = "x"  # stanch:allow aws-access-key-id', ''],
    ['key = "x"', '# stanch:allow'],
    ['key = "x"  # stanch:allow-next-line', ''],
    ['key = "x"  # pragma: allowlist nextline secret', ''],
    ['key = "x"', ''],
  ])('does not allow %s (line above: %s)', (line, previous) => {
    expect(isAllowedInline(f, line, previous)).toBe(false);
  });
});
