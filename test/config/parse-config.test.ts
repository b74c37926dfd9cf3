import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';

describe('parsing .stanch.yaml', () => {
  it('accepts every option, with defaults for those left out', () => {
    const config = parseConfig(
      [
        'failOn: medium',
        'minConfidence: low',
        'disable: [json-web-token]',
        'override: {stripe-test-key: {severity: low, confidence: medium}}',
        'exclude: [docs/, {path: tests/, rules: [generic-secret]}]',
        'allow: ["^pk_test_", {pattern: EXAMPLE$, rules: [aws-access-key-id]}]',
      ].join('\n'),
      '.stanch.yaml',
    );
    expect(config).toMatchObject({ path: '.stanch.yaml', failOn: 'medium', minConfidence: 'low', rules: [], exclude: ['docs/', { path: 'tests/', rules: ['generic-secret'] }] });
    expect(parseConfig('', 'empty.yaml')).toEqual({ path: 'empty.yaml', enable: [], disable: [], override: {}, exclude: [], allow: [], rules: [] });
  });

  it.each([
    ['failOn: severe\n', '.stanch.yaml: failOn: Invalid option: expected one of "critical"|"high"|"medium"|"low"'],
    ['override:\n  stripe-secret-key:\n    severity: huge\n', '.stanch.yaml: override.stripe-secret-key.severity: Invalid option: expected one of'],
    ['unknownKey: 1\n', '.stanch.yaml: Unrecognized key: "unknownKey"'],
    ['disable: json-web-token\n', '.stanch.yaml: disable: Invalid input: expected array'],
    ['allow: ["(unclosed"]\n', '.stanch.yaml: allow.0: Invalid regular expression'],
    ['allow: [{pattern: "[z-a]", rules: [x]}]\n', '.stanch.yaml: allow.0.pattern: Invalid regular expression'],
    ['allow: [{pattern: x, rules: []}]\n', '.stanch.yaml: allow.0.rules: Too small'],
    ['allow: ["([A-Za-z0-9]+)+!"]\n', '.stanch.yaml: allow.0: may backtrack catastrophically'],
    ['allow: [{pattern: "(\\\\w*\\\\.)*x", rules: [x]}]\n', '.stanch.yaml: allow.0.pattern: may backtrack catastrophically'],
    ['exclude: [{path: docs/}]\n', '.stanch.yaml: exclude.0: expected a glob, or {path: glob, rules: [rule ids]}'],
    ['rules: [{id: Bad_Id}]\n', '.stanch.yaml: rules.0.id: must be kebab-case'],
    ['rules: [{id: acme-token}]\n', '.stanch.yaml: rules.0.title: missing (expected string)'],
    ['key: [unclosed\n', '.stanch.yaml: invalid YAML'],
  ])('rejects %j naming the file, the YAML path and the problem', (text, message) => {
    expect(() => parseConfig(text, '.stanch.yaml')).toThrow(message);
  });
});
