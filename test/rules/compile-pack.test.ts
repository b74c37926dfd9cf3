import { describe, expect, it } from 'vitest';
import { compileRuleFiles } from '../../src/rules/compile-pack.js';

const rule = (extra: string): string => `- id: demo-rule
  title: Demo rule
  kind: secret
  severity: high
  confidence: high
  keywords: [demo_]
  help: Rotate the demo credential.
  references: [https://example.com]
  examples: {positive: [a, b], negative: [c, d]}
${extra}`;

describe('compileRuleFiles', () => {
  it('compiles valid rules with defaults and a stable hash', () => {
    const files = [{ path: 'rules/demo.yaml', content: rule("  pattern: '(demo_[a-z]{8})'\n  secretGroup: 1") }];
    const pack = compileRuleFiles(files);
    expect(pack.rules[0]).toMatchObject({ id: 'demo-rule', secretGroup: 1, redact: true, allow: [], generic: false });
    expect(compileRuleFiles(files).hash).toBe(pack.hash);
    expect(pack.examples['demo-rule']?.positive).toEqual(['a', 'b']);
  });

  it.each([
    ["  pattern: '(demo_[a-z'", /rules\/demo\.yaml: rules\[0\] \(demo-rule\): pattern: Invalid regular expression/],
    ["  pattern: 'demo_[a-z]{8}'\n  secretGroup: 2", /rules\[0\] \(demo-rule\): secretGroup 2 but the pattern has 0 capture group/],
    ['  severity2: high', /rules\[0\] \(demo-rule\): .*severity2/],
    ['', /a rule needs a content `pattern`/],
    ["  pattern: 'demo_\\s{1,3}x'\n  scope: line", /rules\[0\] \(demo-rule\): scope: line, but the pattern can match a line break/],
    ["  pattern: 'demo_x'\n  lowerIn: [prod]", /rules\[0\] \(demo-rule\): lowerIn\.0: /],
    ["  pattern: '(?<=token[ \\t]{0,30}=)demo_x'", /rules\[0\] \(demo-rule\): pattern: a match can begin with \(\?<=token.*move it after the literal/],
    ["  pattern: 'x|(?:y|(?<!key\\s*)demo_)'", /a match can begin with \(\?<!key\\s\*\)/],
    ["  pattern: 'demo_x'\n  supersedes: [no-such-rule]", /rules\/demo\.yaml: demo-rule: supersedes unknown rule id "no-such-rule"/],
  ])('names the file, rule and reason for a broken rule (%#)', (extra, message) => {
    expect(() => compileRuleFiles([{ path: 'rules/demo.yaml', content: rule(extra) }])).toThrow(message);
  });

  it('accepts look-behinds that are short or come after a literal', () => {
    for (const pattern of ['(?<![a-z])(?<=[=:][ \\t]{0,3})demo_x', 'demo_x(?<=token[ \\t]{0,30}=demo_x)', '(?=demo)(?<!key\\s*)demo_']) {
      expect(compileRuleFiles([{ path: 'rules/demo.yaml', content: rule(`  pattern: '${pattern}'`) }]).rules).toHaveLength(1);
    }
  });

  it('rejects duplicate ids across files and invalid YAML', () => {
    const content = rule("  pattern: 'demo_'");
    expect(() => compileRuleFiles([{ path: 'a.yaml', content }, { path: 'b.yaml', content }])).toThrow(/b\.yaml: rules\[0\] \(demo-rule\): duplicate rule id, first defined in a\.yaml/);
    expect(() => compileRuleFiles([{ path: 'bad.yaml', content: 'key: [unclosed' }])).toThrow(/bad\.yaml: invalid YAML/);
  });
});
