import { createHash } from 'node:crypto';
import { LITERAL_JOIN, readDerElement } from './der.js';

// Private keys that tests and guides make up: the body of a PEM block says whether a person typed it.

// A test's made-up key: its body spells a word of 5+ letters no random key holds (`…AAAAFAKEKEY`), is one short run
// typed over and over (`s3cr3ts3cr3t…` in django-allauth's docs, `AAAA…`), decodes to a fake word twice
// (`fakekeyfakekey…`, `sampledsamplelinesampled…`), holds a run of `A`s pasted over its secret part, is a key
// published for all to use (jwt.io's demo key), or is DER that does not open with a SEQUENCE (a guide's
// `key_content: "-----BEGIN PRIVATE KEY-----\nn71bPt…"`; an OpenSSH key under a PEM header is no DER).
const FAKE_WORD = /fake|sample|example|dummy|placeholder/gi;
const DER_KEY = /^-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/;
// `openssh-key-v1` in base64: an OpenSSH key's body, which is no DER and holds runs of zero bytes by design.
const OPENSSH_BODY = 'b3BlbnNzaC1rZXktdjE';

// The first bytes, in base64, of an unarmoured private key: PKCS#8 RSA, PKCS#1 RSA, PKCS#8 EC, SEC1 EC on P-256,
// P-384 and P-521, and PKCS#8 Ed25519 (the Alipay and WeChat Pay SDKs take a key as one base64 string).
const BARE_DER_KEY = /^M(?:II[A-Za-z0-9+/]{3}IBA(?:DANBgkqhkiG9w0BAQEFAASC|AK[BC])|IG[A-Za-z0-9+/]AgEAMBMGByqGSM49AgEG|HcCAQEEI|IGkAgEBBDA|IHcAgEBBEI|C4CAQAwBQYDK2VwBCIEI)/;

// Keys published for anyone to use, by the SHA-256 of their DER: jwt.io's RS256 demo key as PKCS#8 and as PKCS#1,
// the EC key OkHttp's okhttp-tls README prints as `privateKeyPkcs8Pem()` output, and JWTKit's own ES256 test key.
const PUBLISHED_KEYS = new Set([
  'a944363c4bdb174e431d07a189bac269d31a44cac5b5076d2dde161b73966189',
  '07d0e473c337649e804330a4404e0c0dd2ca70f9eef3e99170eabc0e378ac9c7',
  '41f5caa63dd159f45ce9027c307810a5f4428b02a75a6feb92f0fdcf0c9271d9',
  'feedb91698d8435bb2cd0ee203935bebd637791c7001caf54aa26567aa4b691a',
]);

/** Whether a value starts like a private key's DER in base64 with no PEM armour. */
export function isBareDerKey(value: string): boolean {
  return BARE_DER_KEY.test(value);
}

/** Whether a PEM private key block, or a bare base64 key (see isBareDerKey), is a test's made-up key rather than a key (see above). */
export function isFakePrivateKey(pem: string): boolean {
  const body = pem
    .replace(/-----(?:BEGIN|END)[^-]*-----/g, '')
    .replace(/\\[nrt]/g, '')
    .replace(LITERAL_JOIN, '')
    .replace(/[^A-Za-z0-9+/=]/g, '');
  if (/FAKEKEY|fakekey|EXAMPLE|example|SAMPLE|sample|DUMMY|dummy/.test(body)) return true;
  if (body.length >= 16 && /^(.{1,12}?)\1+.{0,12}$/.test(body.replace(/=+$/, ''))) return true;
  // Eighteen zero bytes in a row (`AAAA…` pasted over a key's secret part) are in no generated key.
  if (/A{24}/.test(body) && !body.startsWith(OPENSSH_BODY)) return true;
  // An OpenSSH key's body opens with `openssh-key-v1`; any other under its header is a docs filler (Lorem ipsum in base64).
  if (/^\s*-----BEGIN OPENSSH PRIVATE KEY-----/.test(pem) && body.length >= 64 && !body.startsWith(OPENSSH_BODY)) return true;
  // A Proc-Type header (`:`) announces the old OpenSSL encryption, which scrambles the DER.
  const der = (DER_KEY.test(pem) || isBareDerKey(pem)) && !pem.includes(':') && body.length >= 64 && /^[A-Za-z0-9]{4}/.test(body) && !body.startsWith(OPENSSH_BODY);
  const bytes = Buffer.from(body, 'base64');
  if (der && bytes[0] !== 0x30) return true;
  if (der && PUBLISHED_KEYS.has(createHash('sha256').update(bytes).digest('hex'))) return true;
  if (der && /^(?:-----BEGIN PRIVATE KEY-----|M)/.test(pem) && !isKeyAlgorithm(readPkcs8Algorithm(bytes))) return true;
  return (bytes.toString('latin1').match(FAKE_WORD) ?? []).length >= 2;
}

// Object identifiers (DER bytes, hex) of key algorithms a PKCS#8 key names: RSA and RSA-PSS, EC and the SECG curves,
// DSA, Diffie-Hellman, X25519/X448/Ed25519/Ed448, SM2, GOST, and NIST's post-quantum ML-KEM and ML-DSA.
const KEY_ALGORITHMS = ['2a864886f70d0101', '2a8648ce3d02', '2b8104', '2a8648ce3804', '2a864886f70d0103', '2b65', '2a811ccf55', '2a850302', '2a850307', '60864801650304'];

// A test fixture whose algorithm was changed by a byte (Airbyte's: `pbeWithMD2AndDES-CBC`) is no key anything loads.
function isKeyAlgorithm(oid: string | undefined): boolean {
  return oid === undefined || KEY_ALGORITHMS.some((prefix) => oid.startsWith(prefix));
}

/** The algorithm OID (hex) of a PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER version, SEQUENCE { OID, … }, … }; undefined if unreadable. */
function readPkcs8Algorithm(der: Buffer): string | undefined {
  const outer = readDerElement(der, 0);
  const version = outer?.tag === 0x30 ? readDerElement(der, outer.start) : undefined;
  const algorithm = version?.tag === 0x02 ? readDerElement(der, version.start + version.length) : undefined;
  const oid = algorithm?.tag === 0x30 ? readDerElement(der, algorithm.start) : undefined;
  if (oid?.tag !== 0x06 || oid.length === 0 || oid.length >= 32) return undefined;
  return der.subarray(oid.start, oid.start + oid.length).toString('hex');
}
