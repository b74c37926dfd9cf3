import type { Finding, Report, Summary } from '../../src/types.js';
import type { ReportOptions } from '../../src/report/report-options.js';
import { buildTestPack } from './rule-pack.js';

// Findings and reports built in memory for reporter tests; the secret is assembled from pieces (fake).

/** A fake Stripe-shaped secret, never written literally in the repository. */
export const FAKE_SECRET = ['sk', 'live', 'Tq8Wm3Xv6Ny1Bz4Kc7Rd2Hf'].join('_');

/** A finding with sensible defaults; `overrides` replace any field. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'stripe-secret-key',
    kind: 'secret',
    severity: 'critical',
    confidence: 'high',
    title: 'Stripe live secret key',
    message: 'Stripe live secret key committed in clear text.',
    path: 'web/server.js',
    line: 3,
    column: 12,
    endLine: 3,
    endColumn: 12 + FAKE_SECRET.length,
    secret: FAKE_SECRET,
    lineText: `  stripe = "${FAKE_SECRET}"  `,
    redact: true,
    fingerprint: 'a1b2c3d4e5f60718',
    context: 'code',
    ...overrides,
  };
}

/** A scan report holding `findings`, with a summary consistent with them. */
export function makeReport(findings: Finding[], summary: Partial<Summary> = {}): Report {
  return {
    tool: { name: 'stanch', version: '9.9.9' },
    mode: 'scan',
    findings,
    summary: { files: 3, bytes: 2048, findings: findings.length, suppressed: 0, suppressedBy: {}, skipped: [], durationMs: 12, ...summary },
  };
}

/** Reporter options: redacted, no colour, fail on high, with a pack whose stripe rule has a two-sentence help. */
export function makeReportOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  const pack = buildTestPack([
    { id: 'stripe-secret-key', keywords: ['sk_live_'], pattern: 'sk_live_[A-Za-z0-9]{24}', help: 'Roll the key in the Stripe dashboard. Then remove it from the file and load it from the environment.' },
  ]);
  return { showSecrets: false, color: false, failOn: 'high', minConfidence: 'medium', pack, ...overrides };
}
