import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { findEncodedRuns } from '../../src/detect/encoded-runs.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';
import { withDecodeDepth } from '../../src/rules/pack-options.js';

// Fake credential, assembled at runtime so no key-shaped literal (clear or encoded) sits in this file.
const STRIPE = ['sk', 'live', 'Qm7vT2xKp9LfR4sNb8HdZ3cF'].join('_');
const LINE = `STRIPE_KEY=${STRIPE}`;
const base64 = (text: string): string => Buffer.from(text).toString('base64');
const hex = (text: string): string => Buffer.from(text).toString('hex');

describe('findEncodedRuns', () => {
  it('decodes base64, base64url and hex strings that hold text', () => {
    const text = `a: ${base64(LINE)}\nb: ${base64(LINE).replaceAll('+', '-').replaceAll('/', '_')}\nc: ${hex(LINE)}\n`;
    const runs = findEncodedRuns(text);
    expect(runs.map((r) => r.encoding)).toEqual(['base64', 'base64', 'hex']);
    for (const run of runs) expect(run.decoded).toBe(LINE);
    expect(text.slice(runs[0]?.start, runs[0]?.end)).toBe(base64(LINE));
  });

  it('leaves hashes, identifiers, paths and binary data alone', () => {
    const text = [
      'commit da39a3ee5e6b4b0d3255bfef95601890afd80709',
      'const someVeryLongIdentifierName2 = makeTheThing();',
      'import x from "src/detect/content-hits/and-more"',
      `img: ${Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 37) % 256)).toString('base64')}`,
    ].join('\n');
    expect(findEncodedRuns(text)).toEqual([]);
  });
});

describe('detection with --decode', () => {
  const plain = loadBuiltinPack();

  it('finds a key inside base64 and inside base64 of hex, reported on the encoded string', () => {
    const once = base64(LINE);
    const twice = base64(hex(LINE));
    const text = `data:\n  stripe: ${once}\n  nested: ${twice}\n`;
    const findings = detectChunk({ path: 'k8s/secret.yaml', text }, withDecodeDepth(plain, 2));
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['stripe-secret-key', 2, 11],
      ['stripe-secret-key', 3, 11],
    ]);
    expect(findings[0]?.message).toContain('hidden in a base64 string');
    // The encoded string is the finding's value, so redaction masks it: base64 reveals a key as surely as clear text.
    expect(findings.map((f) => f.secret)).toEqual([once, twice]);
  });

  it('scans a decoded value in place on its line, so the key before it still identifies it', () => {
    const awsSecret = ['Hd83kQz1wP7vZr5T', 'n2Lm9Xc4Vb8Qe1Ws6Yk3', 'Ab7x'].join('');
    const text = `aws:\n  aws_secret_access_key: ${base64(awsSecret)}\n`;
    const [finding] = detectChunk({ path: 'config/app.yaml', text }, withDecodeDepth(plain, 2));
    expect(finding).toMatchObject({ ruleId: 'aws-secret-access-key', line: 2, secret: base64(awsSecret) });
    expect(finding?.message).toContain('hidden in a base64 string');
  });

  it('stays off by default and stops at the depth asked for', () => {
    const text = `stripe: ${base64(hex(LINE))}\n`;
    expect(detectChunk({ path: 'a.yaml', text }, plain)).toEqual([]);
    expect(detectChunk({ path: 'a.yaml', text }, withDecodeDepth(plain, 1))).toEqual([]);
    expect(detectChunk({ path: 'a.yaml', text }, withDecodeDepth(plain, 2))).toHaveLength(1);
  });

  it('changes the pack hash, so cached history results are not mixed', () => {
    expect(withDecodeDepth(plain, 2).hash).not.toBe(plain.hash);
    expect(withDecodeDepth(plain, 0)).toBe(plain);
  });
});

describe('keys wrapped in base64 on purpose, found without --decode', () => {
  const plain = loadBuiltinPack();
  const findIn = (path: string, text: string): [string, number][] => detectChunk({ path, text }, plain).map((f) => [f.ruleId, f.line]);

  it('decodes the argument of a decoding call, in several languages', () => {
    const wrapped = base64(STRIPE);
    expect(findIn('bot.py', `import base64\nstripe.api_key = base64.b64decode("${wrapped}").decode()\n`)).toEqual([['stripe-secret-key', 2]]);
    expect(findIn('pay.js', `const key = Buffer.from('${wrapped}', 'base64').toString();\n`)).toEqual([['stripe-secret-key', 1]]);
    expect(findIn('pay.ts', `const key = atob("${wrapped}");\n`)).toEqual([['stripe-secret-key', 1]]);
    expect(findIn('pay.php', `$key = base64_decode('${wrapped}');\n`)).toEqual([['stripe-secret-key', 1]]);
    expect(findIn('deploy.sh', `export STRIPE=$(echo ${wrapped} | base64 -d)\n`)).toEqual([['stripe-secret-key', 1]]);
  });

  it('decodes a string that starts with the encoding of a key prefix, wherever it sits', () => {
    const [finding] = detectChunk({ path: 'settings.py', text: `    stripe_key: str = Field(default="${base64(STRIPE)}")\n` }, plain);
    expect(finding).toMatchObject({ ruleId: 'stripe-secret-key', line: 1, secret: base64(STRIPE) });
    expect(finding?.message).toContain('hidden in a base64 string');
  });

  it('leaves other base64 strings encoded, and decodes only one level', () => {
    expect(findIn('a.yaml', `stripe: ${base64(LINE)}\n`)).toEqual([]);
    expect(findIn('a.py', `x = base64.b64decode("${base64(base64(STRIPE))}")\n`)).toEqual([]);
    expect(findIn('a.py', `x = base64.b64decode("${base64('Hello world, this is a test vector')}")\n`)).toEqual([]);
  });
});

describe('findEncodedRuns in windows', () => {
  it('returns only the runs that start inside a window, searching the text once', () => {
    const [a, b, c] = ['first line of text', 'second line of text', 'third line of text'].map(base64);
    const text = `${a}\n${b}\n${c}\n`;
    const second = text.indexOf(b ?? '');
    expect(findEncodedRuns(text, [[second, second + 1]]).map((r) => r.decoded)).toEqual(['second line of text']);
    expect(findEncodedRuns(text, [[1, 3], [text.length - 2, text.length]])).toEqual([]);
  });
});
