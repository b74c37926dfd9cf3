import { describe, expect, it } from 'vitest';
import { inlineAllowFilter, isAllowedInline } from '../../src/filters/inline-allow.js';
import type { Chunk } from '../../src/types.js';
import { makeFinding } from '../helpers/make-report.js';

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

  it('read the line above from the chunk, and never mistake the flagged line for it', () => {
    const file = (text: string): Chunk => ({ path: 'a.py', text, provenance: { kind: 'file' } });
    const below = makeFinding({ line: 2, lineText: 'key = "x"' });
    expect(inlineAllowFilter([below], file('# stanch:allow-next-line\nkey = "x"\n')).suppressed).toHaveLength(1);
    expect(inlineAllowFilter([below], file('# unrelated\nkey = "x"\n')).kept).toHaveLength(1);
    // Only the finding's line is known (history): a marker on that same line allows nothing.
    const alone = makeFinding({ line: 2, lineText: 'key = "x"  # stanch:allow-next-line' });
    expect(inlineAllowFilter([alone], file(alone.lineText)).kept).toHaveLength(1);
  });
});
