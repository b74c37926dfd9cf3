import { detectContentHits } from '../detect/content-hits.js';
import { readsWholeFiles } from '../detect/prepare-pack.js';
import { loadLeanBuiltinPack } from '../rules/lean-builtin-pack.js';
import { enableRules } from '../rules/pack-options.js';
import type { Finding, Report, RulePack } from '../types.js';

// Which values to mask in a line the human report prints: not only the finding's own, but every value a rule
// matched there, reported or not. A suppressed finding (inline allow, config allow, baseline) or a rule the
// config disables must not leave its secret in clear beside another finding on the same line.

/** The masking rules: the run's content rules plus every built-in one it does not run (disabled or opt-in) that redacts. */
export function buildMaskPack(pack: RulePack): RulePack {
  const running = new Set(pack.rules.map((r) => r.id));
  const builtin = enableRules(loadLeanBuiltinPack(), 'all').rules.filter((r) => !running.has(r.id));
  // Not a rule that reads whole files at its path (a bare value under secrets/): it would take any one-word line for
  // a secret.
  const rules = [...pack.rules, ...builtin].filter((r) => r.redact && r.pattern !== undefined && !readsWholeFiles(r));
  return { hash: `${pack.hash}-mask`, rules, examples: {}, ...(pack.decodeDepth === undefined ? {} : { decodeDepth: pack.decodeDepth }) };
}

/** A function giving, for a shown finding, the other values to mask in its line text. */
export type LineSecrets = (finding: Finding) => string[];

/**
 * Collects the values to mask for each shown finding: redacted findings of the same file whose lines overlap
 * its own (shown or suppressed), and whatever a masking rule matches in its line text.
 */
export function collectLineSecrets(report: Report, pack: RulePack): LineSecrets {
  // Redacted findings by path and line (a multi-line one under each of its lines), so each lookup is local.
  const byLine = new Map<string, Finding[]>();
  for (const f of [...report.findings, ...(report.suppressedFindings ?? [])]) {
    if (!f.redact) continue;
    for (let line = f.line; line <= f.endLine; line++) {
      const key = `${line}\u0000${f.path}`;
      const list = byLine.get(key);
      if (list === undefined) byLine.set(key, [f]);
      else list.push(f);
    }
  }
  let maskPack: RulePack | undefined;
  return (finding) => {
    const near = new Set<string>();
    for (let line = finding.line; line <= finding.endLine; line++) {
      for (const f of byLine.get(`${line}\u0000${finding.path}`) ?? []) if (f !== finding) near.add(f.secret);
    }
    if (finding.lineText === '') return [...near];
    maskPack ??= buildMaskPack(pack);
    return [...near, ...detectContentHits(finding.lineText, maskPack).map((h) => h.secret)];
  };
}
