import type { CompiledRule, Confidence, FileContext, RuleKind, Severity } from '../types.js';
import { CONFIDENCES, SEVERITIES } from '../types.js';

// Context lowers severity instead of hiding: a dev-only DEBUG=True must not block, a real key in a test still does.

const CONTEXT_LABEL: Record<FileContext, string> = {
  code: '',
  test: 'test file',
  docs: 'documentation',
  example: 'example file',
  dev: 'development config',
};

/** Severity and confidence of a rule's finding in a file of the given context. */
export function adjustForContext(
  rule: Pick<CompiledRule, 'kind' | 'severity' | 'confidence'>,
  context: FileContext,
): { severity: Severity; confidence: Confidence } {
  if (context === 'code') return { severity: rule.severity, confidence: rule.confidence };
  if (rule.kind === 'misconfig') return { severity: lower(SEVERITIES, rule.severity), confidence: 'low' };
  return { severity: rule.severity, confidence: lower(CONFIDENCES, rule.confidence) };
}

/** The finding's one-sentence message; never contains the value. */
export function describeFinding(title: string, kind: RuleKind, context: FileContext): string {
  const where = context === 'code' ? '' : ` in a ${CONTEXT_LABEL[context]}`;
  const what = kind === 'secret' ? `${title} committed in clear text` : title;
  const tail = context === 'code' ? '' : kind === 'secret' ? ' (confidence lowered)' : ' (severity lowered)';
  return `${what}${where}${tail}.`;
}

function lower<T>(order: readonly T[], value: T): T {
  const index = order.indexOf(value);
  return order[Math.min(order.length - 1, index + 1)] ?? value;
}
