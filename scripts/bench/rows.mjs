// The measured rows: each a command, the floor or peer it is compared with, and the target it must meet.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure } from './measure.mjs';
import { gitSecretsRow } from './peers.mjs';

const NODE = process.execPath;
// A snapshot of the build (scripts/bench.mjs copies dist/ there), so a rebuild during the run changes nothing;
// cli.cjs is the package's bin. The warm-up run writes its V8 code cache (.bench/stanch/.v8-cache), as a user's
// first run does: the timed runs are every later one.
const CLI = resolve('.bench/stanch/cli.cjs');
const sh = (script) => ['sh', '-c', script];
const stanch = (args, options) => (existsSync(CLI) ? measure([NODE, CLI, ...args], options) : { missing: 'not built (npm run build)' });

/** Pre-commit: stanch staged vs node -e 0, secretlint on the staged files and git-secrets' hook. */
export function measurePrecommit({ repo, peers, runs }) {
  const floor = measure([NODE, '-e', '0'], { cwd: repo.dir, runs });
  const staged = stanch(['staged', '-q'], { cwd: repo.dir, runs });
  return [
    { group: 'pre-commit', name: 'node -e 0 (floor of any Node tool)', ...floor },
    { group: 'pre-commit', name: 'stanch staged (10 files, 300 added lines)', ...staged, vs: floor, target: { max: 1.5, of: 'node -e 0' } },
    peerRow('pre-commit', 'secretlint on the same 10 files', peers.secretlint, (s) => [s.bin, '--secretlintrc', s.config, '--format', 'json', '--output', '/dev/null', ...repo.staged], { cwd: repo.dir, runs }),
    gitSecretsRow(peers.gitSecrets, 'pre-commit', ['--pre_commit_hook'], { cwd: repo.dir, runs, warmup: 1 }),
  ];
}

/** Directory: stanch scan of the node_modules copy vs secretlint, git-secrets and the rg keyword floor. */
export function measureDirectory({ tree, keywordsFile, peers, repoDir, runs, quick }) {
  const rows = [];
  const floor = peers.rg ? measure(['rg', '-uu', '-i', '-F', '-c', '-f', keywordsFile, tree], { runs }) : undefined;
  rows.push(floor ? { group: 'directory', name: 'rg -uu -i -F -f keywords (I/O floor)', ...floor } : { group: 'directory', name: 'rg (I/O floor)', missing: 'ripgrep not installed (apt-get install -y ripgrep)' });
  const scan = stanch(['scan', tree, '-f', 'json', '-o', '/dev/null'], { runs });
  rows.push({ group: 'directory', name: 'stanch scan tree', ...scan, ...(floor ? { vs: floor, target: { max: 3, of: 'rg' } } : {}) });
  // secretlint needs minutes on this tree: one timed run, said so in the table.
  const peer = quick ? {} : peerRow('directory', 'secretlint "tree/**/*" (1 run, no warm-up: minutes per run)', peers.secretlint, (s) => [s.bin, '--secretlintrc', s.config, '--format', 'json', '--output', '/dev/null', `${tree}/**/*`], { runs: 1, warmup: 0 });
  rows.push(quick ? { group: 'directory', name: 'secretlint "tree/**/*"', missing: 'skipped by --quick (minutes per run)' } : peer);
  if (peer.median && scan.median) rows.push({ group: 'directory', name: 'speed-up of stanch over secretlint', ratioOnly: peer.median / scan.median, target: { min: 10, of: 'secretlint' } });
  rows.push(gitSecretsRow(peers.gitSecrets, 'directory', ['--scan', '-r', tree], { cwd: repoDir, runs, warmup: 1 }));
  return rows;
}

/** History: cold and warm stanch history vs git log -p --all, reading every blob once, and git-secrets. */
export function measureHistory({ label, dir, peers, runs, planted, targets }) {
  const out = (name) => join(dir, '.git', `bench-${name}.json`);
  rmSync(join(dir, '.git', 'stanch'), { recursive: true, force: true });
  const cold = stanch(['history', '--no-cache', '-q', '-f', 'json', '-o', out('cold')], { cwd: dir, runs });
  const warm = stanch(['history', '-q', '-f', 'json', '-o', out('warm')], { cwd: dir, runs });
  const logp = measure(sh('git log -p --all > /dev/null'), { cwd: dir, runs });
  const blobs = measure(sh('git cat-file --batch-all-objects --batch > /dev/null'), { cwd: dir, runs });
  const coldFindings = readFindings(out('cold'));
  const same = coldFindings !== undefined && JSON.stringify(coldFindings) === JSON.stringify(readFindings(out('warm')));
  const found = coldFindings === undefined ? 'no report' : `${coldFindings.length} findings${planted ? `, ${planted} planted` : ''}`;
  return [
    { group: label, name: 'git cat-file --batch-all-objects --batch (every object once)', ...blobs },
    { group: label, name: 'git log -p --all (floor of diff-based scanners)', ...logp },
    { group: label, name: `stanch history, cold (--no-cache; ${found})`, ...cold, vs: logp, vsName: 'git log -p', ...(targets ? { target: { max: 1.0, of: 'git log -p' } } : {}) },
    { group: label, name: `stanch history, warm (cache${same ? '; same findings as cold' : '; FINDINGS DIFFER FROM COLD'})`, ...warm, vs: cold, vsName: 'cold', ...(targets ? { target: { max: 0.2, of: 'cold' } } : {}), failed: !same && !cold.missing },
    gitSecretsRow(peers.gitSecrets, label, ['--scan-history'], { cwd: dir, runs: 1, warmup: 0 }),
  ];
}

function readFindings(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).findings : undefined;
}

function peerRow(group, name, peer, argv, options) {
  if (peer.missing) return { group, name, missing: peer.missing };
  return { group, name, ...measure(argv(peer), options) };
}
