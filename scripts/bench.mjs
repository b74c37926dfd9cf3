// `npm run bench [-- --quick]`: builds inputs under .bench/, measures stanch beside floors and peers, writes BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBuiltinPack } from '../dist/index.js';
import { describeMachine } from './bench/machine.mjs';
import { ensureDebianTools, installSecretlint } from './bench/peers.mjs';
import { renderBenchmarks } from './bench/report.mjs';
import { measureDirectory, measureHistory, measurePrecommit } from './bench/rows.mjs';
import { buildStagedRepo } from './bench/staged-repo.mjs';
import { buildSyntheticHistory } from './bench/synthetic-history.mjs';

const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 5;
const bench = resolve('.bench');
mkdirSync(bench, { recursive: true });
const log = (text) => process.stderr.write(`bench: ${text}\n`);
rmSync(resolve(bench, 'stanch'), { recursive: true, force: true });
cpSync(resolve('dist'), resolve(bench, 'stanch'), { recursive: true });

log('installing peers (secretlint from npm; ripgrep, hyperfine, git-secrets from Debian when missing)');
const tools = ensureDebianTools(['ripgrep', 'hyperfine', 'git-secrets']);
const secretlint = installSecretlint(bench);

log('building inputs');
const synthetic = buildSyntheticHistory(resolve(bench, quick ? 'synthetic-quick' : 'synthetic'), { commits: quick ? 600 : 3000 });
const self = resolve(bench, 'self');
if (!existsSync(self)) spawnSync('git', ['clone', '-q', '--no-local', resolve('.'), self]);
const staged = buildStagedRepo(resolve(bench, 'staged-repo'));
// A copy of node_modules under a neutral name: secretlint ignores folders called node_modules by default.
const tree = resolve(bench, 'tree');
if (!existsSync(tree)) cpSync(resolve('node_modules'), tree, { recursive: true, verbatimSymlinks: true });
const keywordsFile = resolve(bench, 'keywords.txt');
writeFileSync(keywordsFile, `${[...new Set(loadBuiltinPack().rules.flatMap((r) => r.keywords))].sort().join('\n')}\n`);

const rows = [];
log('pre-commit');
rows.push(...measurePrecommit({ repo: staged, secretlint, runs }));
log('directory');
rows.push(...measureDirectory({ tree, keywordsFile, secretlint, rg: tools.rg, runs }));
log('synthetic history');
rows.push(...measureHistory({ label: 'history (synthetic)', dir: synthetic.dir, runs }));
log('this repository');
rows.push(...measureHistory({ label: 'history (this repo)', dir: self, runs }));
if (!tools.gitSecrets) rows.push({ group: 'peers', name: 'git-secrets', missing: 'not installed (Debian package git-secrets)' });

const inputs = [
  `synthetic history: ${synthetic.commits ?? 'cached'} commits on main plus merged feature branches, built with git fast-import from real text files in node_modules (adds, edits, renames, deletes, ${synthetic.planted ?? 12} planted fake secrets${synthetic.blobBytes ? `, ${Math.round(synthetic.blobBytes / 1e6)} MB of blob content` : ''})`,
  "this repository's own history (a local clone)",
  'a 10,000-file repository with 10 staged files and 300 added lines',
  "this repository's node_modules (copied to .bench/tree) as a directory",
];
const markdown = renderBenchmarks(describeMachine(), inputs, rows);
if (!quick) writeFileSync('BENCHMARKS.md', markdown);
process.stdout.write(markdown);
