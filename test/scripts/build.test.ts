import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempProject } from '../helpers/temp-dir.js';

// What `npm run build` leaves behind (npm test builds first), and how a broken rule fails it.

const COMPILER = resolve('dist/build/compile-rules.mjs');

// Files a module imports statically, transitively (what Node loads before any dynamic import runs).
function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  seen.add(entry);
  for (const match of readFileSync(entry, 'utf8').matchAll(/(?:from|import) "(\.[^"]+)"/g)) {
    const next = join(dirname(entry), match[1] ?? '');
    if (!seen.has(next)) staticClosure(next, seen);
  }
  return seen;
}

describe.skipIf(!existsSync(COMPILER))('build', () => {
  it('writes an executable CLI with a node shebang, the library and the worker', () => {
    expect(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync('dist/cli.js').mode & 0o111).not.toBe(0);
    // The package's bin: the same launcher as CommonJS.
    const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin.stanch;
    expect(bin).toBe('./dist/cli.cjs');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(existsSync('dist/index.js')).toBe(true);
    expect(existsSync('dist/detect-worker.js')).toBe(true);
  });

  it('lets the bundled detection pool find its worker script wherever code splitting put the pool', () => {
    const bundled = readdirSync('dist/chunks').map((name) => join('dist/chunks', name));
    const pool = bundled.find((file) => readFileSync(file, 'utf8').includes('detect-worker.js'));
    expect(pool).toBeDefined();
    const specs = [...readFileSync(pool ?? '', 'utf8').matchAll(/new URL\("([^"]*detect-worker\.js)", import\.meta\.url\)/g)].map((m) => m[1] ?? '');
    expect(specs.some((spec) => existsSync(join(dirname(pool ?? ''), spec)) && !spec.includes('../../dist'))).toBe(true);
  });

  it('keeps the start-up path small: the executable is a launcher, the CLI one CommonJS bundle for the code cache', () => {
    const loaded = staticClosure('dist/cli.js');
    const bytes = [...loaded].reduce((n, file) => n + statSync(file).size, 0);
    expect(loaded.size).toBe(1);
    expect(bytes).toBeLessThan(16 * 1024);
    // The cache key holds the bundle's content hash, so a new build never uses an old build's cache.
    const hash = createHash('sha256').update(readFileSync('dist/stanch.cjs')).digest('hex').slice(0, 16);
    expect(readFileSync('dist/cli.js', 'utf8')).toContain(`"${hash}"`);
    // What staged does not load (config parsing, rule examples, the rules' help texts) sits in side files read on
    // first use. The pack grows with every rule: 820 KB at 950 rules once the help texts left it (1.22 MB with them);
    // 868 KB at 1,101 once fields most rules share were left out too (950 KB with them); 940 KB at 1,235; 962 KB at 1,301 once the
    // pack's JSON went in as a raw template (986 KB as a quoted string, every regex backslash four bytes); 966 KB at
    // 1,524 once the most common kind, severity and confidence were left out too (1.02 MB with them); 972 KB at 1,579 once `supersedes` named rules by index (999 KB by id). The budget
    // is 1 MB: loading the bundle with its code cache takes 6-9 ms of a 370 ms pre-commit run (BENCHMARKS.md).
    expect(statSync('dist/stanch.cjs').size).toBeLessThan(1024 * 1024);
    for (const side of ['stanch-zod.cjs', 'stanch-yaml.cjs', 'stanch-examples.cjs', 'stanch-help.cjs']) expect(existsSync(join('dist', side))).toBe(true);
    expect(readFileSync('dist/stanch.cjs', 'utf8')).not.toContain('A private key proves identity');
    const code = [...loaded].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const marker of ['wordWrap', 'cat-file', 'followSymbolicLinks', 'stripe-secret-key']) expect(code).not.toContain(marker);
  });

  it('fails with exit 1 and one line naming the file and the rule when a rule is broken', () => {
    const dir = makeTempProject({ 'rules/bad.yaml': '- id: Not_Kebab\n  title: Broken rule\n' });
    mkdirSync(join(dir, 'src/rules'), { recursive: true });
    const result = spawnSync(process.execPath, [COMPILER], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^stanch: rules\/bad\.yaml/);
  });
});
