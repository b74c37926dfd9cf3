import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempProject } from '../helpers/temp-dir.js';

// `npm run fp-budget` on small trees: rates, the blocking list, masking, skips and the exit code.

const SCRIPT = resolve('scripts/fp-budget.mjs');

function runBudget(...args: string[]): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe.skipIf(!existsSync('dist/index.js'))('fp-budget', () => {
  // A made-up value, assembled so no fixture file holds it whole.
  const fake = ['Zq81', 'mVt3', 'LpR9', 'xW2k'].join('-');

  it('lists a blocking finding with its location and a masked value, and exits 1 over budget', () => {
    const root = makeTempProject({ 'node_modules/shop/Dockerfile': `FROM node:20\nENV API_TOKEN=${fake}\n` });
    const { status, out } = runBudget(root);
    expect(status).toBe(1);
    expect(out).toMatch(/dockerfile-secret-env-arg: 1\n\s+\S*node_modules\/shop\/Dockerfile:2 \[code, high\/medium\] Z\w{0,3}\*{5}/);
    expect(out).toMatch(/budget 1: OVER/);
    expect(out).not.toContain(fake);
  });

  it('judges files by their path inside the package, so a package test file is lowered, not blocking', () => {
    const root = makeTempProject({ 'node_modules/@acme/api/test/Dockerfile': `ENV API_TOKEN=${fake}\n` });
    const { status, out } = runBudget(root, '--all');
    expect(status).toBe(0);
    expect(out).toMatch(/blocking \(>= high, confidence >= medium\): 0\.00 per 10 MB \(0\); budget 1: within/);
    expect(out).toMatch(/\[test, medium\/low\]/);
    expect(out).not.toContain(fake);
  });

  it('skips binary files and counts them', () => {
    const root = makeTempProject({ 'a.bin': Buffer.from([0, 1, 2, 3]), 'b.txt': 'hello\n' });
    const { status, out } = runBudget(root);
    expect(status).toBe(0);
    expect(out).toMatch(/scanned 1 text files, .* \(skipped 1 binary, 0 over 10 MB\)/);
  });

  it('fails with exit 2 when there is nothing to scan', () => {
    const root = makeTempProject({});
    const { status, out } = runBudget(root);
    expect(status).toBe(2);
    expect(out).toMatch(/nothing scanned/);
  });
});
