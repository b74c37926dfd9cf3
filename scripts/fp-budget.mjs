// `npm run fp-budget`: the false-positive budget. Scans real-world text with no real secrets (by default this
// repository's node_modules after `npm ci`) with the built pack and reports findings per 10 MB at each severity
// and at the default blocking level (severity >= high, confidence >= medium). Budget: <= 1 per 10 MB blocking.
// Every printed value is masked: the corpus is public, but the script must never teach anyone to print in clear.
// Usage: node scripts/fp-budget.mjs [DIR...] [--all] [--json]; exit 1 when the blocking rate is over budget.
import { resolve } from 'node:path';
import { isBlocking, loadBuiltinPack } from '../dist/index.js';
import { scanTree } from './fp/scan-tree.mjs';
import { formatBudget } from './fp/format-budget.mjs';

const BUDGET_PER_10MB = 1;
const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const roots = (dirs.length > 0 ? dirs : ['node_modules']).map((dir) => resolve(dir));
const pack = loadBuiltinPack();

const result = await scanTree(roots, pack);
const blocking = result.findings.filter((f) => isBlocking(f, 'high', 'medium'));
const per10 = (n) => (result.bytes === 0 ? 0 : (n * 10 * 1024 * 1024) / result.bytes);
const report = formatBudget({ root: roots.join(' '), result, blocking, per10, budget: BUDGET_PER_10MB, listAll: args.includes('--all') });
if (args.includes('--json')) console.log(JSON.stringify(report.summary, null, 2));
else console.log(report.text);
if (result.bytes === 0) {
  console.error(`fp-budget: nothing scanned under ${roots.join(' ')} (run npm ci first)`);
  process.exitCode = 2;
} else if (per10(blocking.length) > BUDGET_PER_10MB) process.exitCode = 1;
