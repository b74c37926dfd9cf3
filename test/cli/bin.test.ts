import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempProject } from '../helpers/temp-dir.js';

// The built executable (npm test builds first): exit codes and streams as a hook or CI job sees them.
const CLI = resolve('dist/cli.js');
const STRIPE = ['sk', 'live', 'Hq3Zv8Nm2Kx7Wp5Rc1Lt6Yb9'].join('_');

function stanch(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe.skipIf(!existsSync(CLI))('dist/cli.js', () => {
  it('runs a scan end to end with the right exit code and a redacted report', () => {
    const dir = makeTempProject({ 'server.js': `const stripe = require("stripe")("${STRIPE}");\n` });
    const result = stanch(['scan', '.'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Stripe live secret key');
    expect(result.stdout + result.stderr).not.toContain(STRIPE);
  });

  it('exits quietly with its own code when the reader of stdout goes away', () => {
    const piped = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${CLI}" rules -f json | true`], { encoding: 'utf8' });
    expect(piped.stderr).not.toContain('EPIPE');
    expect(piped.status).toBe(0);
  });

  it('prints its version and help, and exits 2 on an unknown command', () => {
    expect(stanch(['--version'], process.cwd()).stdout).toMatch(/^stanch \d+\.\d+\.\d+/);
    expect(stanch(['--help'], process.cwd()).stdout).toContain('Exit codes: 0');
    const unknown = stanch(['scna'], process.cwd());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^stanch: unknown command "scna"\nhint: /);
  });
});
