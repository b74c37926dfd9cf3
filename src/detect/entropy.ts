import { decodeBase64Text } from './placeholder.js';

// Shannon entropy and the charset-aware threshold used by generic (non-provider) rules.

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  const n = value.length;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Size of the smallest common alphabet the value is drawn from (hex, alphanumeric, base64, printable). */
export function charsetSize(value: string): number {
  if (/^[0-9a-f]+$/.test(value) || /^[0-9A-F]+$/.test(value)) return 16;
  if (/^[0-9a-fA-F]+$/.test(value)) return 22; // hex in both cases (CoinPayments' keys): its own alphabet, not 62
  if (/^[a-z0-9]+$/.test(value) || /^[A-Z0-9]+$/.test(value)) return 36;
  if (/^[A-Za-z0-9]+$/.test(value)) return 62;
  if (/^[A-Za-z0-9+/=_-]+$/.test(value)) return 64;
  return 94;
}

/** Shortest value a generic rule accepts as a secret. */
export const GENERIC_MIN_LENGTH = 8;

/**
 * Whether a value assigned to a secret-named key looks random enough to be a secret.
 * A random string of length n over k symbols has entropy close to min(log2 k, log2 n); we require
 * `ratio` of that ceiling, so 64 hex chars (ceiling 4.0, random ≈ 3.8) pass at 3.0 while
 * words and repeated filler (`aaaaaaaa`, `passwordpassword`) fall short.
 */
export function looksRandom(value: string, ratio = 0.72): boolean {
  if (value.length < GENERIC_MIN_LENGTH) return false;
  // An `id:secret` pair, as some providers issue them: two random halves pass on their own alphabets (a `:` made two
  // hex halves look like punctuated text); otherwise the whole value is judged (a bot id and its token).
  const halves = value.split(':');
  if (halves.length === 2 && halves.every((half) => /^[A-Za-z0-9_-]{16,}$/.test(half) && looksRandom(half, ratio))) return true;
  if (isRandomByteEscapes(value)) return true;
  // Hex in dashed groups (a BunnyCDN storage password, 8-4-4-12-4-4) is judged on its digits' alphabet.
  if (/^[0-9a-fA-F]+(?:-[0-9a-fA-F]+)+$/.test(value)) return looksRandom(value.replace(/-/g, ''), ratio);
  // A short word before a body with digits (`atsk_` and 64 hex, `pat-` and a token) is judged on its body.
  // So is a letter or few glued to 32 or more hex digits (Daily's `Y` and 64 hex), and a readable prefix of words and
  // a year before 32 or more hex digits (`shop_uber_2025_` and 64 hex: a webhook secret its owner labelled).
  const body = /^[A-Za-z]{2,8}[_-]((?=[A-Za-z]*[0-9])[A-Za-z0-9]{20,})$/.exec(value)?.[1] ?? /^[G-Zg-z][A-Za-z]{0,3}([0-9a-f]{32,})$/.exec(value)?.[1] ??
    /^(?:[A-Za-z0-9]{1,20}[_-]){1,4}([0-9a-f]{32,}|[0-9A-F]{32,})$/.exec(value)?.[1];
  if (body !== undefined) return looksRandom(body, ratio);
  // Hex written in base64 (a Plivo auth token is 30 hex digits in 40 characters) repeats a few dozen character pairs:
  // it is judged as the hex it encodes.
  const hex = value.length >= 24 ? decodeBase64Text(value) : undefined;
  if (hex !== undefined && /^[0-9a-f]{16,}$/.test(hex)) return looksRandom(hex, ratio);
  // Short hex strings are ids and digests far more often than secrets (16 hex chars is a type hash, a short commit).
  if (/^[0-9a-fA-F]+$/.test(value) && value.length < 20) return false;
  const ceiling = Math.min(Math.log2(charsetSize(value)), Math.log2(value.length));
  return shannonEntropy(value) >= ratio * ceiling;
}

/**
 * Whether a value is a key generated over every printable character (`QxB@=4"kfpwR.:m{trL…`): 32 or more characters
 * of both cases, digits and five or more kinds of punctuation, no run of six letters of one case (words, names) and
 * no space; code and text with that many symbols have words in them.
 */
export function isGeneratedPrintable(value: string): boolean {
  if (value.length < 32 || /\s|[a-z]{6}|[A-Z]{6}/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9]/.test(value)) return false;
  return new Set(value.replace(/[A-Za-z0-9]/g, '')).size >= 5 && shannonEntropy(value) >= 4.5;
}

/**
 * Whether a value is a password a tool generated from letters, digits and a few symbols (Wazuh's `…9*aB.4…`, an
 * Elastic reset `…Qx=Lm-42…`, a base64 key with `++`): 16 or more characters of both cases and digits, no run of
 * seven letters of one case, and the kind of character changing at every second step or more, as in no code or text.
 */
export function isGeneratedMixed(value: string): boolean {
  if (!/^[A-Za-z0-9!#%*+.=?@^_~-]{16,128}$/.test(value) || /[a-z]{7}|[A-Z]{7}/.test(value)) return false;
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9]/.test(value) || !/[^A-Za-z0-9]/.test(value)) return false;
  let changes = 0;
  for (let i = 1; i < value.length; i++) if (charKind(value.charCodeAt(i)) !== charKind(value.charCodeAt(i - 1))) changes++;
  return changes * 2 >= value.length && shannonEntropy(value) >= 3.5;
}

// 0 lower case, 1 capital, 2 digit, 3 anything else.
function charKind(code: number): number {
  return code >= 97 && code <= 122 ? 0 : code >= 65 && code <= 90 ? 1 : code >= 48 && code <= 57 ? 2 : 3;
}

/** The orders people type in: the alphabet, the digits, the keyboard's letter rows and its shifted digit row. */
export const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm', '!@#$%^&*()'];

/**
 * Whether a value holds `length` characters in alphabet, digit or keyboard order (`abcd`, `qwer`, `!@#$`); runs of ten
 * or more also backwards (a fixture's `xY9zW8vU7tS6…` read without its digits). A short run backwards (`mnbv`) turns
 * up in random letters too often to mean anything.
 */
export function hasKeyboardRun(value: string, length: number): boolean {
  const lower = value.toLowerCase();
  const reversed = length >= 10 ? [...lower].reverse().join('') : '';
  return SEQUENCES.some((seq) => {
    for (let i = 0; i + length <= seq.length; i++) {
      const run = seq.slice(i, i + length);
      if (lower.includes(run) || (reversed !== '' && reversed.includes(run))) return true;
    }
    return false;
  });
}

/**
 * Whether the text of a Python bytes literal (`\xdd/\xb0f\x0co…`, os.urandom's output pasted as a key) holds random
 * bytes: twelve or more, a third of them or more outside printable ASCII (about 60% are, for random bytes; none are,
 * for typed text), few repeated.
 */
export function isRandomByteEscapes(value: string): boolean {
  if ((value.match(/\\x[0-9a-fA-F]{2}/g) ?? []).length < 4) return false;
  const bytes = [...value.matchAll(/\\x([0-9a-fA-F]{2})|\\(.)|([\s\S])/g)].map(([, hex, escape, char = '']) =>
    hex !== undefined ? parseInt(hex, 16) : escape !== undefined ? ('ntr0'.includes(escape) ? 0 : escape.charCodeAt(0)) : char.charCodeAt(0),
  );
  const unprintable = bytes.filter((b) => b < 0x20 || b > 0x7e).length;
  return bytes.length >= 12 && unprintable * 3 >= bytes.length && new Set(bytes).size * 4 >= bytes.length * 3;
}
