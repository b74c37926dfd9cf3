import type { CompiledRule } from '../types.js';
import { looksRandom, shannonEntropy } from './entropy.js';
import { isCodeOrText, isIdentifierLike, isSequential } from './generic-filters.js';
import { isBareIdentifier, isIndirection } from './indirection.js';
import { isPlaceholder } from './placeholder.js';
import { isTemplate } from './template.js';

// Decides whether a matched value is a finding: the path-independent false-positive filters of DESIGN.md §4.

/** A candidate match: the value and the key it was assigned to (generic rules). */
export interface Candidate {
  value: string;
  key: string;
}

/** Why a candidate was dropped, or undefined when it is a finding. */
export function judgeValue(rule: CompiledRule, allow: readonly RegExp[], candidate: Candidate): string | undefined {
  const { value, key } = candidate;
  if (allow.some((re) => re.test(value))) return 'allowed by rule';
  if (rule.kind !== 'secret') return undefined;
  if (isTemplate(value)) return 'template';
  if (isPlaceholder(value)) return 'placeholder';
  // A provider token such as `dt0c01.AB12…` or `hvs.CAES…` has the shape of a dotted identifier; digits tell them apart.
  if (isIndirection(value) && (rule.generic || !/[0-9]/.test(value))) return 'indirection';
  if (rule.entropy !== undefined && shannonEntropy(value) < rule.entropy) return 'low entropy';
  if (!rule.generic) return undefined;
  if (isBareIdentifier(value)) return 'identifier';
  if (isCodeOrText(value)) return 'code, text or path';
  if (isIdentifierLike(value, key)) return 'uuid or hash';
  if (isSequential(value)) return 'sequential';
  if (!looksRandom(value)) return 'not random enough';
  return undefined;
}
