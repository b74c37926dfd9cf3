import type { Confidence, Finding, RulePack, Severity } from '../types.js';
import { CONFIDENCES, SEVERITIES } from '../types.js';

// What reporters need besides the report, and the threshold that decides the exit code.

/** Options every reporter receives. */
export interface ReportOptions {
  showSecrets: boolean;
  color: boolean;
  failOn: Severity;
  minConfidence: Confidence;
  /** The pack the findings came from: titles, help and references for SARIF and hints. */
  pack: RulePack;
  /** Terminal width for the human table (default 108 columns). */
  width?: number;
}

/** Whether a finding blocks: severity at or above `failOn` and confidence at or above `minConfidence`. */
export function isBlocking(finding: Pick<Finding, 'severity' | 'confidence'>, failOn: Severity, minConfidence: Confidence): boolean {
  return SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(failOn) && CONFIDENCES.indexOf(finding.confidence) <= CONFIDENCES.indexOf(minConfidence);
}
