import { generateKeyPairSync } from 'node:crypto';
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

describe('sample 320: self-hosted mail servers', () => {
  it('blocks a relay login in sasl_passwd, in a guide writing it and as a static map, not the map naming the file', () => {
    expect(blockingIds('postfix/sasl_passwd', '[smtp-relay.brevo.com]:587 shop.alerts@gmail.com:Xk2mQ9vR7tLp4Wz8\n')).toEqual(['postfix-sasl-password']);
    expect(blockingIds('docs/mail.md', 'echo "[smtp.gmail.com]:587 ops.team@gmail.com:qwkr ztmv hplc nbxe" > /etc/postfix/sasl_passwd\n')).toEqual(['postfix-sasl-password']);
    expect(blockingIds('postfix/main.cf', 'smtp_sasl_password_maps = static:relay@shop.io:Xk2mQ9vR7tLp4Wz8\n')).toEqual(['postfix-sasl-password']);
    expect(scan('postfix/main.cf', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n')).toEqual([]);
    expect(scan('docs/relay.md', 'smtp_sasl_password_maps = lmdb:/etc/postfix/sasl_passwd\n')).toEqual([]);
  });

  it('leaves placeholders and environment references in sasl_passwd alone, and reports a provider key once', () => {
    expect(scan('postfix/sasl_passwd', '[smtp.gmail.com]:587 yourgmail@gmail.com:your-app-password\n')).toEqual([]);
    expect(scan('postfix/sasl_passwd', '[smtp.sendgrid.net]:587 apikey:${SENDGRID_API_KEY}\n')).toEqual([]);
    const sendgrid = '[smtp.sendgrid.net]:587 apikey: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\n';
    expect(blockingIds('postfix/sasl_passwd', sendgrid)).toEqual(['sendgrid-api-key']);
  });

  it('blocks passwords hashed on a doveadm command line, not a variable', () => {
    expect(blockingIds('update-users.sh', "H1=$(doveadm pw -s SHA512-CRYPT -p 'Qm4xTfLp#Wz8rYcV' 2>/dev/null)\n")).toEqual(['doveadm-pw-password']);
    expect(blockingIds('update-users.sh', 'H1=$(doveadm pw -s SHA512-CRYPT -p "$PASSWORD")\n')).toEqual([]);
  });

  it('finds a DKIM key written on one line with `|` for its line breaks', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().split('\n').join('|');
    expect(blockingIds('README.md', `DKIM_PRIVATE_KEY="${pem}"\n`)).toEqual(['private-key']);
  });
});

describe('sample 323: a made-up key in a fastlane guide', () => {
  it('reads a PKCS#8 body that is not DER as made up, and keeps a real one and an OpenSSH body under a PEM header', () => {
    const made = 'n71bPtn68iah8pyRbjmN55ArYDDsu0z5S1Pfm93mXk2Lq8Wv4Zt7Yx1Rc3Nb6Md0Hs9Jf5Gp2Ke7Tw4Qa8Uy1Io3';
    const fastfile = (body: string): string => `    key_content: "-----BEGIN PRIVATE KEY-----\\n${body}\\n${body}\\n-----END PRIVATE KEY-----",\n`;
    expect(scan('fastlane/Fastfile', fastfile(made))).toEqual([]);
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const p8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().split('\n').slice(1, -1).join('\\n');
    expect(blockingIds('fastlane/Fastfile', `    key_content: "-----BEGIN PRIVATE KEY-----\\n${p8}\\n-----END PRIVATE KEY-----",\n`)).toEqual(['private-key']);
  });
});
