import { describe, expect, it } from 'vitest';
import type { FindingFilter } from '../../src/filters/filter.js';
import { scanSource } from '../../src/pipeline/scan-source.js';
import type { SourceEvent } from '../../src/sources/source-event.js';
import type { Chunk } from '../../src/types.js';
import { buildTestPack } from '../helpers/rule-pack.js';

// The pipeline: every chunk through detection and the filters in order, with honest totals.

const TOKEN = ['tok', 'Vq8Lm2Xr5Nb9Kc3Wd7Hz'].join('_');
const OTHER_TOKEN = ['tok', 'Hz7Wd3Kc9Nb5Xr2Lm8Vq'].join('_');
const pack = buildTestPack([
  { id: 'test-token', keywords: ['tok_'], pattern: '\\b(tok_[A-Za-z0-9]{20})\\b', secretGroup: 1 },
  { id: 'env-file', kind: 'misconfig', path: '(^|/)\\.env$' },
]);

function chunk(path: string, text: string, extra: Partial<Chunk> = {}): SourceEvent {
  return { type: 'chunk', chunk: { path, text, provenance: { kind: 'file' }, ...extra }, bytes: Buffer.byteLength(text) };
}

async function* fromList(events: SourceEvent[]): AsyncGenerator<SourceEvent> {
  yield* events;
}

describe('scanSource', () => {
  it('sorts findings by path, line and column and totals files, bytes and skips', async () => {
    const events = [
      chunk('b.js', `x\nk = "${TOKEN}"\n`),
      chunk('a.js', `k2 = "${TOKEN}"; k1 = "${OTHER_TOKEN}"\n`),
      { type: 'skip' as const, skipped: { path: 'big.bin', reason: 'larger than --max-file-size' } },
      chunk('clean.js', 'console.log(1)\n'),
    ];
    const { report } = await scanSource(fromList(events), { mode: 'scan', pack, filters: [], jobs: 1 });
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`)).toEqual(['a.js:1:7', 'a.js:1:40', 'b.js:2:6']);
    expect(report.summary).toMatchObject({ files: 3, findings: 3, suppressed: 0, skipped: [{ path: 'big.bin', reason: 'larger than --max-file-size' }] });
    expect(report.summary.bytes).toBe(events.reduce((n, e) => n + (e.type === 'chunk' ? e.bytes : 0), 0));
    expect(report).toMatchObject({ tool: { name: 'stanch' }, mode: 'scan' });
  });

  it('counts a binary file as skipped yet still applies path rules to it', async () => {
    const { report } = await scanSource(fromList([chunk('config/.env', '', { binary: true })]), { mode: 'scan', pack, filters: [], jobs: 1 });
    expect(report.summary.skipped).toEqual([{ path: 'config/.env', reason: 'binary' }]);
    expect(report.summary.files).toBe(0);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['env-file']);
  });

  it('runs the filters in order and counts what each suppressed, by kind', async () => {
    const seen: string[] = [];
    const dropFirstLine: FindingFilter = (findings) => {
      seen.push('inline');
      return { kept: findings.filter((f) => f.line !== 1), suppressed: findings.filter((f) => f.line === 1).map((finding) => ({ finding, by: 'inline' })) };
    };
    const dropAll: FindingFilter = (findings) => {
      seen.push('baseline');
      return { kept: [], suppressed: findings.map((finding) => ({ finding, by: 'baseline' })) };
    };
    const text = `a = "${TOKEN}"\nb = "${TOKEN}"\nc = "${TOKEN}"\n`;
    const { report, suppressed } = await scanSource(fromList([chunk('app.py', text)]), { mode: 'scan', pack, filters: [dropFirstLine, dropAll], jobs: 1 });
    expect(seen).toEqual(['inline', 'baseline']);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ findings: 0, suppressed: 3, suppressedBy: { inline: 1, baseline: 2 } });
    expect(suppressed.map((s) => s.finding.line)).toEqual([1, 2, 3]);
  });

  it('fails instead of reporting a partial result when the scan is interrupted', async () => {
    const controller = new AbortController();
    async function* slow(): AsyncGenerator<SourceEvent> {
      yield chunk('a.js', `k = "${TOKEN}"\n`);
      controller.abort();
      yield chunk('b.js', 'ok\n');
    }
    await expect(scanSource(slow(), { mode: 'scan', pack, filters: [], jobs: 1, signal: controller.signal })).rejects.toThrow('interrupted');
  });

  it('fails the whole scan when the source fails, instead of reporting a partial clean result', async () => {
    async function* broken(): AsyncGenerator<SourceEvent> {
      yield chunk('a.js', 'ok\n');
      throw new Error('disk went away');
    }
    await expect(scanSource(broken(), { mode: 'scan', pack, filters: [], jobs: 1 })).rejects.toThrow('disk went away');
  });
});
