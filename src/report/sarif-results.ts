import type { Finding } from '../types.js';
import { LEVELS } from './sarif-rules.js';

// One SARIF result per finding: where it is, how severe, and the stable fingerprint GitHub tracks alerts by.

/** A repo-relative path as a relative URI reference: each segment percent-encoded (spaces, `#`, `?`, `%`). */
export function toRelativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The SARIF result for a finding; the message never contains the value, only the rule title and context. */
export function toSarifResult(f: Finding, ruleIndex: number): Record<string, unknown> {
  // Path rules (a committed .env, a private key file) flag the file itself: the region is its first line.
  const pathOnly = f.lineText === '' && f.line === 1 && f.endColumn <= f.column;
  const region = pathOnly ? { startLine: 1 } : { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column + 1) };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: toRelativeUri(f.path), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { 'stanch/v1': f.fingerprint },
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      context: f.context,
      ...(f.commit === undefined ? {} : { commit: f.commit }),
      ...(f.inHead === undefined ? {} : { inHead: f.inHead }),
    },
  };
}
