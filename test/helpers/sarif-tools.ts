import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The official SARIF 2.1.0 schema and GitHub-rule validator, both from the @microsoft/sarif-multitool
// devDependency (its platform package ships `sarif-2.1.0.json` and a self-contained binary; nothing is downloaded).

const require = createRequire(import.meta.url);
const PLATFORM_PACKAGES = ['@microsoft/sarif-multitool-linux', '@microsoft/sarif-multitool-darwin', '@microsoft/sarif-multitool-win32'];

function installedPackageDirs(): string[] {
  const dirs: string[] = [];
  for (const pkg of PLATFORM_PACKAGES) {
    try {
      dirs.push(dirname(require.resolve(`${pkg}/package.json`)));
    } catch {
      continue;
    }
  }
  return dirs;
}

/** Path of the multitool binary for this platform, or undefined when it is not installed or cannot run. */
export function findMultitool(): string | undefined {
  for (const dir of installedPackageDirs()) {
    const bin = join(dir, dir.endsWith('win32') ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    if (!existsSync(bin)) continue;
    // npm may skip the package's postinstall (which only marks the binary executable).
    if ((statSync(bin).mode & 0o100) === 0) chmodSync(bin, 0o755);
    if (spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0) return bin;
  }
  return undefined;
}

/** The official SARIF 2.1.0 JSON schema shipped in the multitool package; throws when the devDependency is missing. */
export function loadSarifSchema(): Record<string, unknown> {
  for (const dir of installedPackageDirs()) {
    const file = join(dir, 'sarif-2.1.0.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  }
  throw new Error('sarif-2.1.0.json not found: install the @microsoft/sarif-multitool devDependency (npm ci)');
}

/** Errors and warnings the multitool reports for a SARIF file under GitHub's and SARIF's rules. */
export function validateWithMultitool(bin: string, file: string): string[] {
  const result = spawnSync(bin, ['validate', '--rule-kind', 'Gh;Sarif', file], { encoding: 'utf8', timeout: 120_000 });
  if (result.status === null) return [`multitool did not finish: ${String(result.error ?? result.signal)}`];
  return `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /: (error|warning) /.test(l));
}
