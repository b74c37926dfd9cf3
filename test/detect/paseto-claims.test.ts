import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSamplePaseto, readPasetoExpiry, readPasetoMessage } from '../../src/detect/paseto-claims.js';

// Public PASETOs built here: a message and a made-up 64-byte signature (v2 and v4 sign with Ed25519).
function makePublic(message: string, version = 'v2', footer = ''): string {
  const body = Buffer.concat([Buffer.from(message, 'utf8'), randomBytes(version === 'v3' ? 96 : 64)]).toString('base64url');
  return `${version}.public.${body}${footer === '' ? '' : `.${Buffer.from(footer).toString('base64url')}`}`;
}

const ORG_CLAIMS = '{"role":"admin","userId":"4821","sub":"ops@bank.test","orgId":"77","exp":"2031-01-01T00:00:00.000Z"}';

describe('readPasetoMessage', () => {
  it('reads the signed message of v2, v3 and v4 public tokens, footer or not', () => {
    expect(readPasetoMessage(makePublic(ORG_CLAIMS))).toBe(ORG_CLAIMS);
    expect(readPasetoMessage(makePublic(ORG_CLAIMS, 'v3'))).toBe(ORG_CLAIMS);
    expect(readPasetoMessage(makePublic(ORG_CLAIMS, 'v4', '{"kid":"k1"}'))).toBe(ORG_CLAIMS);
  });

  it('reads nothing in an encrypted local token', () => {
    expect(readPasetoMessage(`v2.local.${randomBytes(120).toString('base64url')}`)).toBeUndefined();
  });
});

describe('isSamplePaseto', () => {
  it("takes the specification's vectors and a library test's plain message", () => {
    expect(isSamplePaseto(makePublic('{"data":"this is a signed message","exp":"2039-01-01T00:00:00+00:00"}'))).toBe(true);
    expect(isSamplePaseto(makePublic('Frank Denis rocks'))).toBe(true);
    const specFooter = '{"kid":"zVhMiPBP9fRf2snEcT7gFTioeA9COcNy9DfgL1W60haN"}';
    expect(isSamplePaseto(`v2.local.${randomBytes(120).toString('base64url')}.${Buffer.from(specFooter).toString('base64url')}`)).toBe(true);
  });

  it('leaves an API token, and a token cut short, to be reported', () => {
    expect(isSamplePaseto(makePublic(ORG_CLAIMS))).toBe(false);
    const cut = makePublic(ORG_CLAIMS).slice(0, 110);
    expect(isSamplePaseto(cut)).toBe(false);
  });
});

describe('readPasetoExpiry', () => {
  it('reads exp as an ISO date, as digits, and before the cut of a token cut short', () => {
    expect(readPasetoExpiry(makePublic(ORG_CLAIMS))).toBe(Date.parse('2031-01-01T00:00:00.000Z') / 1000);
    expect(readPasetoExpiry(makePublic('{"example":"Hello Paseto!","exp":"1521245450"}'))).toBe(1521245450);
    const cut = makePublic('{"aud":"user","exp":"2020-11-07T10:36:07+05:30","iss":"identification-service","jti":"f2b78e5f"}').slice(0, 210);
    expect(readPasetoExpiry(cut)).toBe(Date.parse('2020-11-07T10:36:07+05:30') / 1000);
  });

  it('reads no expiry where there is none', () => {
    expect(readPasetoExpiry(makePublic('{"role":"admin","orgId":"77"}'))).toBeUndefined();
    expect(readPasetoExpiry(`v4.local.${randomBytes(120).toString('base64url')}`)).toBeUndefined();
  });
});
