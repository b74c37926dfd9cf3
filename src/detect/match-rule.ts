import type { PreparedRule } from './prepare-pack.js';
import { judgeValue } from './judge-value.js';

// Runs one content rule over a text and returns the spans that survive the value filters.

/** A surviving match: the whole match span and the secret span (offsets into the text). */
export interface RuleHit {
  start: number;
  end: number;
  secretStart: number;
  secretEnd: number;
  secret: string;
}

/** Longest line (in chars) generic rules will look at; longer lines are minified code or data. */
export const GENERIC_MAX_LINE = 4000;

/** All hits of `prepared` in `text`; `lineLength(offset)` bounds generic rules on very long lines. */
export function matchRule(prepared: PreparedRule, text: string, path: string, lineLength: (offset: number) => number): RuleHit[] {
  const regex = prepared.content();
  if (regex === undefined) return [];
  const { rule } = prepared;
  const hits: RuleHit[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    const span = m.indices?.[rule.secretGroup] ?? m.indices?.[0];
    if (span === undefined) continue;
    const [secretStart, secretEnd] = span;
    if (rule.generic && lineLength(secretStart) > GENERIC_MAX_LINE) continue;
    const secret = text.slice(secretStart, secretEnd);
    const key = m.groups?.['key'] ?? m[0];
    if (judgeValue(rule, prepared.allow(), { value: secret, key, path }) !== undefined) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, secretStart, secretEnd, secret });
  }
  return hits;
}
