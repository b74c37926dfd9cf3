import { describe, expect, it } from 'vitest';
import { fileSource, formatJson, loadBuiltinPack, scanSource } from '../src/index.js';
import { makeTempProject } from './helpers/temp-dir.js';

// The public API, used the way the README shows it.

const STRIPE = ['sk', 'live', 'Jw4Pz8Qv1Ld6Rm3Tc9Xk5Hb2'].join('_');

describe('library API', () => {
  it('scans a directory and formats a redacted JSON report', async () => {
    const dir = makeTempProject({ 'billing.py': `stripe.api_key = "${STRIPE}"\n`, 'README.md': '# shop\n' });
    const pack = loadBuiltinPack();
    const { report } = await scanSource(fileSource(['.'], { cwd: dir, maxFileSize: 10 << 20 }), { mode: 'scan', pack, filters: [], jobs: 1 });
    const text = formatJson(report, { showSecrets: false });
    expect(JSON.parse(text).findings).toMatchObject([{ ruleId: 'stripe-secret-key', path: 'billing.py', line: 1 }]);
    expect(report.summary.files).toBe(2);
    expect(text).not.toContain(STRIPE);
  });
});
