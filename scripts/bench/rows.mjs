// The measured rows: each a command, the floor or peer it is compared with, and the target it must meet.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure } from './measure.mjs';

const NODE = process.execPath;
// A snapshot of the build (scripts/bench.mjs copies dist/ there), so a rebuild during the run changes nothing.
const CLI = resolve('.bench/stanch/cli.js');
const sh = (script) => ['sh', '-c', script];

/** Pre-commit: stanch staged vs node -e 0 and secretlint on the staged files. */
export function measurePrecommit({ repo, secretlint, runs }) {
  const rows = [];
  const floor = measure([NODE, '-e', '0'], { cwd: repo.dir, runs });
  rows.push({ group: 'pre-commit', name: 'node -e 0 (floor)', ...floor });
  rows.push({ group: 'pre-commit', name: 'stanch staged (10 files, 300 lines)', ...measure([NODE, CLI, 'staged', '-q'], { cwd: repo.dir, runs }), vs: floor, target: { max: 1.5, of: 'node -e 0' } });
  rows.push(peerRow('pre-commit', 'secretlint on the same 10 files', secretlint, (s) => [s.bin, '--secretlintrc', s.config, '--format', 'json', '--output', '/dev/null', ...repo.staged], { cwd: repo.dir, runs }));
  return rows;
}

/** Directory: stanch scan node_modules vs secretlint and the rg keyword floor. */
export function measureDirectory({ tree, keywordsFile, secretlint, rg, runs }) {
  const rows = [];
  const stanch = measure([NODE, CLI, 'scan', tree, '-f', 'json', '-o', '/dev/null'], { runs });
  const floor = rg ? measure(['rg', '-uu', '-i', '-F', '-c', '-f', keywordsFile, tree], { runs }) : undefined;
  rows.push(floor ? { group: 'directory', name: 'rg -F -i keywords (I/O floor)', ...floor } : { group: 'directory', name: 'rg (I/O floor)', missing: 'ripgrep not installed' });
  // secretlint needs minutes on this tree: one timed run, said so in the table.
  const peer = peerRow('directory', 'secretlint "tree/**/*" (1 run, no warm-up: minutes per run)', secretlint, (s) => [s.bin, '--secretlintrc', s.config, '--format', 'json', '--output', '/dev/null', `${tree}/**/*`], { runs: 1, warmup: 0 });
  rows.push(peer);
  rows.push({ group: 'directory', name: 'stanch scan tree', ...stanch, ...(floor ? { vs: floor, target: { max: 3, of: 'rg' } } : {}) });
  if (peer.median) rows.push({ group: 'directory', name: 'secretlint ÷ stanch', ratioOnly: peer.median / stanch.median, target: { min: 10, of: 'speed-up over secretlint' } });
  return rows;
}

/** History: cold and warm stanch history vs git log -p --all and reading every blob once. */
export function measureHistory({ label, dir, runs }) {
  const cold = measure([NODE, CLI, 'history', '--no-cache', '-q', '-f', 'json', '-o', join(dir, '.git', 'cold.json')], { cwd: dir, runs });
  const warm = measure([NODE, CLI, 'history', '-q', '-f', 'json', '-o', join(dir, '.git', 'warm.json')], { cwd: dir, runs });
  const logp = measure(sh('git log -p --all > /dev/null'), { cwd: dir, runs });
  const blobs = measure(sh('git cat-file --batch-all-objects --batch > /dev/null'), { cwd: dir, runs });
  const findings = (file) => JSON.stringify(JSON.parse(readFileSync(join(dir, '.git', file), 'utf8')).findings);
  const same = findings('cold.json') === findings('warm.json');
  return [
    { group: label, name: 'git cat-file --batch-all-objects --batch (every object once)', ...blobs },
    { group: label, name: 'git log -p --all (floor of diff-based scanners)', ...logp },
    { group: label, name: 'stanch history, cold (--no-cache)', ...cold, vs: logp, target: { max: 1.0, of: 'git log -p' } },
    { group: label, name: `stanch history, warm (cache)${same ? ', same findings as cold' : ', FINDINGS DIFFER FROM COLD'}`, ...warm, vs: cold, target: { max: 0.2, of: 'cold' } },
  ];
}

function peerRow(group, name, peer, argv, options) {
  if (peer.missing) return { group, name, missing: peer.missing };
  return { group, name, ...measure(argv(peer), options) };
}
