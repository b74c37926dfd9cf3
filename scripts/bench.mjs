// `npm run bench [-- --quick]`: builds inputs under .bench/, measures stanch beside floors and peers, writes BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureDebianTools, installSecretlint, writeKeywords } from './bench/peers.mjs';
import { describeMachine, renderBenchmarks } from './bench/report.mjs';
import { measureDirectory, measureHistory, measurePrecommit } from './bench/rows.mjs';
import { buildStagedRepo } from './bench/staged-repo.mjs';
import { buildSyntheticHistory } from './bench/synthetic-history.mjs';

const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 5;
const bench = resolve('.bench');
const log = (text) => process.stderr.write(`bench: ${new Date().toISOString().slice(11, 19)} ${text}\n`);
const machine = describeMachine();
mkdirSync(bench, { recursive: true });
// A snapshot of the build: other work rebuilding dist/ during the run does not change what is measured.
rmSync(resolve(bench, 'stanch'), { recursive: true, force: true });
if (existsSync(resolve('dist', 'cli.js'))) cpSync(resolve('dist'), resolve(bench, 'stanch'), { recursive: true });
else log('dist/cli.js is missing: stanch rows will say "not built" (run npm run build)');

log('peers: secretlint from npm into .bench/peers; ripgrep, hyperfine, git-secrets from Debian when missing');
const tools = ensureDebianTools(['ripgrep', 'hyperfine', 'git-secrets']);
const peers = { secretlint: installSecretlint(bench), rg: tools.rg, gitSecrets: tools.gitSecrets };
if (!tools.hyperfine) log('hyperfine missing: timing with our own loop');

log('inputs (cached under .bench/, rebuilt when missing)');
const synthetic = buildSyntheticHistory(resolve(bench, quick ? 'synthetic-quick-v3' : 'synthetic-v3'), { commits: quick ? 600 : 3000 });
// This repository's history as it is now: a fresh clone each run.
const self = resolve(bench, 'self');
rmSync(self, { recursive: true, force: true });
spawnSync('git', ['clone', '-q', '--no-local', resolve('.'), self]);
const staged = buildStagedRepo(resolve(bench, 'staged-repo-v3'));
// A copy of node_modules under a neutral name: secretlint ignores folders called node_modules by default.
const tree = resolve(bench, 'tree');
if (!existsSync(tree)) cpSync(resolve('node_modules'), tree, { recursive: true, verbatimSymlinks: true });
const keywordsFile = resolve(bench, 'keywords.txt');
await writeKeywords(keywordsFile, resolve(bench, 'stanch', 'index.js'));

const rows = [];
log('pre-commit');
rows.push(...measurePrecommit({ repo: staged, peers, runs }));
log('directory');
rows.push(...measureDirectory({ tree, keywordsFile, peers, repoDir: staged.dir, runs, quick }));
log('synthetic history');
rows.push(...measureHistory({ label: 'history (synthetic)', dir: synthetic.dir, peers, runs, planted: synthetic.planted, targets: true }));
log('this repository');
// The issue sets its history time targets on the synthetic history; here start-up dominates, so ratios are shown only.
rows.push(...measureHistory({ label: 'history (this repo)', dir: self, peers, runs, targets: false }));

const commits = Number(spawnSync('git', ['rev-list', '--all', '--count'], { cwd: self, encoding: 'utf8' }).stdout);
const inputs = [
  `synthetic history: ${synthetic.commits} commits (main plus feature branches merged back), built with one git fast-import stream from real text files sampled from node_modules: adds, line edits, renames, deletes, ${synthetic.planted} planted fake secrets, ${Math.round(synthetic.blobBytes / 1e6)} MB of unique blob content`,
  `this repository's own history: ${commits} commits (a fresh local clone)`,
  'a 10,000-file repository (one fast-import commit, checked out) with 10 staged files and 300 added lines',
  "this repository's node_modules, copied to .bench/tree (secretlint skips folders named node_modules)",
];
const analysisFile = resolve('scripts', 'bench', 'analysis.md');
const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '';
const markdown = renderBenchmarks(machine, inputs, rows, analysis);
if (!quick) writeFileSync('BENCHMARKS.md', markdown);
process.stdout.write(markdown);
