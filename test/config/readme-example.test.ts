import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/config/apply-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// The README's full configuration example is what users copy first: it must load against the built-in pack.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function findConfigExample(): string {
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const example = blocks.find((block) => block.startsWith('failOn:') && block.includes('\nrules:'));
  if (example === undefined) throw new Error('README has no full configuration example (a yaml block starting with failOn:)');
  return example;
}

describe("the README's configuration example", () => {
  it('parses, names only existing rules, and applies', () => {
    const config = parseConfig(findConfigExample(), 'README.md');
    const applied = applyConfig(loadDiskPack(), config);
    expect(applied.rules.some((rule) => rule.id === 'json-web-token')).toBe(false);
    expect(applied.rules.find((rule) => rule.id === 'generic-secret-assignment')?.confidence).toBe('low');
  });
});
