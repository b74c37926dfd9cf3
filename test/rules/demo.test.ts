import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import type { Finding } from '../../src/types.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// The bundled demo project (what `npm run demo` scans) must show its planted problems and nothing else.
const DEMO = 'fixtures/demo';
const pack = loadDiskPack();

/** Findings for every demo file, with paths relative to the demo root as a user would see them. */
function scanDemo(): Finding[] {
  const files = fg.sync('**/*', { cwd: DEMO, dot: true }).sort();
  return files.flatMap((path) => detectChunk({ path, text: readFileSync(join(DEMO, path), 'utf8') }, pack));
}

const findings = scanDemo();
const at = (path: string): string[] => findings.filter((f) => f.path === path).map((f) => `${f.ruleId}:${f.line}`);

describe('demo project findings', () => {
  it('finds the leaked secrets: database URL passwords and the live Stripe key', () => {
    expect(at('backend/.env')).toContain('database-url-password:3');
    expect(at('README.md')).toContain('database-url-password:15');
    expect(at('web/server.js')).toContain('stripe-secret-key:6');
  });

  it('reports the secret value itself, so redaction can mask it', () => {
    const url = findings.find((f) => f.path === 'backend/.env' && f.ruleId === 'database-url-password');
    expect(url?.secret).toBe(['Hd83', 'kQz1', 'wP7v'].join(''));
    expect(url?.redact).toBe(true);
  });

  it('finds the misconfigurations: debug, wildcard CORS, weak secret keys, insecure cookies', () => {
    expect(at('backend/.env')).toEqual(expect.arrayContaining(['flask-debug-env:2', 'weak-secret-key-config:4', 'cors-wildcard-env:5']));
    expect(at('backend/app.py')).toEqual(expect.arrayContaining(['cors-wildcard-code:12', 'flask-app-run-debug:30']));
    expect(at('backend/config.py')).toEqual(expect.arrayContaining(['secret-key-literal-fallback:6', 'cookie-secure-disabled:7']));
    expect(at('web/server.js')).toEqual(expect.arrayContaining(['cors-wildcard-code:9', 'weak-secret-key:13', 'cookie-secure-disabled:16']));
    expect(at('docker-compose.yml')).toContain('default-database-password:6');
  });

  it('stays silent on the placeholder .env.example and on files without problems', () => {
    expect(at('.env.example')).toEqual([]);
    expect(at('backend/requirements.txt')).toEqual([]);
    expect(at('web/package.json')).toEqual([]);
  });

  it('flags each problem once (no second rule on the same line)', () => {
    const lines = findings.map((f) => `${f.path}:${f.line}`);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
