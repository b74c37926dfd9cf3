import type { Finding } from '../types.js';
import { LEVELS } from './sarif-rules.js';

// One SARIF result per finding: where it is, how severe, and the stable fingerprint GitHub tracks alerts by.

/** A repo-relative path as a relative URI reference: each segment percent-encoded (spaces, `#`, `?`, `%`). */
export function toRelativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Our fingerprint under `stanch/v1`; history results also under `primaryLocationLineHash`, the key GitHub tracks by. */
export function toPartialFingerprints(f: Pick<Finding, 'fingerprint' | 'commit'>): Record<string, string> {
  // upload-sarif computes primaryLocationLineHash from the checked-out file at the result's line, but keeps a value
  // already present. A history result points into an old blob, where that hash would describe unrelated content.
  const ours = { 'stanch/v1': f.fingerprint };
  return f.commit === undefined ? ours : { ...ours, primaryLocationLineHash: `${f.fingerprint.slice(0, 16)}:1` };
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
    partialFingerprints: toPartialFingerprints(f),
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      context: f.context,
      ...(f.commit === undefined ? {} : { commit: f.commit }),
      ...(f.inHead === undefined ? {} : { inHead: f.inHead }),
    },
  };
}
