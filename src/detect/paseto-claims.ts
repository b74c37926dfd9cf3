// PASETO public tokens carry their message in clear: `v4.public.` + base64url(message ‖ signature), then an optional
// `.footer`. Reading the message tells the specification's test vectors and the libraries' toy tokens from a token an
// API issued, and gives the expiry the scan compares with its clock, as it does for a JWT's `exp`.

// The signature closes the body: Ed25519 (v2, v4) is 64 bytes, ECDSA over P-384 (v3) 96.
const SIGNATURE_BYTES: Record<string, number> = { '2': 64, '3': 96, '4': 64 };

/** The message a public PASETO (`v2.public.…`, `v3.public.…`, `v4.public.…`) signs, as text, or undefined. */
export function readPasetoMessage(value: string): string | undefined {
  const match = /^v([234])\.public\.([A-Za-z0-9_-]+)(?:\.[A-Za-z0-9_-]+)?$/.exec(value);
  const [, version = '', body = ''] = match ?? [];
  const size = SIGNATURE_BYTES[version];
  const bytes = Buffer.from(body, 'base64url');
  if (size === undefined || bytes.length <= size) return undefined;
  return bytes.subarray(0, bytes.length - size).toString('utf8');
}

/**
 * Whether a public PASETO is a sample: one of the specification's test vectors (`{"data":"this is a signed
 * message",…}` or the vectors' footers, local tokens too), or a message that is no claims object at all (`Frank
 * Denis rocks` in the libraries' own tests): a server issues claims.
 */
export function isSamplePaseto(value: string): boolean {
  if (hasSpecFooter(value)) return true;
  const message = readPasetoMessage(value);
  if (message === undefined) return false;
  // Printable words that are no JSON: a library test's message. A token cut short reads as broken JSON, not as this.
  if (!message.startsWith('{')) return /^[\x20-\x7e]{1,200}$/.test(message);
  return parseClaims(message)?.['data'] === 'this is a signed message';
}

/**
 * When a public PASETO stops working, in seconds since the epoch: its `exp` claim, an ISO 8601 date by the
 * specification (digits alone are read as seconds, as some libraries write them), or undefined.
 */
export function readPasetoExpiry(value: string): number | undefined {
  const message = readPasetoMessage(value) ?? '';
  // A token cut short (a wrapped line, an excerpt) is broken JSON; its `exp` is still readable before the cut.
  const exp = parseClaims(message)?.['exp'] ?? /^\{.*?"exp"\s*:\s*"([^"]{9,40})"/.exec(message)?.[1];
  if (typeof exp !== 'string') return undefined;
  if (/^\d{9,10}$/.test(exp)) return Number(exp);
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(exp) ? Date.parse(exp) : Number.NaN;
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

// The specification's vectors close with the key id `zVhMiPBP9fRf2snEcT7gFTioeA9COcNy9DfgL1W60haN` or a footer
// naming Paragon Initiative Enterprises, PASETO's authors.
function hasSpecFooter(value: string): boolean {
  const footer = /^v[1-4]\.(?:local|public)\.[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)$/.exec(value)?.[1];
  const text = footer === undefined ? '' : Buffer.from(footer, 'base64url').toString('utf8');
  return text.includes('zVhMiPBP9fRf2snEcT7gFTioeA9COcNy9DfgL1W60haN') || text.includes('Paragon Initiative Enterprises');
}

function parseClaims(message: string): Record<string, unknown> | undefined {
  if (!message.startsWith('{')) return undefined;
  try {
    const claims: unknown = JSON.parse(message);
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? Object.fromEntries(Object.entries(claims)) : undefined;
  } catch {
    return undefined;
  }
}
