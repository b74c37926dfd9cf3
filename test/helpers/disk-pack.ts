import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { compileRuleFiles } from '../../src/rules/compile-pack.js';
import { enableRules } from '../../src/rules/pack-options.js';
import type { RulePack } from '../../src/types.js';

// The rule pack compiled straight from rules/**/*.yaml, so tests do not depend on a fresh build.

/** Compiles the repository's rule files from disk. */
export function loadDiskPack(): RulePack {
  const paths = fg.sync('rules/**/*.{yaml,yml}').sort();
  return compileRuleFiles(paths.map((path) => ({ path, content: readFileSync(path, 'utf8') })));
}

/** The disk pack with the opt-in rules running too: for tests that must cover every rule. */
export function loadFullDiskPack(): RulePack {
  return enableRules(loadDiskPack(), 'all');
}
