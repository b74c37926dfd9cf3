import { describe, expect, it } from 'vitest';
import { pickFixHint } from '../../src/report/fix-hint.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';

// The terminal report's "fix:" line must say what to do, not restate the risk.

describe('pickFixHint', () => {
  it('picks the first sentence that starts with a remedy, past the description of the risk', () => {
    const help = 'A Stripe key moves money. Anyone who can read the repository can use it. Roll the key in the Dashboard. Then deploy it.';
    expect(pickFixHint(help)).toBe('Roll the key in the Dashboard.');
  });

  it('keeps dotted names and versions inside a sentence, and falls back to the first sentence', () => {
    expect(pickFixHint('The .env file holds secrets.\nRemove .env from the index and keep .env.example.')).toBe('Remove .env from the index and keep .env.example.');
    expect(pickFixHint('A public DSN is meant for clients. It invites spam.')).toBe('A public DSN is meant for clients.');
    expect(pickFixHint('')).toBe('');
  });

  it('takes a conditional remedy ("If it is real, rotate it") over the description of the risk', () => {
    const help = 'A literal value is assigned to a secret setting. A random-looking value there is likely real. If it is real, rotate it and load it from the environment.';
    expect(pickFixHint(help)).toBe('If it is real, rotate it and load it from the environment.');
    expect(pickFixHint('A token reads secrets. Invalidate it by logging out.')).toBe('Invalidate it by logging out.');
    expect(pickFixHint('A token. If abused, it costs money.')).toBe('A token.');
  });

  it('finds a remedy in almost every built-in rule', () => {
    const rules = loadBuiltinPack().rules;
    const firstOnly = rules.filter((r) => r.help.replace(/\s+/g, ' ').trim().startsWith(pickFixHint(r.help)));
    expect(firstOnly.length).toBeLessThan(rules.length / 40);
  });
});
