import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import type { Finding } from '../../src/types.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Fuzzing detection with the real pack: random text and mutated fixtures never crash it, and every
// reported position points exactly at the reported value. FUZZ_RUNS raises the budget for long runs.
const pack = loadDiskPack();
const runs = Number(process.env['FUZZ_RUNS'] ?? 150);
const seeds = fg.sync('fixtures/**/*', { dot: true }).sort().map((path) => ({ path, text: readFileSync(path, 'latin1') }));

function textAt(text: string, f: Finding): string {
  const lines = text.split(/\r\n|\n|\r/);
  if (f.line === f.endLine) return (lines[f.line - 1] ?? '').slice(f.column - 1, f.endColumn - 1);
  const first = (lines[f.line - 1] ?? '').slice(f.column - 1);
  const middle = lines.slice(f.line, f.endLine - 1);
  const last = (lines[f.endLine - 1] ?? '').slice(0, f.endColumn - 1);
  return [first, ...middle, last].join('\n');
}

function checkFindings(path: string, text: string): void {
  for (const f of detectChunk({ path, text }, pack)) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    if (f.lineText !== '' && !/\r/.test(text)) expect(textAt(text, f)).toBe(f.secret);
  }
}

const mutation = fc.record({
  seed: fc.nat(),
  at: fc.nat(),
  cut: fc.nat({ max: 64 }),
  insert: fc.string({ unit: fc.constantFrom('a', 'Z', '9', '=', '"', "'", ':', '/', '@', '\n', '\r\n', ' ', '\0', '\u00e9', '\u{1F600}', '_', '-') }),
});

describe('detection fuzzing', () => {
  it('survives random text with exact positions', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => checkFindings('fuzz.env', text)), { numRuns: runs });
  });

  it.skipIf(seeds.length === 0)('survives random mutations of the fixtures', () => {
    fc.assert(
      fc.property(mutation, ({ seed, at, cut, insert }) => {
        const base = seeds[seed % seeds.length];
        if (base === undefined) return;
        const pos = base.text.length === 0 ? 0 : at % base.text.length;
        checkFindings(base.path, base.text.slice(0, pos) + insert + base.text.slice(pos + cut));
      }),
      { numRuns: runs },
    );
  });

  it('finishes bounded work on hostile shapes', () => {
    const hostile = ['password='.repeat(120_000), `${'a'.repeat(2_000_000)}token`, `${'x = "'.repeat(50_000)}\n`, '\0'.repeat(100_000)];
    for (const text of hostile) expect(() => detectChunk({ path: 'hostile.txt', text }, pack)).not.toThrow();
  });
});
