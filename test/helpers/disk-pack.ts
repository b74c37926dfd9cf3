import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { compileRuleFiles } from '../../src/rules/compile-pack.js';
import type { RulePack } from '../../src/types.js';

// The rule pack compiled straight from rules/**/*.yaml, so tests do not depend on a fresh build.

/** Compiles the repository's rule files from disk. */
export function loadDiskPack(): RulePack {
  const paths = fg.sync('rules/**/*.{yaml,yml}').sort();
  return compileRuleFiles(paths.map((path) => ({ path, content: readFileSync(path, 'utf8') })));
}
