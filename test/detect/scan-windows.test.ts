import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { buildLineWindows, buildWindows, LINE_REACH } from '../../src/detect/scan-windows.js';
import { buildTestPack } from '../helpers/rule-pack.js';

const pack = buildTestPack([{ id: 'test-token', keywords: ['tok_'], pattern: '^KEY=(tok_[A-Za-z0-9]{16,40})$', flags: 'm', secretGroup: 1 }]);
const TOKEN = ['tok_', 'Hq3Zv8', 'Nm2Kx7', 'Wp5Rc1'].join('');

describe('keyword windows', () => {
  it('merge overlapping windows and widen them to whole short lines', () => {
    const text = `${'x'.repeat(99)}\n`.repeat(300); // 300 lines of 100 chars
    expect(buildWindows(text, [1050, 1060])).toEqual([[500, 9299]]);
    expect(buildWindows(text, [1050, 25050])).toEqual([[500, 9299], [24500, 30000]]);
    expect(buildWindows(text, [-1])).toEqual([[0, text.length]]);
  });

  it('equal the windows of every hit widened and merged one by one (hits merge without widening)', () => {
    const widen = (text: string, offsets: number[]): [number, number][] => {
      const back = (from: number): number => {
        const low = Math.max(0, from - 1024);
        for (let i = from; i > low; i--) if (text.charCodeAt(i - 1) === 10) return i;
        return low === 0 ? 0 : from;
      };
      const forward = (to: number): number => {
        const high = Math.min(text.length, to + 512);
        for (let i = to; i < high; i++) if (text.charCodeAt(i) === 10) return i;
        return high === text.length ? high : to;
      };
      const out: [number, number][] = [];
      for (const at of offsets) {
        const [start, end] = [back(Math.max(0, at - 512)), forward(Math.min(text.length, at + 8192))];
        const last = out[out.length - 1];
        if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
        else out.push([start, end]);
      }
      return out;
    };
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + next(40) }, () => 'z'.repeat(next(3) === 0 ? 3000 + next(4000) : next(120))).join('\n');
      const offsets = [...new Set(Array.from({ length: 1 + next(30) }, () => next(text.length)))].sort((a, b) => a - b);
      expect(buildWindows(text, offsets)).toEqual(widen(text, offsets));
    }
  });

  it('cover only the keyword lines for scope: line rules, reaching at most LINE_REACH on a long line', () => {
    const text = `${'x'.repeat(99)}\n`.repeat(300);
    expect(buildLineWindows(text, [1050, 1060, 1150, 5000])).toEqual([[1000, 1099], [1100, 1199], [5000, 5099]]);
    const long = 'y'.repeat(3 * LINE_REACH);
    expect(buildLineWindows(long, [LINE_REACH + 10])).toEqual([[10, 2 * LINE_REACH + 10]]);
    expect(buildLineWindows(text, [-1])).toEqual([[0, text.length]]);
  });

  it('find matches deep in large files with exact positions and anchors intact', () => {
    const filler = 'const value = computeSomething(index);\n'.repeat(5000);
    const text = `${filler}KEY=${TOKEN}\n${filler}`;
    const [finding] = detectChunk({ path: 'big.env', text }, pack);
    expect(finding).toMatchObject({ line: 5001, column: 5, secret: TOKEN });
  });

  it('give the same findings as a whole-text scan when the keyword is frequent', () => {
    const lines = Array.from({ length: 6000 }, (_, i) => (i % 1000 === 7 ? `KEY=${TOKEN}` : `tok_ ${i}`));
    const findings = detectChunk({ path: 'many.env', text: lines.join('\n') }, pack);
    expect(findings.map((f) => f.line)).toEqual([8, 1008, 2008, 3008, 4008, 5008]);
  });
});
