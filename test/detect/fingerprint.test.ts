import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { computeFingerprint } from '../../src/detect/fingerprint.js';
import { buildTestPack } from '../helpers/rule-pack.js';

const pack = buildTestPack([{ id: 'test-token', keywords: ['tok_'], pattern: '\\b(tok_[A-Za-z0-9]{16,40})\\b', secretGroup: 1 }]);
const TOKEN = ['tok_', 'Pq8Rz2', 'Lm5Vx9', 'Kc3Nw7'].join('');
const fingerprintOf = (path: string, text: string): string | undefined => detectChunk({ path, text }, pack)[0]?.fingerprint;

describe('fingerprints', () => {
  it('survive line shifts and edits elsewhere in the file', () => {
    const before = fingerprintOf('app.py', `x = 1\nKEY = "${TOKEN}"\n`);
    const after = fingerprintOf('app.py', `import os\n\n# note\nx = 2\nKEY  =  '${TOKEN}'  # moved\n`);
    expect(before).toBeDefined();
    expect(after).toBe(before);
  });

  it('change when the secret or the path changes', () => {
    const base = fingerprintOf('app.py', `KEY = "${TOKEN}"`);
    expect(fingerprintOf('other.py', `KEY = "${TOKEN}"`)).not.toBe(base);
    expect(fingerprintOf('app.py', `KEY = "${TOKEN}X"`)).not.toBe(base);
  });

  it('never contain the value', () => {
    const fp = computeFingerprint('test-token', TOKEN, 'app.py');
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(fp).not.toContain(TOKEN);
  });
});
