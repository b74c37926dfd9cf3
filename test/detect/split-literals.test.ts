import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { findSplitLiterals } from '../../src/detect/split-literals.js';
import { presentLine, presentSecret } from '../../src/report/redact.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';

// Fake credential, assembled at runtime so no key-shaped literal sits in this file.
const HEAD = ['sk', 'live', ''].join('_');
const BODY = 'Qm7vT2xKp9LfR4sNb8HdZ3cF';
const pack = loadBuiltinPack();
const findIn = (path: string, text: string): [string, number][] => detectChunk({ path, text }, pack).map((f) => [f.ruleId, f.line]);

describe('keys split into concatenated literals', () => {
  it('joins the literals in JS, PHP and Python and reports the whole run, redacted', () => {
    expect(findIn('pay.js', `const key = process.env.STRIPE_KEY || '${HEAD}' + '${BODY}';\n`)).toEqual([['stripe-secret-key', 1]]);
    expect(findIn('pay.php', `$key = "${HEAD}" . "${BODY.slice(0, 10)}" . "${BODY.slice(10)}";\n`)).toEqual([['stripe-secret-key', 1]]);
    expect(findIn('pay.py', `stripe.api_key = (\n    "${HEAD}${BODY.slice(0, 12)}"\n    "${BODY.slice(12)}"\n)\n`)).toEqual([['stripe-secret-key', 2]]);
    const [finding] = detectChunk({ path: 'pay.js', text: `const key = '${HEAD}' +\n  '${BODY}';\n` }, pack);
    expect(finding).toMatchObject({ ruleId: 'stripe-secret-key', line: 1, endLine: 2 });
    expect(finding?.message).toContain('split across concatenated strings');
    if (finding === undefined) throw new Error('no finding');
    expect(`${presentSecret(finding, false)} ${presentLine(finding, false)}`).not.toContain(BODY.slice(0, 6));
  });

  it('joins a list of pieces that is joined with an empty separator', () => {
    const [a, b] = [BODY.slice(0, 12), BODY.slice(12)];
    expect(findIn('pay.php', `$parts = [\n    '${HEAD}',\n    '${a}',\n    '${b}'\n];\n$key = getenv('STRIPE_KEY') ?: implode('', $parts);\n`)).toEqual([['stripe-secret-key', 2]]);
    expect(findIn('pay.js', `const key = ['${HEAD}', '${a}', '${b}'].join('');\n`)).toEqual([['stripe-secret-key', 1]]);
    expect(findIn('pay.py', `key = ''.join(['${HEAD}', '${a}', '${b}'])\n`)).toEqual([['stripe-secret-key', 1]]);
    // A list used as a list, or joined with a separator, is no key.
    expect(findIn('pay.js', `const prefixes = ['${HEAD}', '${a}', '${b}'];\n`)).toEqual([]);
    expect(findIn('pay.js', `const line = ['${HEAD}', '${a}', '${b}'].join(', ');\n`)).toEqual([]);
  });

  it('reports a key once when its first literal is already a key', () => {
    expect(findIn('pay.js', `const key = '${HEAD}${BODY}' + '${BODY}';\n`)).toEqual([['stripe-secret-key', 1]]);
  });

  it('joins only runs of literals that start with a key prefix and hold key material', () => {
    expect(findSplitLiterals(`x = '${HEAD}' + name + '${BODY}'`, [4])).toEqual([]);
    expect(findSplitLiterals(`x = '${HEAD}' + 'is the prefix'`, [4])).toEqual([]);
    expect(findSplitLiterals(`locales = ['sk-SK', 'sl-SI']`, [11])).toEqual([]);
    // Python joins literals on separate lines only inside parentheses.
    expect(findSplitLiterals(`a = '${HEAD}'\n'${BODY}'\n`, [4])).toEqual([]);
    expect(findSplitLiterals(`a = ('${HEAD}'\n  '${BODY}')\n`, [5])).toEqual([{ start: 5, end: 44, via: 'split', decoded: `'${HEAD}${BODY}'` }]);
  });
});
