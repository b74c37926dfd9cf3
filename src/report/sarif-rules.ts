import type { CompiledRule, Confidence, Severity } from '../types.js';

// The `tool.driver.rules[]` entries GitHub code scanning shows beside each alert.

/** SARIF levels by severity. */
export const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** GitHub's numeric security severity (a string), by severity. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

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
    name: rule.id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''),
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
