import type { CompiledRule, Confidence, FileContext, RuleKind, Severity } from '../types.js';
import { CONFIDENCES, SEVERITIES } from '../types.js';
import type { Hiding } from './encoded-runs.js';
import type { HitGrade } from './match-rule.js';

// Context lowers severity instead of hiding: a dev-only DEBUG=True must not block, a real key in a test still does.
// A hit's grade outranks context: a verified checksum is proof, a failed one or a guessable value is not.

const CONTEXT_LABEL: Record<FileContext, string> = {
  code: '',
  test: 'test file',
  docs: 'documentation file',
  example: 'example file',
  dev: 'development or CI config',
};

const GRADE_NOTE: Record<HitGrade, string> = {
  verified: ' (checksum valid: almost certainly a real token)',
  unverified: ' (checksum does not match: likely made up; confidence lowered)',
  weak: ' (short or guessable value; confidence lowered)',
  unfilled: ' (no secret value outside development settings found in the file; confidence lowered)',
};

/** Whether the file's context lowers the rule's findings (every context but `code`, unless the rule's `lowerIn` says otherwise). */
export function lowersRule(rule: Pick<CompiledRule, 'lowerIn'>, context: FileContext): boolean {
  return context !== 'code' && (rule.lowerIn === undefined || rule.lowerIn.some((c) => c === context));
}

/** Severity and confidence of a rule's finding in a file of the given context, for a hit of the given grade. */
export function adjustForContext(
  rule: Pick<CompiledRule, 'kind' | 'severity' | 'confidence' | 'lowerIn'>,
  context: FileContext,
  grade?: HitGrade,
): { severity: Severity; confidence: Confidence } {
  if (grade === 'verified') return { severity: rule.severity, confidence: 'high' };
  if (grade !== undefined) return { severity: rule.severity, confidence: 'low' };
  if (!lowersRule(rule, context)) return { severity: rule.severity, confidence: rule.confidence };
  if (rule.kind === 'misconfig') return { severity: lower(SEVERITIES, rule.severity), confidence: 'low' };
  return { severity: rule.severity, confidence: lower(CONFIDENCES, rule.confidence) };
}

/** What a single hit adds to its rule: a grade and why, the encoding it was found inside, a development-only block. */
export interface HitTraits {
  grade?: HitGrade | undefined;
  why?: string | undefined;
  via?: Hiding | undefined;
  devBlock?: true | undefined;
  buildStage?: true | undefined;
}

/** The finding's one-sentence message (`lowered`: whether its context lowered it); never contains the value. */
export function describeFinding(title: string, kind: RuleKind, context: FileContext, hit: HitTraits, lowered: boolean): string {
  const block = hit.devBlock === true ? 'development-only block' : hit.buildStage === true ? 'Docker build stage the running image does not keep' : undefined;
  const label = block !== undefined && context === 'dev' ? block : CONTEXT_LABEL[context];
  const where = context === 'code' ? '' : ` in a ${label}`;
  const how = hit.via === undefined ? 'committed in clear text' : hit.via === 'split' ? 'split across concatenated strings' : `hidden in a ${hit.via} string`;
  const what = kind === 'secret' ? `${title} ${how}` : title;
  // A weak hit says why it is weak (`a database on this machine`), not only that it is short or guessable.
  if (hit.grade === 'weak' && hit.why !== undefined) return `${what}${where} (${hit.why}; confidence lowered).`;
  if (hit.grade !== undefined) return `${what}${where}${GRADE_NOTE[hit.grade]}.`;
  const tail = !lowered ? '' : kind === 'secret' ? ' (confidence lowered)' : ' (severity lowered)';
  return `${what}${where}${tail}.`;
}

function lower<T>(order: readonly T[], value: T): T {
  const index = order.indexOf(value);
  return order[Math.min(order.length - 1, index + 1)] ?? value;
}
