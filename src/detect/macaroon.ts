// A PyPI token is `pypi-` and a macaroon (version 2, base64url), an LND macaroon the same bytes in hex or base64: a
// location and an identifier, caveat sections, and a 32-byte signature last. A token whose identifier reads but whose
// bytes then break off or stop before the signature was cut short or typed as a stand-in (a guide's `pypi-
// AgEIcHlwaS5vcmcCJGM3…` holding an identifier and no more): it opens nothing. A body that is no macaroon at all (a
// made-up test token) is left to the rule.

const FIELD_EOS = 0;
const FIELD_LOCATION = 1;
const FIELD_IDENTIFIER = 2;
const FIELD_SIGNATURE = 6;
const CAVEAT_FIELDS = new Set([1, 2, 4]);

/** Whether `body` (a token after its `pypi-` prefix) starts as a version-2 macaroon but never reaches its signature. */
export function isTruncatedMacaroon(body: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(body) && readMacaroon(Buffer.from(body, 'base64url')) === 'truncated';
}

/**
 * Whether `value` (hex, as LND's `--macaroonpath` files are printed, or base64) is a whole version-2 macaroon: every
 * section closed and its 32-byte signature last. LND's guides print a macaroon's first bytes and `…` as a stand-in.
 */
export function isCompleteMacaroon(value: string): boolean {
  const bytes = /^(?:[0-9a-fA-F]{2})+$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return readMacaroon(bytes) === 'complete';
}

// Reads a version-2 macaroon's fields: 'other' when it does not start as one.
function readMacaroon(bytes: Buffer): 'complete' | 'truncated' | 'other' {
  if (bytes[0] !== 2) return 'other';
  let at = 1;
  if (bytes[at] === FIELD_LOCATION) at = skipField(bytes, at) ?? bytes.length;
  if (bytes[at] !== FIELD_IDENTIFIER) return 'other';
  // From the identifier on the structure is known: sections of fields, each closed by EOS, an empty one last.
  for (let fields = 0; at < bytes.length; ) {
    const type = bytes[at] ?? FIELD_EOS;
    if (type === FIELD_EOS) {
      at++;
      if (fields === 0) return hasSignature(bytes, at) ? 'complete' : 'truncated';
      fields = 0;
      continue;
    }
    if (!CAVEAT_FIELDS.has(type)) return 'truncated';
    const next = skipField(bytes, at);
    if (next === undefined) return 'truncated';
    at = next;
    fields++;
  }
  return 'truncated';
}

// The offset after the field at `at` (its type, an LEB128 length and the data), or undefined when the bytes run out.
function skipField(bytes: Buffer, at: number): number | undefined {
  let length = 0;
  for (let i = at + 1, shift = 0; i < bytes.length && shift < 28; i++, shift += 7) {
    const byte = bytes[i] ?? 0;
    length += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return i + 1 + length <= bytes.length ? i + 1 + length : undefined;
  }
  return undefined;
}

// A signature field at `at`: its type, the length 32 and 32 bytes.
function hasSignature(bytes: Buffer, at: number): boolean {
  return bytes[at] === FIELD_SIGNATURE && bytes[at + 1] === 32 && bytes.length >= at + 34;
}
