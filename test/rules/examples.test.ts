import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { compileRuleFiles } from '../../src/rules/compile-pack.js';
import { testRulePack } from '../../src/rules/test-rules.js';

// Every example of every rule in rules/**/*.yaml runs through the full detection pipeline.
const paths = fg.sync('rules/**/*.{yaml,yml}').sort();
const pack = compileRuleFiles(paths.map((path) => ({ path, content: readFileSync(path, 'utf8') })));
const failures = testRulePack(pack);

describe('rule pack examples', () => {
  it('has rules', () => {
    expect(pack.rules.length).toBeGreaterThan(0);
  });

  it.each(pack.rules.map((r) => r.id))('%s: every positive fires and no negative does', (id) => {
    expect(failures.filter((f) => f.ruleId === id).map((f) => `${f.expect}[${f.index}] ${f.path}: ${f.reason}`)).toEqual([]);
  });
});
