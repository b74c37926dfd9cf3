import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodeBase62Crc32, encodeHexCrc32Le, verifyBase62Crc32, verifyBase62Crc32Tail, verifyHexCrc32Le, verifyChecksum, verifyHexCrc32Body, verifyHexCrc32Tail } from '../../src/detect/checksum.js';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';

// Tokens are built here from a seeded generator, so no token-shaped literal sits in the repository.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function makePayload(seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < 30; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += ALPHABET[state % 62];
  }
  return out;
}

function makeToken(prefix: string, seed: number): string {
  const payload = makePayload(seed);
  return `${prefix}${payload}${encodeBase62Crc32(payload)}`;
}

function corrupt(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -1)}${last}`;
}

describe('crc32', () => {
  it('matches the IEEE check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });
});

describe('verifyBase62Crc32', () => {
  it('accepts tokens whose last six characters are the base62 CRC32 of the thirty before', () => {
    for (let seed = 1; seed < 50; seed++) expect(verifyBase62Crc32(makeToken('ghp_', seed))).toBe(true);
    expect(verifyBase62Crc32(makeToken('npm_', 7))).toBe(true);
  });

  it('rejects a changed character, a wrong length and non-base62 checksums', () => {
    const token = makeToken('ghp_', 3);
    expect(verifyBase62Crc32(corrupt(token))).toBe(false);
    expect(verifyBase62Crc32(`${token.slice(0, 8)}x${token.slice(8)}`)).toBe(false);
    expect(verifyBase62Crc32(`${token.slice(0, -6)}-_-_-_`)).toBe(false);
  });
});

describe('checksum grades in detection', () => {
  const pack = loadBuiltinPack();

  it('keeps a verified token at high confidence even in a test file', () => {
    const token = makeToken('ghp_', 11);
    const [finding] = detectChunk({ path: 'test/api.test.ts', text: `const token = "${token}";\n` }, pack);
    expect(finding).toMatchObject({ ruleId: 'github-personal-access-token', confidence: 'high', severity: 'critical' });
    expect(finding?.message).toContain('checksum valid');
    expect(finding?.message).not.toContain(token);
  });

  it('reports a token whose checksum fails at low confidence, so it does not block by default', () => {
    const token = corrupt(makeToken('npm_', 5));
    const [finding] = detectChunk({ path: 'deploy/publish.sh', text: `NPM_TOKEN=${token}\n` }, pack);
    expect(finding).toMatchObject({ ruleId: 'npm-access-token', confidence: 'low', severity: 'critical' });
    expect(finding?.message).toContain('checksum does not match');
  });
});

describe('verifyHexCrc32Le (Grafana service account tokens)', () => {
  const grafana = (seed: number): string => {
    const head = `glsa_${makePayload(seed)}ab`;
    return `${head}_${encodeHexCrc32Le(head)}`;
  };

  it('agrees with zlib on the byte order of the checksum', () => {
    const head = `glsa_${makePayload(9)}cd`;
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32LE(zlibCrc32(Buffer.from(head)));
    expect(encodeHexCrc32Le(head)).toBe(bytes.toString('hex'));
  });

  it('accepts issued tokens, in either hex case, and rejects changed ones', () => {
    for (let seed = 1; seed < 30; seed++) expect(verifyHexCrc32Le(grafana(seed))).toBe(true);
    const token = grafana(5);
    expect(verifyHexCrc32Le(`${token.slice(0, -8)}${token.slice(-8).toUpperCase()}`)).toBe(true);
    const swapped = token[10] === 'Z' ? 'Y' : 'Z';
    expect(verifyHexCrc32Le(`${token.slice(0, 10)}${swapped}${token.slice(11)}`)).toBe(false);
    expect(verifyHexCrc32Le(corrupt(token))).toBe(false);
    expect(verifyHexCrc32Le(token.replace(/_[0-9a-f]{8}$/, ''))).toBe(false);
  });

  it('grades a Grafana token by its checksum in detection', () => {
    const pack = loadBuiltinPack();
    const [valid] = detectChunk({ path: 'test/grafana.test.ts', text: `token = "${grafana(12)}"\n` }, pack);
    expect(valid).toMatchObject({ ruleId: 'grafana-service-account-token', confidence: 'high' });
    const [typed] = detectChunk({ path: 'ops/grafana.env', text: `GRAFANA_TOKEN=${corrupt(grafana(12))}\n` }, pack);
    expect(typed).toMatchObject({ ruleId: 'grafana-service-account-token', confidence: 'low' });
  });
});

describe('verifyHexCrc32Tail (Trello API tokens)', () => {
  const trello = (seed: number): string => {
    const head = `ATTA${Buffer.from(makePayload(seed)).toString('hex').slice(0, 64).padEnd(64, 'a')}`;
    return `${head}${zlibCrc32(Buffer.from(head)).toString(16).padStart(8, '0').toUpperCase()}`;
  };

  it('accepts issued tokens and rejects changed ones', () => {
    for (let seed = 1; seed < 30; seed++) expect(verifyHexCrc32Tail(trello(seed))).toBe(true);
    const token = trello(7);
    const swapped = token[10] === 'f' ? 'e' : 'f';
    expect(verifyHexCrc32Tail(`${token.slice(0, 10)}${swapped}${token.slice(11)}`)).toBe(false);
    expect(verifyHexCrc32Tail(`${token.slice(0, -8)}00000000`)).toBe(false);
  });

  it('grades a Trello token by its checksum in detection', () => {
    const pack = loadBuiltinPack();
    const [valid] = detectChunk({ path: 'lib/trello.dart', text: `final String apiToken = '${trello(3)}';\n` }, pack);
    expect(valid).toMatchObject({ ruleId: 'trello-api-token', confidence: 'high' });
    const [typed] = detectChunk({ path: 'lib/trello.dart', text: `final String apiToken = '${trello(3).slice(0, -8)}00000000';\n` }, pack);
    expect(typed).toMatchObject({ ruleId: 'trello-api-token', confidence: 'low' });
  });
});

describe('verifyHexCrc32Body (Cloudflare API tokens and keys)', () => {
  // The prefix, 40 base62 characters, and the CRC32 of those 40 in lower-case hex.
  const cloudflare = (prefix: string, seed: number): string => {
    const body = Buffer.from(makePayload(seed)).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 40).padEnd(40, 'Q');
    return `${prefix}${body}${zlibCrc32(Buffer.from(body)).toString(16).padStart(8, '0')}`;
  };

  it('accepts issued tokens and keys and rejects changed ones', () => {
    for (let seed = 1; seed < 30; seed++) for (const prefix of ['cfut_', 'cfat_', 'cfk_']) expect(verifyHexCrc32Body(cloudflare(prefix, seed))).toBe(true);
    const token = cloudflare('cfut_', 4);
    expect(verifyHexCrc32Body(`${token.slice(0, 12)}${token[12] === 'z' ? 'y' : 'z'}${token.slice(13)}`)).toBe(false);
    expect(verifyHexCrc32Body(`${token.slice(0, -8)}0123abcd`)).toBe(false);
  });

  it('blocks an issued token and not a typed one', () => {
    const pack = loadBuiltinPack();
    const [valid] = detectChunk({ path: 'deploy.ps1', text: `$env:CLOUDFLARE_API_TOKEN = "${cloudflare('cfat_', 9)}"\n` }, pack);
    expect(valid).toMatchObject({ ruleId: 'cloudflare-scannable-token', confidence: 'high' });
    const typed = detectChunk({ path: 'deploy.ps1', text: `$env:CLOUDFLARE_API_TOKEN = "${cloudflare('cfat_', 9).slice(0, -8)}0123abcd"\n` }, pack);
    expect(typed.filter((f) => f.confidence !== 'low')).toEqual([]);
  });
});

describe('verifyBase62Crc32Tail (Matrix access tokens)', () => {
  // Synapse: syt_, the localpart in unpadded base64, 20 random letters, and the base62 CRC32 of all of that.
  const matrix = (user: string, random: string): string => {
    const base = `syt_${Buffer.from(user).toString('base64').replace(/=+$/, '')}_${random}`;
    return `${base}_${encodeBase62Crc32(base)}`;
  };

  it('accepts a token whose last part is the CRC32 of the rest, and rejects a changed one', () => {
    expect(verifyBase62Crc32Tail('syt_c2hvcGJvdA_KqTvWmLpQzRnBcYeJhGs_2KmsL9')).toBe(true);
    const token = matrix('alerts', 'PiBxVwCrLtEzYjHsGdFa');
    expect(verifyBase62Crc32Tail(token)).toBe(true);
    expect(verifyBase62Crc32Tail(token.replace('PiBx', 'PiBy'))).toBe(false);
    expect(verifyBase62Crc32Tail(`${token.slice(0, -6)}000000`)).toBe(false);
    expect(verifyBase62Crc32Tail('syt_abc')).toBe(false);
  });
});

describe("verifyChecksum('macaroon') (LND macaroons)", () => {
  // A version-2 macaroon at location `lnd`: its identifier, an empty caveat section, and a 32-byte signature.
  const macaroon = (signatureBytes: number): Buffer =>
    Buffer.concat([Buffer.from([2, 1, 3]), Buffer.from('lnd'), Buffer.from([2, 40]), Buffer.alloc(40, 0x5a), Buffer.from([0, 0, 6, 32]), Buffer.alloc(signatureBytes, 0x3c)]);

  it('accepts a whole macaroon in hex or base64, and rejects one cut before the end of its signature', () => {
    expect(verifyChecksum('macaroon', macaroon(32).toString('hex'))).toBe('valid');
    expect(verifyChecksum('macaroon', macaroon(32).toString('base64'))).toBe('valid');
    expect(verifyChecksum('macaroon', macaroon(20).toString('hex'))).toBe('invalid');
    expect(verifyChecksum('macaroon', macaroon(32).toString('hex').slice(0, 60))).toBe('invalid');
  });
});
