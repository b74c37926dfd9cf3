// Formats the false-positive budget: rates per severity and per confidence, the blocking level, and findings
// grouped by rule.
import { redactSecret } from '../../dist/index.js';

const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const CONFIDENCES = ['high', 'medium', 'low'];
const MB = 1024 * 1024;

// Counts findings by rule id, most frequent first.
function countByRule(findings) {
  const counts = new Map();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

// One finding as `path:line [context] masked-value`; every value is masked, whatever the rule's redact flag.
function describe(f) {
  return `${f.diskPath}:${f.line} [${f.context}, ${f.severity}/${f.confidence}] ${redactSecret(f.secret)}`;
}

/** The human report and a machine summary of one budget run. */
export function formatBudget({ root, result, blocking, per10, budget, listAll }) {
  const { findings, bytes } = result;
  const atLeast = (level) => findings.filter((f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(level)).length;
  const rate = (n) => per10(n).toFixed(2);
  const lines = [
    `fp-budget: ${root}`,
    `scanned ${result.files} text files, ${(bytes / MB).toFixed(1)} MB (skipped ${result.skipped.binary} binary, ${result.skipped.large} over 10 MB)`,
    '',
    'findings per 10 MB   exactly  at-or-above',
    ...SEVERITIES.map((s) => {
      const exact = findings.filter((f) => f.severity === s).length;
      return `  ${s.padEnd(18)} ${rate(exact).padStart(7)}  ${rate(atLeast(s)).padStart(11)}   (${exact} / ${atLeast(s)})`;
    }),
    'findings per 10 MB by confidence',
    ...CONFIDENCES.map((c) => {
      const exact = findings.filter((f) => f.confidence === c).length;
      return `  ${c.padEnd(18)} ${rate(exact).padStart(7)}   (${exact})`;
    }),
    `  blocking (>= high, confidence >= medium): ${rate(blocking.length)} per 10 MB (${blocking.length}); budget ${budget}: ${per10(blocking.length) <= budget ? 'within' : 'OVER'}`,
    '',
    'blocking findings by rule:',
    ...countByRule(blocking).flatMap(([id, n]) => [`  ${id}: ${n}`, ...blocking.filter((f) => f.ruleId === id).map((f) => `    ${describe(f)}`)]),
    '',
    'all findings by rule:',
    ...countByRule(findings).flatMap(([id, n]) => [
      `  ${id}: ${n}`,
      ...(listAll ? findings.filter((f) => f.ruleId === id).map((f) => `    ${describe(f)}`) : []),
    ]),
  ];
  const summary = {
    root, files: result.files, bytes, skipped: result.skipped, budgetPer10MB: budget,
    blocking: { count: blocking.length, per10MB: per10(blocking.length) },
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, { count: findings.filter((f) => f.severity === s).length, atOrAbove: atLeast(s), per10MB: per10(findings.filter((f) => f.severity === s).length) }])),
    byConfidence: Object.fromEntries(CONFIDENCES.map((c) => [c, { count: findings.filter((f) => f.confidence === c).length, per10MB: per10(findings.filter((f) => f.confidence === c).length) }])),
    byRule: Object.fromEntries(countByRule(findings)),
    blockingFindings: blocking.map((f) => ({ ruleId: f.ruleId, path: f.diskPath, line: f.line, context: f.context, match: redactSecret(f.secret) })),
  };
  return { text: lines.join('\n'), summary };
}
