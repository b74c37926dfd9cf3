import { compileRule } from '../../src/rules/compile-pack.js';
import { hashRules } from '../../src/rules/pack-options.js';
import { ruleSchema } from '../../src/rules/schema.js';
import type { CompiledRule, RulePack } from '../../src/types.js';

// Builds small in-memory rule packs for tests, with the defaults every rule needs filled in.

/** The fields a test rule must give; everything else gets a harmless default. */
export type TestRule = { id: string; kind?: 'secret' | 'misconfig' } & Record<string, unknown>;

/** A compiled pack from partial rule definitions (validated by the real schema). */
export function buildTestPack(rules: readonly TestRule[]): RulePack {
  const compiled: CompiledRule[] = rules.map((partial) => {
    const source = ruleSchema.parse({
      title: `Test rule ${partial.id}`,
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      help: 'Rotate the credential and remove it from the file.',
      references: ['https://example.com/docs'],
      examples: { positive: ['a', 'b'], negative: ['c', 'd'] },
      ...partial,
    });
    return compileRule(source, `test: ${partial.id}`);
  });
  return { hash: hashRules(compiled), rules: compiled, examples: {} };
}
