import { describe, expect, it } from 'vitest';
import { buildConfigFilter } from '../../src/filters/config-filters.js';
import type { Chunk } from '../../src/types.js';
import { makeFinding } from '../helpers/make-report.js';

const chunk: Chunk = { path: 'x', text: '', provenance: { kind: 'file' } };
const suppressedPaths = (config: Parameters<typeof buildConfigFilter>[0], paths: string[], ruleId = 'stripe-secret-key'): string[] => {
  const filter = buildConfigFilter(config);
  if (filter === undefined) return [];
  return filter(paths.map((path) => makeFinding({ path, ruleId })), chunk).suppressed.map((s) => s.finding.path);
};

describe('config excludes and allowlist', () => {
  it('match folders and names at any depth, and anchored paths from the root', () => {
    const paths = ['docs/a.md', 'web/docs/b.md', 'docsx/c.md', 'snap/x.snap', 'a/b/c.snap', 'root.js', 'sub/root.js', 'tests/fixtures/k.txt', 'x/tests/fixtures/k.txt'];
    expect(suppressedPaths({ exclude: ['docs/'], allow: [] }, paths)).toEqual(['docs/a.md', 'web/docs/b.md']);
    expect(suppressedPaths({ exclude: ['*.snap'], allow: [] }, paths)).toEqual(['snap/x.snap', 'a/b/c.snap']);
    expect(suppressedPaths({ exclude: ['/root.js'], allow: [] }, paths)).toEqual(['root.js']);
    expect(suppressedPaths({ exclude: ['tests/fixtures'], allow: [] }, paths)).toEqual(['tests/fixtures/k.txt']);
  });

  it('allow values by regex, for every rule or only the rules named', () => {
    const filter = buildConfigFilter({ exclude: [], allow: ['^sk_live_Tq8', { pattern: 'EXAMPLE', rules: ['aws-access-key-id'] }] });
    const findings = [
      makeFinding(),
      makeFinding({ ruleId: 'aws-access-key-id', secret: 'AKIAIOSFODNN7EXAMPLE' }),
      makeFinding({ ruleId: 'generic-secret', secret: 'EXAMPLEEXAMPLE' }),
    ];
    const result = filter?.(findings, chunk);
    expect(result?.suppressed.map((s) => [s.finding.ruleId, s.by])).toEqual([['stripe-secret-key', 'config'], ['aws-access-key-id', 'config']]);
    expect(result?.kept.map((f) => f.ruleId)).toEqual(['generic-secret']);
  });

  it('exclude paths for the rules named only', () => {
    const config = { exclude: [{ path: 'tests/', rules: ['generic-secret'] }], allow: [] };
    expect(suppressedPaths(config, ['tests/a.py'], 'generic-secret')).toEqual(['tests/a.py']);
    expect(suppressedPaths(config, ['tests/a.py'], 'stripe-secret-key')).toEqual([]);
  });

  it('is no pass at all when the config sets neither', () => {
    expect(buildConfigFilter({ exclude: [], allow: [] })).toBeUndefined();
  });
});
