import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { renderBoxTable, measureText } from '../../src/report/box-table.js';
import { formatHuman } from '../../src/report/human.js';
import { createStyle } from '../../src/report/style.js';
import { makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';

// The human reports' table: the frame cli-table3 drew, wrapped at words, styles kept per line, linear time.

describe('renderBoxTable', () => {
  it('draws the same frame and word wrap as cli-table3 for plain text', () => {
    const rows = [
      ['critical', '3:12', 'Stripe live secret key committed in clear text (stripe-secret-key, high confidence)\nstripe = "sk_l*****"'],
      ['low', '10:1', 'short'],
    ];
    const reference = new Table({ head: ['severity', 'line:col', 'finding'], colWidths: [10, 10, 40], wordWrap: true, style: { head: [], border: [] } });
    for (const row of rows) reference.push(row);
    const ours = renderBoxTable(
      { head: ['severity', 'line:col', 'finding'], widths: [10, 10, 40] },
      rows.map((row) => row.map((cell) => cell.split('\n').map((text) => [{ text }]))),
    );
    expect(ours).toBe(reference.toString());
  });

  it('cuts a word wider than its column instead of hiding it, and measures wide characters as two columns', () => {
    const text = renderBoxTable({ head: ['v'], widths: [8] }, [[[[{ text: 'abcdefghijklmnop' }]]], [[[{ text: '漢字漢字' }]]]]);
    expect(text.split('\n').filter((l) => l.startsWith('│'))).toEqual(['│ v      │', '│ abcdef │', '│ ghijkl │', '│ mnop   │', '│ 漢字漢 │', '│ 字     │']);
    expect(measureText('a漢😀')).toBe(5);
  });

  it('paints each wrapped line on its own, so no colour leaks into the frame', () => {
    const style = createStyle(true);
    const text = renderBoxTable({ head: ['x'], widths: [12], borderStyle: style.grey }, [[[[{ text: 'bold words that wrap', style: style.bold }]]]]);
    const body = text.split('\n').filter((l) => l.includes('\u001b[1m'));
    expect(body.length).toBeGreaterThan(1);
    for (const line of body) expect(line).toMatch(/^\u001b\[90m│\u001b\[0m \u001b\[1m[a-z ]+\u001b\[0m +\u001b\[90m│\u001b\[0m$/);
  });

  it('formats 20,000 findings in seconds, not minutes', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => makeFinding({ line: i + 1, endLine: i + 1 }));
    const started = performance.now();
    const text = formatHuman(makeReport(findings), makeReportOptions());
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(text).toContain('20000 findings (20000 critical).');
  }, 60_000);
});
