import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { formatHuman } from '../../src/report/human.js';
import { formatHumanHistory } from '../../src/report/human-history.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Property: whatever the secret and whatever surrounds it, no output format prints it in clear without
// --show-secrets (reporters may keep a short prefix, never the rest).
const pack = loadDiskPack();
const alnum = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'), minLength: 24, maxLength: 40 });
const shapes = [
  (s: string) => `const stripe = require("stripe")("sk_live_${s}");`,
  (s: string) => `DATABASE_URL=postgres://shop:${s.slice(0, 16)}@db.example.io:5432/shop`,
  (s: string) => `export GITHUB_TOKEN=ghp_${(s + s).slice(0, 36)}`,
  (s: string) => `API_SECRET = "${s}"`,
];

function secretTail(secret: string): string {
  return secret.slice(Math.min(4, Math.floor(secret.length / 5)));
}

describe('redaction', () => {
  it('no format contains a found secret in clear', () => {
    fc.assert(
      fc.property(alnum, fc.nat({ max: shapes.length - 1 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (value, shape, before, after) => {
        const line = shapes[shape]?.(value) ?? '';
        const text = `${before.replace(/[\r\n]/g, ' ')} ${line} ${after.replace(/[\r\n]/g, ' ')}\n${line}\n`;
        const findings = detectChunk({ path: 'app/config.js', text }, pack).filter((f) => f.redact);
        if (findings.length === 0) return;
        const report: Report = { tool: { name: 'stanch', version: '0.0.0' }, mode: 'scan', findings, summary: { files: 1, bytes: text.length, findings: findings.length, suppressed: 0, suppressedBy: {}, skipped: [], durationMs: 1 } };
        const options = { pack, showSecrets: false, color: false, failOn: 'high' as const, minConfidence: 'medium' as const };
        const history: Report = { ...report, mode: 'history', findings: findings.map((f) => ({ ...f, commit: { sha: 'a'.repeat(40), author: 'A', email: 'a@b', date: '2026-01-01', summary: 's' }, inHead: true })) };
        const outputs = [formatJson(report, options), formatHuman(report, options), formatSarif(report, options), formatHumanHistory(history, options)];
        for (const f of findings) for (const out of outputs) expect(out.includes(secretTail(f.secret)), `${f.ruleId} leaked`).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('shows the secret with --show-secrets', () => {
    const text = shapes[0]?.('Qm7vT2xKp9LfR4sNb8HdZ3cF') ?? '';
    const findings = detectChunk({ path: 'a.js', text }, pack);
    const report: Report = { tool: { name: 'stanch', version: '0.0.0' }, mode: 'scan', findings, summary: { files: 1, bytes: 1, findings: 1, suppressed: 0, suppressedBy: {}, skipped: [], durationMs: 1 } };
    expect(formatJson(report, { showSecrets: true })).toContain('Qm7vT2xKp9LfR4sNb8HdZ3cF');
  });
});
