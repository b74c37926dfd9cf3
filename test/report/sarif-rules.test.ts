import { describe, expect, it } from 'vitest';
import { toSarifRule } from '../../src/report/sarif-rules.js';
import { loadFullDiskPack } from '../helpers/disk-pack.js';

// GitHub's rules for reportingDescriptors (required texts, 1,024-character descriptions, numeric-string
// security-severity, at most 20 tags), checked for every rule of the built-in pack, not only the ones a fixture hits.

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}

describe('SARIF rule descriptors', () => {
  const pack = loadFullDiskPack();

  it('meet GitHub code scanning limits for every built-in rule', () => {
    for (const rule of pack.rules) {
      const d: Descriptor = JSON.parse(JSON.stringify(toSarifRule(rule)));
      const where = `rule ${rule.id}`;
      expect(d.id, where).toBe(rule.id);
      expect(d.name.length, where).toBeLessThanOrEqual(255);
      for (const text of [d.shortDescription.text, d.fullDescription.text]) {
        expect(text.length, where).toBeGreaterThan(0);
        expect(text.length, where).toBeLessThanOrEqual(1024);
      }
      expect(d.help.text.length, where).toBeGreaterThan(10);
      expect(d.help.markdown, where).toContain(rule.help);
      expect(d.helpUri, where).toMatch(/^https?:\/\//);
      expect(['error', 'warning', 'note'], where).toContain(d.defaultConfiguration.level);
      expect(['very-high', 'high', 'medium', 'low'], where).toContain(d.properties.precision);
      const severity = Number(d.properties['security-severity']);
      expect(severity > 0 && severity <= 10, where).toBe(true);
      expect(d.properties.tags.length, where).toBeLessThanOrEqual(20);
    }
  });

  it('map severity to level and security severity as GitHub ranks them', () => {
    const bySeverity = Object.fromEntries(
      pack.rules.map((r) => {
        const d: Descriptor = JSON.parse(JSON.stringify(toSarifRule(r)));
        return [r.severity, `${d.defaultConfiguration.level} ${d.properties['security-severity']}`];
      }),
    );
    expect(bySeverity).toEqual({ critical: 'error 9.5', high: 'error 8.0', medium: 'warning 5.5', low: 'note 3.0' });
  });
});
