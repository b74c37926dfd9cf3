import { createHmac } from 'node:crypto';

// JWTs that docs and tests make up, and the claims of any JWT (read by the public-key checks too).

// Claims that only docs write: jwt.io's John Doe, or a payload of placeholder words (`{"key":"value"}`,
// `{"some":"payload"}`). A token anyone uses names a subject, an issuer or an expiry of its own.
const SAMPLE_CLAIM = /^(?:key|value|some|payload|foo|bar|baz|hello|world|test|data|example|sample|[a-z])$/i;
const JWT_IO_CLAIMS = new Set(['sub', 'name', 'iat', 'admin']);
const MADE_UP = /^(?:this[-_ ]?is[-_ ]?n[o']?t[-_ ]?real|not[-_ ]?real|fake|dummy)(?:[-_ ]?[a-z]{0,12})?$/i;

/** Whether a JWT is a docs sample: jwt.io's claims, placeholder claims, or a signature no server made. */
export function isSampleJwt(value: string): boolean {
  // A JWT's header before plain words (`eyJhbGciOi….anon.key`): a test's label in a token's shape.
  if (/^eyJ[\w-]{10,}\.[a-z]{2,20}\.[a-z]{2,20}$/i.test(value)) return true;
  const claims = readJwtClaims(value);
  if (claims === undefined) return false;
  const entries = Object.entries(claims);
  // jwt.io's sample subject alone or with its name or its issue time (1516239022), whatever claims were added to it;
  // or with jwt.io's claims only, another name and time typed in (a test's `{"sub":"1234567890","name":"cow",…}`).
  const jwtIo = entries.some(([k, v]) => k === 'sub' && v === '1234567890');
  if (jwtIo && entries.every(([k]) => JWT_IO_CLAIMS.has(k))) return true;
  if (jwtIo && entries.some(([k, v]) => (k === 'name' && v === 'John Doe') || (k === 'iat' && v === 1516239022))) return true;
  if (isShortHmacSignature(value)) return true;
  // Supabase's docs sign their sample keys for the project `xyzcompany`.
  if (entries.some((entry) => (entry[0] === 'ref' && entry[1] === 'xyzcompany') || isMadeUpClaim(entry))) return true;
  return entries.length > 0 && entries.length <= 3 && entries.every(([k, v]) => SAMPLE_CLAIM.test(k) && (typeof v !== 'string' || SAMPLE_CLAIM.test(v)));
}

/** Whether a value is a signed JWT's header and claims with no signature part at all (cut short where a line wrapped): it opens nothing. */
export function isJwtWithoutSignature(value: string): boolean {
  if (!/^eyJ[A-Za-z0-9_-]{10,}\.ey[IJ][A-Za-z0-9_-]{10,}$/.test(value)) return false;
  // `alg: none` tokens end in an empty signature (`header.claims.`), which this shape does not match either.
  return /"alg"\s*:\s*"(?!none")/.test(Buffer.from(value.slice(0, value.indexOf('.')), 'base64url').toString('utf8'));
}

// A subject or name that says it is made up (`"sub": "thisisntreal"`, `"name": "fake-user"`).
function isMadeUpClaim([key, value]: [string, unknown]): boolean {
  return (key === 'sub' || key === 'name') && typeof value === 'string' && MADE_UP.test(value);
}

// An HMAC signature is as long as its hash: 43, 64 or 86 base64url characters for HS256, HS384 and HS512. A shorter
// one was typed by hand (`eyJ….eyJ….abc123def456ghi789jkl0`): no server signed it.
function isShortHmacSignature(value: string): boolean {
  const [header = '', , signature = ''] = value.split('.');
  const alg = /"alg"\s*:\s*"HS(256|384|512)"/.exec(Buffer.from(header, 'base64url').toString('utf8'))?.[1];
  const length = { '256': 43, '384': 64, '512': 86 }[alg ?? ''];
  return length !== undefined && signature.length < length;
}

// JWT secrets that stacks ship as their local default (Supabase's CLI and its self-hosted docker-compose): anyone
// can mint a token signed with one, so such a token opens nothing but a demo stack.
const PUBLISHED_JWT_SECRETS = ['super-secret-jwt-token-with-at-least-32-characters-long', 'your-super-secret-jwt-token-with-at-least-32-characters-long'];

// Keys that READMEs and tutorials sign their HS256 tokens with (jwt.io's default, jsonwebtoken's `shhhhh`,
// lua-resty-jwt's `secret`): a token that verifies under one was made for a test, and anyone can make another.
const STOCK_JWT_SECRETS = ['secret', 'your-256-bit-secret', 'shhhhh', 'secretkey', 'secret_key', 'mysecret', 'lua-resty-jwt'];

/** Whether an HS256 JWT's signature holds under a published default secret. */
export function isSignedWithPublishedSecret(value: string): boolean {
  return isSignedWithOneOf(value, PUBLISHED_JWT_SECRETS);
}

/** Whether an HS256 JWT's signature holds under a stock key a tutorial or test would type (`secret`). */
export function isSignedWithStockSecret(value: string): boolean {
  return isSignedWithOneOf(value, STOCK_JWT_SECRETS);
}

function isSignedWithOneOf(value: string, secrets: string[]): boolean {
  const [header = '', payload = '', signature = ''] = value.split('.');
  if (signature.length !== 43 || !/"alg"\s*:\s*"HS256"/.test(Buffer.from(header, 'base64url').toString('utf8'))) return false;
  return secrets.some((secret) => createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url') === signature);
}

/** The claims of a JWT (`eyJ….eyJ….sig`) as an object, or undefined. */
export function readJwtClaims(value: string): Record<string, unknown> | undefined {
  // Some issuers keep base64's padding on each part (NICEPAY's `…==.…=._…=`); JSON written with a space or a line
  // break after its brace opens `eyAg`, `eyAi` or `ewog` (Supabase's self-hosting keys pretty-printed).
  const payload = /^(?:eyJ|eyA[gi]|ewo[gJi]|ew0K)[\w-]+={0,2}\.((?:eyJ|eyA[gi]|ewo[gJi]|ew0K)[\w-]+)={0,2}\.[\w-]+={0,2}$/.exec(value)?.[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? Object.fromEntries(Object.entries(claims)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a JWT lived five minutes or less (`exp` - `iat`): a one-off assertion or a test client's token, dead
 * minutes after it was issued; an API key made as a JWT lives for months or years, and a session's access token for
 * a quarter of an hour or more, long enough to be used from a fresh commit.
 */
export function isShortLivedJwt(value: string): boolean {
  const claims = readJwtClaims(value);
  const { iat, exp } = claims ?? {};
  return typeof iat === 'number' && typeof exp === 'number' && exp > iat && exp - iat <= 5 * 60;
}

/**
 * When a JWT stops working (its `exp` claim, seconds since the epoch; also an ISO date, as NICEPAY's SNAP tokens
 * write it), or undefined for any other value.
 */
export function readJwtExpiry(value: string): number | undefined {
  if (!value.startsWith('eyJ')) return undefined;
  const exp = readJwtClaims(value)?.['exp'];
  if (typeof exp === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(exp)) {
    const ms = Date.parse(exp);
    return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
  }
  return typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined;
}
