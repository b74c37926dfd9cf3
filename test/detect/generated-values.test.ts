import { describe, expect, it } from 'vitest';
import { isGeneratedMixed } from '../../src/detect/entropy.js';
import { isCodeOrText } from '../../src/detect/generic-filters.js';
import { isTemplate } from '../../src/detect/template.js';

// Tool-generated passwords hold symbols that also appear in code (`*`, `.`, `=`, `++`), and random salts may hold
// `{{`: the filters must keep those values while still dropping code, text and real templates. Values are invented.

describe('isGeneratedMixed', () => {
  it('accepts passwords a tool generates from letters, digits and a few symbols', () => {
    expect(isGeneratedMixed('iM1ST6MH5h3B9B9CtW9*22.ZYIydJE1fx1u')).toBe(true); // Wazuh's password tool
    expect(isGeneratedMixed('56iJk=iZT4-jIonpp2RE5')).toBe(true); // elasticsearch-reset-password
    expect(isGeneratedMixed('h2nsNaaOm++3X3kuEDdi0fIHBWdv53pO')).toBe(true); // a base64 key
  });

  it('rejects code, words and values without both cases, digits and a symbol', () => {
    expect(isGeneratedMixed('rows*cols.total')).toBe(false);
    expect(isGeneratedMixed('Config.SECRET_KEY2')).toBe(false);
    expect(isGeneratedMixed('settings.DATABASE_PASSWORD=1')).toBe(false);
    expect(isGeneratedMixed('Kq7vTz2Lx9Pw4Rm8Nb3c')).toBe(false); // no symbol: other filters judge it
  });
});

describe('isCodeOrText with generated passwords', () => {
  it('keeps a generated password holding `*`, `.` or `=`, and still drops code and assignments', () => {
    expect(isCodeOrText('iM1ST6MH5h3B9B9CtW9*22.ZYIydJE1fx1u')).toBe(false);
    expect(isCodeOrText('56iJk=iZT4-jIonpp2RE5')).toBe(false);
    expect(isCodeOrText('rows*cols')).toBe(true);
    expect(isCodeOrText('backup=/mnt/x')).toBe(true);
  });

  it('drops an address with a port and a flag built from a variable', () => {
    expect(isCodeOrText('85.10.1.2:8088/report')).toBe(true);
    expect(isCodeOrText('-p$DB_PASS')).toBe(true);
  });
});

describe('isTemplate with double braces', () => {
  it('reads closed and cut-off templates, not `{{` inside a random salt', () => {
    expect(isTemplate('{{ moodle_salt }}')).toBe(true);
    expect(isTemplate('{{ vault_pw')).toBe(true);
    expect(isTemplate('{{')).toBe(true);
    expect(isTemplate('4q)F&8#2{{kR3tw!)yZ&`.bJx7')).toBe(false);
  });
});
