import type { CompiledRule, Confidence, Finding, Severity } from '../types.js';

// The `tool.driver.rules[]` entries GitHub code scanning shows beside each alert.

/** SARIF levels by severity. */
export const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** GitHub's numeric security severity (a string), by severity. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

// SARIF's `name` is an identifier-like form of the id: stripe-secret-key -> StripeSecretKey.
function toRuleName(id: string): string {
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

const PRECISION: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low' };

/** A SARIF reportingDescriptor for a rule: descriptions, help (text and Markdown), tags and severity. */
export function toSarifRule(rule: CompiledRule): Record<string, unknown> {
  const what = rule.kind === 'secret' ? 'A credential committed in clear text' : 'An insecure configuration';
  const markdown = [
    `**${rule.title}** (\`${rule.id}\`)`,
    '',
    `${what}: ${rule.kind === 'secret' ? 'anyone who can read the repository or its history can use it.' : 'it weakens the deployed application.'}`,
    '',
    `**How to fix:** ${rule.help}`,
    '',
    ...rule.references.map((r) => `- <${r}>`),
    '',
    'False positive? Add `stanch:allow` in a comment on the line, or record it with `stanch baseline`.',
  ].join('\n');
  return {
    id: rule.id,
    name: toRuleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: `${what}: ${rule.title}.` },
    help: { text: `${rule.help}\n\nReferences: ${rule.references.join(', ')}`, markdown },
    ...(rule.references[0] === undefined ? {} : { helpUri: rule.references[0] }),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: {
      tags: ['security', rule.kind === 'secret' ? 'secret' : 'misconfiguration', ...(rule.generic ? ['generic'] : [])],
      precision: PRECISION[rule.confidence],
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

/** A descriptor from the finding alone, for a rule missing from the pack (keeps ruleIndex valid). */
export function toMinimalSarifRule(f: Pick<Finding, 'ruleId' | 'title' | 'kind' | 'severity' | 'confidence'>): Record<string, unknown> {
  return {
    id: f.ruleId,
    name: toRuleName(f.ruleId),
    shortDescription: { text: f.title },
    fullDescription: { text: `${f.title}.` },
    help: { text: 'Remove the value from the file and rotate it if it is a credential.', markdown: 'Remove the value from the file and **rotate it** if it is a credential.' },
    defaultConfiguration: { level: LEVELS[f.severity] },
    properties: { tags: ['security', f.kind === 'secret' ? 'secret' : 'misconfiguration'], precision: PRECISION[f.confidence], 'security-severity': SECURITY_SEVERITY[f.severity] },
  };
}
