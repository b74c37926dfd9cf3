import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The official SARIF 2.1.0 schema and GitHub-rule validator, both from the @microsoft/sarif-multitool
// devDependency (its self-contained binary embeds the schema; nothing is downloaded).

const require = createRequire(import.meta.url);

/** Path of the multitool binary for this platform, or undefined when it is not installed. */
export function findMultitool(): string | undefined {
  for (const pkg of ['@microsoft/sarif-multitool-linux', '@microsoft/sarif-multitool-darwin', '@microsoft/sarif-multitool-win32']) {
    try {
      const dir = dirname(require.resolve(`${pkg}/package.json`));
      const bin = join(dir, pkg.endsWith('win32') ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
      if (!existsSync(bin)) continue;
      // npm may skip the package's postinstall (which only marks the binary executable).
      if ((statSync(bin).mode & 0o100) === 0) chmodSync(bin, 0o755);
      return bin;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The SARIF 2.1.0 JSON schema embedded in the multitool binary. */
export function loadSarifSchema(bin: string): Record<string, unknown> {
  const data = readFileSync(bin);
  const marker = Buffer.from('"title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"');
  const at = data.indexOf(marker);
  const start = data.lastIndexOf(Buffer.from('{'), at);
  if (at < 0 || start < 0) throw new Error('SARIF schema not found in the multitool binary');
  let depth = 0;
  let inString = false;
  for (let i = start; i < data.length; i++) {
    const c = data[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return JSON.parse(data.subarray(start, i + 1).toString('utf8'));
  }
  throw new Error('unterminated SARIF schema in the multitool binary');
}

/** Errors and warnings the multitool reports for a SARIF file under GitHub's and SARIF's rules. */
export function validateWithMultitool(bin: string, file: string): string[] {
  const result = spawnSync(bin, ['validate', '--rule-kind', 'Gh;Sarif', file], { encoding: 'utf8', timeout: 120_000 });
  return `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /: (error|warning) /.test(l));
}
