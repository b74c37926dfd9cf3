import { detectChunk } from '../detect/detect-chunk.js';
import { isBlocking } from '../report/report-options.js';
import type { RuleExample, RulePack } from '../types.js';

// The generic rule tester: every example of every rule runs through the full detection pipeline.

/** What an example declares: the rule fires on it, stays silent, or fires only below the blocking level. */
export type Expectation = 'positive' | 'negative' | 'lowered';

/** One example that did not behave as declared. */
export interface RuleTestFailure {
  ruleId: string;
  expect: Expectation;
  /** 0-based index in the rule's example list. */
  index: number;
  path: string;
  reason: string;
}

/** The path an example is scanned as; plain-text examples are scanned as `example.txt`. */
export function examplePath(example: RuleExample): string {
  return typeof example === 'string' ? 'example.txt' : example.path;
}

/** Runs every example of every rule in the pack (or only `ruleIds`) and returns the failures. */
export function testRulePack(pack: RulePack, ruleIds?: readonly string[]): RuleTestFailure[] {
  const failures: RuleTestFailure[] = [];
  for (const rule of pack.rules) {
    if (ruleIds !== undefined && !ruleIds.includes(rule.id)) continue;
    const examples = pack.examples[rule.id];
    if (examples === undefined) continue;
    const check = (expect: Expectation, list: readonly RuleExample[]): void => {
      const seen = new Set<string>();
      list.forEach((example, index) => {
        const path = examplePath(example);
        const text = typeof example === 'string' ? example : example.text;
        const reason = judgeExample(pack, rule.id, expect, path, text, seen);
        if (reason !== undefined) failures.push({ ruleId: rule.id, expect, index, path, reason });
      });
    };
    check('positive', examples.positive);
    check('negative', examples.negative);
    check('lowered', examples.lowered ?? []);
  }
  return failures;
}

function judgeExample(
  pack: RulePack,
  ruleId: string,
  expect: Expectation,
  path: string,
  text: string,
  seen: Set<string>,
): string | undefined {
  const key = `${path}\0${text}`;
  if (seen.has(key)) return 'duplicate example';
  seen.add(key);
  const findings = detectChunk({ path, text }, pack).filter((f) => f.ruleId === ruleId);
  const fired = findings.length > 0;
  if (expect !== 'negative' && !fired) return 'the rule did not fire';
  if (expect === 'negative' && fired) return 'the rule fired';
  if (expect === 'lowered' && findings.some((f) => isBlocking(f, 'high', 'medium'))) return 'the rule blocked';
  return undefined;
}
