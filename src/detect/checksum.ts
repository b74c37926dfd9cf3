import { verifyAsaasKey } from './asaas-key.js';
import { verifyBech32 } from './bech32.js';
import { isEd25519KeypairBase58 } from './ed25519-keypair.js';
import { isCompleteMacaroon } from './macaroon.js';
import { verifyStrKey } from './strkey.js';
import { verifyTunnelToken } from './tunnel-token.js';

// Offline checksum checks for token formats that carry one (GitHub, npm, Grafana, Trello, Cloudflare, Matrix, Stellar,
// NATS, Nostr; a Discord bot token names its bot's numeric id; a Cloudflare Tunnel token's JSON and an Asaas key's body
// hold fields of known shapes; an LND macaroon ends in its signature; a Solana keypair ends in its seed's public key; a
// Volcengine secret key is hex digits encoded twice).
// A token that passes was issued by the provider's generator (or crafted by someone who knew the scheme); one that
// fails was typed by hand: a docs example, a test value, a fake. Neither verdict needs the network.

/** The checksum schemes a rule can declare. */
export const CHECKSUMS = ['base62-crc32', 'base62-crc32-tail', 'hex-crc32-le', 'hex-crc32-tail', 'hex-crc32-body', 'base64-snowflake', 'base32-crc16', 'bech32', 'tunnel-json', 'asaas-body', 'macaroon', 'ed25519-keypair', 'base64-nested-hex'] as const;

/** A checksum scheme. */
export type Checksum = (typeof CHECKSUMS)[number];

/** What a checksum says about a value: issued by the generator, or not. */
export type ChecksumVerdict = 'valid' | 'invalid';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = buildCrcTable();

/** Checks `value` against `scheme`. */
export function verifyChecksum(scheme: Checksum, value: string): ChecksumVerdict {
  switch (scheme) {
    case 'base62-crc32':
      return verifyBase62Crc32(value) ? 'valid' : 'invalid';
    case 'base62-crc32-tail':
      return verifyBase62Crc32Tail(value) ? 'valid' : 'invalid';
    case 'hex-crc32-le':
      return verifyHexCrc32Le(value) ? 'valid' : 'invalid';
    case 'hex-crc32-tail':
      return verifyHexCrc32Tail(value) ? 'valid' : 'invalid';
    case 'hex-crc32-body':
      return verifyHexCrc32Body(value) ? 'valid' : 'invalid';
    case 'base64-snowflake':
      return verifyBase64Snowflake(value) ? 'valid' : 'invalid';
    case 'base32-crc16':
      return verifyStrKey(value) ? 'valid' : 'invalid';
    case 'bech32':
      return verifyBech32(value) ? 'valid' : 'invalid';
    case 'tunnel-json':
      return verifyTunnelToken(value) ? 'valid' : 'invalid';
    case 'asaas-body':
      return verifyAsaasKey(value) ? 'valid' : 'invalid';
    case 'macaroon':
      return isCompleteMacaroon(value) ? 'valid' : 'invalid';
    case 'ed25519-keypair':
      return isEd25519KeypairBase58(value) ? 'valid' : 'invalid';
    case 'base64-nested-hex':
      return verifyNestedBase64Hex(value) ? 'valid' : 'invalid';
  }
}

/**
 * GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens: after the prefix, 30 random base62
 * characters and 6 characters holding the CRC32 of those 30, in base62, left-padded with zeros.
 */
export function verifyBase62Crc32(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  const expected = decodeBase62(body.slice(30));
  return expected !== undefined && expected === crc32(body.slice(0, 30));
}

/** Matrix (Synapse) access tokens (`syt_<user>_<random>_…`): 6 base62 characters after the last `_`, the CRC32 of the rest. */
export function verifyBase62Crc32Tail(token: string): boolean {
  const cut = token.lastIndexOf('_');
  return cut > 0 && token.length - cut === 7 && token.slice(cut + 1) === encodeBase62Crc32(token.slice(0, cut));
}

/**
 * Grafana service account tokens (`glsa_`): `glsa_`, 32 random characters, `_`, and 8 hex digits holding the
 * CRC32 of everything before that last `_`, its bytes in little-endian order.
 */
export function verifyHexCrc32Le(token: string): boolean {
  const cut = token.lastIndexOf('_');
  const hex = token.slice(cut + 1).toLowerCase();
  return cut > 0 && /^[0-9a-f]{8}$/.test(hex) && hex === encodeHexCrc32Le(token.slice(0, cut));
}

/** Trello API tokens (`ATTA…`): the last 8 hex digits hold the CRC32 of everything before them, big-endian. */
export function verifyHexCrc32Tail(token: string): boolean {
  const hex = token.slice(-8).toLowerCase();
  return token.length > 8 && /^[0-9a-f]{8}$/.test(hex) && hex === crc32(token.slice(0, -8)).toString(16).padStart(8, '0');
}

/** Cloudflare's API tokens and keys (`cfut_`, `cfat_`, `cfk_`): 8 hex digits hold the CRC32 of the body between the prefix and them. */
export function verifyHexCrc32Body(token: string): boolean {
  return verifyHexCrc32Tail(token.slice(token.indexOf('_') + 1));
}

/**
 * Discord bot tokens: the part before the first `.` is the bot's user id, a snowflake of 17 to 20 digits, in base64;
 * not digits counted up or down (`1234567890123456789`, a typed example: a real id holds such a run about once in
 * a hundred million).
 */
export function verifyBase64Snowflake(token: string): boolean {
  const head = token.slice(0, Math.max(0, token.indexOf('.')));
  const id = Buffer.from(head, 'base64url').toString('latin1');
  return /^[1-9][0-9]{16,19}$/.test(id) && !/123456789|987654321/.test(id);
}

/** Volcengine secret keys: base64 of the unpadded base64 of 32 lower-case hex digits (60 characters, `T…==` or `W…==`). */
export function verifyNestedBase64Hex(token: string): boolean {
  const inner = Buffer.from(token, 'base64').toString('latin1');
  return /^[A-Za-z0-9+/]{43}$/.test(inner) && /^[0-9a-f]{32}$/.test(Buffer.from(inner, 'base64').toString('latin1'));
}

/** The little-endian hex CRC32 of `payload`, as Grafana appends it (8 characters). */
export function encodeHexCrc32Le(payload: string): string {
  const n = crc32(payload);
  return [n, n >>> 8, n >>> 16, n >>> 24].map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
}

/** The base62 encoding of a CRC32 of `payload`, as these token formats append it (6 characters). */
export function encodeBase62Crc32(payload: string): string {
  let n = crc32(payload);
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(6, '0');
}

function decodeBase62(text: string): number | undefined {
  let n = 0;
  for (const ch of text) {
    const digit = BASE62.indexOf(ch);
    if (digit < 0) return undefined;
    n = n * 62 + digit;
  }
  return n;
}

/** CRC-32 (IEEE 802.3, as zlib computes it) of an ASCII string, unsigned. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function buildCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}
