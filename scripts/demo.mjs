// `npm run demo`: scans a copy of the bundled demo project (fixtures/demo) the way a user would scan their own app.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve('dist/cli.js');
// A copy outside this repository, so paths read `backend/.env` rather than `fixtures/demo/backend/.env`.
const work = mkdtempSync(join(tmpdir(), 'stanch-demo-'));
const project = join(work, 'flask-express-shop');
cpSync(resolve('fixtures/demo'), project, { recursive: true });
console.log(`$ stanch scan   (in a copy of fixtures/demo: a small Flask + Express app)\n`);
const result = spawnSync(process.execPath, [cli, 'scan', ...process.argv.slice(2)], { cwd: project, stdio: 'inherit' });
rmSync(work, { recursive: true, force: true });
// Exit 1 means "findings", which is the point of the demo; only an error (2) fails it.
if (result.status === 1) console.log('\nstanch exited 1: findings at or above the fail threshold (this is what blocks a commit).');
process.exitCode = result.status === 0 || result.status === 1 ? 0 : (result.status ?? 2);
