// Peers installed at bench time: secretlint from npm into .bench/peers, ripgrep and hyperfine from Debian.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasCommand } from './measure.mjs';

/** Installs secretlint@12 with its recommend preset; returns its bin path or a reason it is missing. */
export function installSecretlint(benchDir) {
  const prefix = resolve(benchDir, 'peers');
  const bin = join(prefix, 'node_modules', '.bin', 'secretlint');
  if (!existsSync(bin)) {
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, 'secretlint@12', '@secretlint/secretlint-rule-preset-recommend@12'], { stdio: 'ignore' });
    if (result.status !== 0 || !existsSync(bin)) return { missing: 'npm install secretlint@12 failed (no registry access?)' };
  }
  return { bin, config: writeSecretlintConfig(prefix) };
}

function writeSecretlintConfig(prefix) {
  const path = join(prefix, '.secretlintrc.json');
  spawnSync('sh', ['-c', `echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > '${path}'`]);
  return path;
}

/** Installs Debian packages when missing (needs root and the Debian mirror); returns what is available. */
export function ensureDebianTools(names) {
  const missing = names.filter((n) => !hasCommand(n === 'git-secrets' ? 'git-secrets' : n === 'ripgrep' ? 'rg' : n));
  if (missing.length > 0 && process.getuid?.() === 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return { rg: hasCommand('rg'), hyperfine: hasCommand('hyperfine'), gitSecrets: hasCommand('git-secrets') };
}
