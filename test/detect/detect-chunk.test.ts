import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { buildTestPack } from '../helpers/rule-pack.js';

// Fake token material, assembled at runtime so no token-shaped literal sits in the repository.
const FAKE = ['q7Wm', 'R2xT', 'v9Lp', 'K4sN', 'b8Hd', 'Z3cF'].join('');
const TOKEN = `tok_live_${FAKE}`;

const pack = buildTestPack([
  { id: 'test-token', keywords: ['tok_live_'], pattern: '\\b(tok_live_[A-Za-z0-9]{20,40})\\b', secretGroup: 1, entropy: 3 },
  {
    id: 'generic-secret',
    generic: true,
    confidence: 'medium',
    keywords: ['secret', 'token'],
    pattern: '(?<key>[A-Za-z_]*(?:secret|token)[A-Za-z_]*)\\s*[=:]\\s*["\']?([^\\s"\']{1,200})',
    flags: 'i',
    secretGroup: 2,
  },
  { id: 'debug-on', kind: 'misconfig', keywords: ['debug'], pattern: '^DEBUG\\s*=\\s*True\\b', flags: 'm' },
  { id: 'env-file', kind: 'secret', path: '(?:^|/)\\.env$' },
  { id: 'secret-file', kind: 'secret', path: '(?:^|/)secrets/[\\w.-]+$', pattern: '^([^\\s]{12,64})\\n', secretGroup: 1 },
]);

describe('detectChunk', () => {
  it('finds a provider token with exact 1-based line and column', () => {
    const text = `# config\nconst key = "${TOKEN}";\n`;
    const [finding] = detectChunk({ path: 'src/app.js', text }, pack);
    expect(finding).toMatchObject({ ruleId: 'test-token', line: 2, column: 14, endLine: 2, endColumn: 14 + TOKEN.length });
    expect(finding?.secret).toBe(TOKEN);
    expect(finding?.lineText).toBe(`const key = "${TOKEN}";`);
  });

  it('runs only rules whose keyword occurs, case-insensitively', () => {
    expect(detectChunk({ path: 'a.txt', text: 'nothing to see' }, pack)).toEqual([]);
    expect(detectChunk({ path: 'a.py', text: 'DEBUG = True\n' }, pack).map((f) => f.ruleId)).toEqual(['debug-on']);
  });

  it('lets a provider rule shadow a generic rule on the same value', () => {
    const ids = detectChunk({ path: 'a.env', text: `API_TOKEN=${TOKEN}\n` }, pack).map((f) => f.ruleId);
    expect(ids).toEqual(['test-token']);
  });

  it('finds a 64-hex SECRET_KEY but not a placeholder, template or env lookup', () => {
    const hex = '49437ab2c4e1f07d93a85b6e2f1c0d47a9e83b5f61d2c7e04b8a96f3d5c1e27b';
    expect(detectChunk({ path: '.env.production', text: `SECRET_KEY=${hex}\n` }, pack).map((f) => f.ruleId)).toEqual(['generic-secret']);
    for (const value of ['your-generated-key-here', '${SECRET_KEY}', 'os.getenv("SECRET_KEY")', '<secret>', 'xxxxxxxxxxxx']) {
      expect(detectChunk({ path: 'settings.py', text: `SECRET_KEY = ${value}\n` }, pack), value).toEqual([]);
    }
  });

  it('ignores hashes under hash-like keys and sequential filler for generic rules', () => {
    const sha = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    expect(detectChunk({ path: 'a.yml', text: `token_sha: ${sha}\n` }, pack)).toEqual([]);
    expect(detectChunk({ path: 'a.yml', text: 'secret: abcdefgh12345678\n' }, pack)).toEqual([]);
  });

  it('reports a value once when a rule supersedes another that matched it too', () => {
    const keyed = buildTestPack([
      { id: 'broad-token', keywords: ['tok_live_'], pattern: '\\b(tok_live_[A-Za-z0-9]{20,40})\\b', secretGroup: 1 },
      { id: 'acme-token', keywords: ['acme'], pattern: 'ACME_KEY=(tok_live_[A-Za-z0-9]{20,40})', secretGroup: 1, supersedes: ['broad-token'] },
    ]);
    expect(detectChunk({ path: 'a.env', text: `ACME_KEY=${TOKEN}\n` }, keyed).map((f) => f.ruleId)).toEqual(['acme-token']);
    expect(detectChunk({ path: 'a.env', text: `OTHER_KEY=${TOKEN}\n` }, keyed).map((f) => f.ruleId)).toEqual(['broad-token']);
  });

  it('skips generic rules in lock files but keeps provider rules there', () => {
    const text = `secret: "Zx8Qw2Lm9Rt4Vb7Nc3Kd"\nresolved: "${TOKEN}"\n`;
    expect(detectChunk({ path: 'package-lock.json', text }, pack).map((f) => f.ruleId)).toEqual(['test-token']);
  });

  it('reports a path rule once at 1:1, even for binary content', () => {
    const [finding] = detectChunk({ path: 'api/.env', text: '', binary: true }, pack);
    expect(finding).toMatchObject({ ruleId: 'env-file', line: 1, column: 1, redact: false });
  });

  it('keeps only findings that touch the reported line ranges', () => {
    const text = `a = "${TOKEN}"\nb\nc = "${TOKEN}"\n`;
    expect(detectChunk({ path: 'x.js', text, reportLines: [[3, 3]] }, pack).map((f) => f.line)).toEqual([3]);
    expect(detectChunk({ path: 'x.js', text, reportLines: [] }, pack)).toEqual([]);
  });

  it('lowers misconfig severity and confidence outside production code, and only confidence for secrets', () => {
    const [dev] = detectChunk({ path: 'config/settings/dev.py', text: 'DEBUG = True\n' }, pack);
    expect(dev).toMatchObject({ context: 'dev', severity: 'medium', confidence: 'low' });
    const [test] = detectChunk({ path: 'tests/test_api.py', text: `k = "${TOKEN}"\n` }, pack);
    expect(test).toMatchObject({ context: 'test', severity: 'high', confidence: 'medium' });
  });

  it('runs a rule with no keyword on the small files its path matches, read whole', () => {
    expect(detectChunk({ path: 'secrets/db_password.txt', text: `${FAKE}\n` }, pack).map((f) => f.ruleId)).toEqual(['secret-file']);
    expect(detectChunk({ path: 'notes/db_password.txt', text: `${FAKE}\n` }, pack)).toEqual([]);
    // Over 4 KB the file is not read whole: the same first line is not looked at.
    expect(detectChunk({ path: 'secrets/db_password.txt', text: `${FAKE}\n${'x\n'.repeat(2100)}` }, pack)).toEqual([]);
  });

  it('never puts the secret in the message', () => {
    for (const f of detectChunk({ path: 'x.js', text: `k = "${TOKEN}"` }, pack)) expect(f.message).not.toContain(TOKEN);
  });

  it('handles CRLF and lone CR line endings', () => {
    const text = `one\r\ntwo\rk = "${TOKEN}"\r\n`;
    const [finding] = detectChunk({ path: 'x.js', text }, pack);
    expect(finding).toMatchObject({ line: 3, column: 6 });
    expect(finding?.lineText).toBe(`k = "${TOKEN}"`);
  });
});
