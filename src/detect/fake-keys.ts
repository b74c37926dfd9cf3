// Private keys that tests and guides make up: the body of a PEM block says whether a person typed it.

// A test's made-up key: its body spells a word of 5+ letters no random key holds (`…AAAAFAKEKEY`), is one short run
// typed over and over (`s3cr3ts3cr3t…` in django-allauth's docs, `AAAA…`), decodes to a fake word twice
// (`fakekeyfakekey…`, `sampledsamplelinesampled…`), or is DER that does not open with a SEQUENCE (a guide's
// `key_content: "-----BEGIN PRIVATE KEY-----\nn71bPt…"`; an OpenSSH key under a PEM header is no DER).
const FAKE_WORD = /fake|sample|example|dummy|placeholder/gi;
const DER_KEY = /^-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/;

/** Whether a PEM private key block is a test's made-up key rather than a key (see above). */
export function isFakePrivateKey(pem: string): boolean {
  const body = pem
    .replace(/-----(?:BEGIN|END)[^-]*-----/g, '')
    .replace(/\\[nrt]|["'`]\s*\+\s*["'`]/g, '')
    .replace(/[^A-Za-z0-9+/=]/g, '');
  if (/FAKEKEY|fakekey|EXAMPLE|example|SAMPLE|sample|DUMMY|dummy/.test(body)) return true;
  if (body.length >= 16 && /^(.{1,12}?)\1+.{0,12}$/.test(body.replace(/=+$/, ''))) return true;
  // A Proc-Type header (`:`) announces the old OpenSSL encryption, which scrambles the DER.
  const der = DER_KEY.test(pem) && !pem.includes(':') && body.length >= 64 && /^[A-Za-z0-9]{4}/.test(body) && !body.startsWith('b3BlbnNzaC1rZXktdjE');
  if (der && Buffer.from(body.slice(0, 4), 'base64')[0] !== 0x30) return true;
  return (Buffer.from(body, 'base64').toString('latin1').match(FAKE_WORD) ?? []).length >= 2;
}
