import { describe, expect, it } from 'vitest';
import { testRulePack } from '../../src/rules/test-rules.js';
import { loadFullDiskPack } from '../helpers/disk-pack.js';

// Every example of every rule in rules/**/*.yaml runs through the full detection pipeline.
const pack = loadFullDiskPack();
const failures = testRulePack(pack);

describe('rule pack examples', () => {
  it('has rules', () => {
    expect(pack.rules.length).toBeGreaterThan(0);
  });

  it.each(pack.rules.map((r) => r.id))('%s: every positive fires and no negative does', (id) => {
    expect(failures.filter((f) => f.ruleId === id).map((f) => `${f.expect}[${f.index}] ${f.path}: ${f.reason}`)).toEqual([]);
  });
});
