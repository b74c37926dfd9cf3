import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/index.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Left-overs of earlier samples and samples 319 to 326. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 309: a connection URL whose `@` was percent-encoded with the password', () => {
  it('blocks the password before `%40` when the URL has no other `@`', () => {
    const uri = "const uri = 'mongodb+srv://jdoe77:Qzt4418027%40cluster0.k2m9x.mongodb.net/shop?retryWrites=true';\n";
    expect(blockingIds('config/db.js', uri)).toEqual(['database-url-password']);
  });

  it('still ends the password at the real `@`, whatever `%40` comes later in the query', () => {
    const uri = "DATABASE_URL = 'postgres://app:Xk82jd9Qw7@db.shop.io:5432/app?notify=ops%40shop.io'\n";
    const found = detectChunk({ path: 'config/settings.py', text: uri }, pack);
    expect(found.map((f) => [f.ruleId, f.secret])).toEqual([['database-url-password', 'Xk82jd9Qw7']]);
  });
});

describe('sample 322: a PyPI token that stops before its signature', () => {
  // pypi- and a version-2 macaroon: location pypi.org, identifier, a caveat, then the 32-byte signature.
  const macaroon = (parts: Buffer[]): string => `pypi-${Buffer.concat(parts).toString('base64url')}`;
  const field = (type: number, data: string): Buffer => Buffer.concat([Buffer.from([type, data.length]), Buffer.from(data)]);
  const header = [Buffer.from([2]), field(1, 'pypi.org'), field(2, '5f0c1e2a-7b3d-4c8e-9a6f-2d1b0e3c4a5f'), Buffer.from([0])];
  const caveat = [field(2, '{"permissions": "user", "version": 1}'), Buffer.from([0])];
  const signature = Buffer.concat([Buffer.from([0, 6, 32]), Buffer.from('9c2e7a41d05b83f6e1a4c7d92b8e05f3', 'hex'), Buffer.from('4a7c1e9b3d5f0a2c8e6b4d1f7a3c9e05', 'hex')]);

  it('blocks a whole token and reports one cut after its identifier at confidence low', () => {
    expect(blockingIds('scripts/upload.sh', `export TWINE_PASSWORD=${macaroon([...header, ...caveat, signature])}\n`)).toEqual(['pypi-upload-token']);
    expect(scan('scripts/upload.sh', `export TWINE_PASSWORD=${macaroon(header)}\n`)).toEqual([{ ruleId: 'pypi-upload-token', blocking: false }]);
  });

  it('keeps a token whose body is not a macaroon at all', () => {
    expect(blockingIds('deploy.js', 'var pypiToken = "pypi-AgEIcHlwaS5vcmc7f3b9e1d4c6a8b2e0f5d7c9a1b3e5f7d9c2a4b6e8f0a1c3e5d7b9f2a4c6e8b0d1f3a5"\n')).toEqual(['pypi-upload-token']);
  });
});
