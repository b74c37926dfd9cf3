import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { buildFilters, staleBaselineNotice } from '../../src/filters/build-filters.js';
import type { FindingFilter } from '../../src/filters/filter.js';
import type { Chunk, Finding } from '../../src/types.js';
import { FAKE_SECRET, makeFinding } from '../helpers/make-report.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// Runs the passes in order, as the pipeline does: each sees only what the previous ones kept.
function applyAll(filters: FindingFilter[], findings: Finding[], chunk: Chunk): { kept: string[]; by: Record<string, string> } {
  const by: Record<string, string> = {};
  let kept = findings;
  for (const filter of filters) {
    const result = filter(kept, chunk);
    for (const s of result.suppressed) by[s.finding.path] = s.by;
    kept = result.kept;
  }
  return { kept: kept.map((f) => f.path), by };
}

describe('suppression passes', () => {
  const chunk: Chunk = { path: 'a.js', text: `k = "${FAKE_SECRET}" // stanch:allow\n`, provenance: { kind: 'file' } };
  const findings = [
    makeFinding({ path: 'a.js', line: 1, fingerprint: 'f-inline' }),
    makeFinding({ path: 'docs/b.md', line: 5, lineText: FAKE_SECRET, fingerprint: 'f-config' }),
    makeFinding({ path: 'c.js', line: 9, lineText: FAKE_SECRET, fingerprint: 'f-baseline' }),
    makeFinding({ path: 'd.js', line: 9, lineText: FAKE_SECRET, fingerprint: 'f-new' }),
  ];

  it('run inline, then config, then baseline, each suppression attributed once; stale entries are noticed', async () => {
    const dir = makeTempProject({
      'base.json': JSON.stringify({ version: 1, entries: [{ fingerprint: 'f-baseline', ruleId: 'stripe-secret-key', path: 'c.js' }, { fingerprint: 'f-inline', ruleId: 'stripe-secret-key', path: 'a.js' }, { fingerprint: 'gone', ruleId: 'x', path: 'old.js' }] }),
    });
    const set = await buildFilters(parseConfig('exclude: [docs/]', '.stanch.yaml'), { noSuppress: false, baselinePath: join(dir, 'base.json') });
    expect(applyAll(set.filters, findings, chunk)).toEqual({ kept: ['d.js'], by: { 'a.js': 'inline', 'docs/b.md': 'config', 'c.js': 'baseline' } });
    // The inline comment hid a.js before the baseline saw it, so its entry looks stale too: 2 of 3.
    expect(staleBaselineNotice(set)).toMatch(/^2 baseline entries match no finding any more; run `stanch baseline --prune`/);
  });

  it('--no-suppress keeps everything, without even reading the baseline', async () => {
    const set = await buildFilters(parseConfig('exclude: [docs/]', '.stanch.yaml'), { noSuppress: true, baselinePath: '/nonexistent/base.json' });
    expect(applyAll(set.filters, findings, chunk).kept).toHaveLength(4);
    expect(staleBaselineNotice(set)).toBeUndefined();
  });

  it('fail closed on an unreadable or malformed baseline', async () => {
    const dir = makeTempProject({});
    writeFileSync(join(dir, 'bad.json'), '{"version": 1, "entries": [{"path": "a"}]}');
    await expect(buildFilters(undefined, { noSuppress: false, baselinePath: join(dir, 'missing.json') })).rejects.toThrow(/cannot read baseline/);
    await expect(buildFilters(undefined, { noSuppress: false, baselinePath: join(dir, 'bad.json') })).rejects.toThrow(/not a stanch baseline/);
  });
});
