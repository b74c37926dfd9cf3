// Peers and floors prepared at bench time: secretlint from npm into .bench/peers, ripgrep, hyperfine and git-secrets
// from Debian, git-secrets' AWS patterns, and the keyword list the rg floor searches for.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { parse } from 'yaml';
import { hasCommand, measure } from './measure.mjs';

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
  writeFileSync(path, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] })}\n`);
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

const MISSING = 'git-secrets not installed (apt-get install -y git-secrets)';

/** Registers the AWS patterns in the repository at `dir` once (they live in its .git/config). */
export function registerAwsPatterns(dir) {
  const listed = spawnSync('git', ['config', '--get-all', 'secrets.patterns'], { cwd: dir, encoding: 'utf8' });
  if (listed.status === 0 && listed.stdout.trim() !== '') return;
  const result = spawnSync('git', ['secrets', '--register-aws'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git secrets --register-aws failed in ${dir}: ${result.stderr}`);
}

/** A measured row for `git secrets <args>` run in `cwd`, or a row saying why it is missing. */
export function gitSecretsRow(available, group, args, { cwd, runs, warmup }) {
  const name = `git-secrets ${args.join(' ')} (AWS patterns only)`;
  if (!available) return { group, name, missing: MISSING };
  registerAwsPatterns(cwd);
  return { group, name, ...measure(['git', 'secrets', ...args], { cwd, runs, warmup }) };
}

/** Writes the keywords (one a line, sorted) to `file`, from the built pack at `indexJs`, else from rules/*.yaml. */
export async function writeKeywords(file, indexJs) {
  const keywords = existsSync(indexJs) ? await keywordsFromBuild(indexJs) : keywordsFromYaml();
  writeFileSync(file, `${[...new Set(keywords)].sort().join('\n')}\n`);
  return keywords.length;
}

async function keywordsFromBuild(indexJs) {
  const { loadBuiltinPack } = await import(pathToFileURL(indexJs).href);
  return loadBuiltinPack().rules.flatMap((rule) => rule.keywords ?? []);
}

function keywordsFromYaml() {
  return fg.sync('rules/**/*.yaml').sort().flatMap((path) => {
    const doc = parse(readFileSync(path, 'utf8'));
    const rules = Array.isArray(doc) ? doc : Array.isArray(doc?.rules) ? doc.rules : [];
    return rules.flatMap((rule) => (Array.isArray(rule?.keywords) ? rule.keywords.map((k) => String(k).toLowerCase()) : []));
  });
}
