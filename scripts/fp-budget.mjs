// `npm run fp-budget [-- DIR...]`: false positives per 10 MB on real text without real secrets (default: this
// repository's node_modules). Prints counts at every severity and at the default blocking level, by rule,
// with redacted values only.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['node_modules'];
const out = join(tmpdir(), `stanch-fp-${process.pid}.json`);
const result = spawnSync(process.execPath, [resolve('dist/cli.js'), 'scan', ...dirs, '-f', 'json', '-o', out, '--skip-unreadable', '--no-suppress', '--fail-on', 'low', '--min-confidence', 'low'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (result.status === 2) process.exit(2);
const report = JSON.parse(readFileSync(out, 'utf8'));
rmSync(out, { force: true });
const per10 = (n) => ((n * 10 * 1024 * 1024) / Math.max(1, report.summary.bytes)).toFixed(2);
const blocking = (f) => ['critical', 'high'].includes(f.severity) && ['high', 'medium'].includes(f.confidence);
console.log(`${dirs.join(' ')}: ${report.summary.files} files, ${(report.summary.bytes / 1024 / 1024).toFixed(1)} MB`);
for (const severity of ['critical', 'high', 'medium', 'low']) {
  const n = report.findings.filter((f) => f.severity === severity).length;
  console.log(`  ${severity.padEnd(8)} ${String(n).padStart(5)} findings, ${per10(n)} per 10 MB`);
}
const blocked = report.findings.filter(blocking);
console.log(`  default blocking level (severity >= high, confidence >= medium): ${blocked.length} findings, ${per10(blocked.length)} per 10 MB`);
const byRule = new Map();
for (const f of report.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${rule}: ${list.length} (${list.filter(blocking).length} blocking)`);
  for (const f of list.slice(0, 5)) console.log(`    ${f.path}:${f.line} ${f.severity}/${f.confidence} ${f.context} ${f.match}`);
}
