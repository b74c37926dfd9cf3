// Finds base64 and hex strings that decode to text, so secrets hidden in them can be scanned (opt-in: --decode).
// Bounded: runs shorter than MIN_RUN or longer than MAX_RUN characters are not decoded, and at most
// MAX_DECODED_CHARS of decoded text per scanned text; binary results (images, hashes, ciphertext) are dropped.

/** The encodings decoding looks through. */
export const ENCODINGS = ['base64', 'hex'] as const;

/** One of ENCODINGS. */
export type Encoding = (typeof ENCODINGS)[number];

/** How a secret found inside other text was hidden: encoded, or split across concatenated literals. */
export const HIDINGS = [...ENCODINGS, 'split'] as const;

/** One of HIDINGS. */
export type Hiding = (typeof HIDINGS)[number];

/** A span of text that hides a value, the value, and how it was hidden. */
export interface HiddenRun {
  start: number;
  end: number;
  via: Hiding;
  decoded: string;
}

/** An encoded string in a text and what it decodes to. */
export interface EncodedRun {
  start: number;
  end: number;
  encoding: Encoding;
  decoded: string;
}

/** Shortest run decoded: 20 base64 characters hold 15 bytes, enough for `user:password` or a short key. */
export const MIN_RUN = 20;
/** Longest run decoded; longer ones are embedded files (data URIs, fonts), not configuration. */
export const MAX_RUN = 65536;
/** Decoded text per scanned text, in characters; what lies beyond is not decoded. */
export const MAX_DECODED_CHARS = 4 * 1024 * 1024;

const RUN = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/_=-])/g;
const HEX = /^(?:[0-9a-f]{2})+$|^(?:[0-9A-F]{2})+$/;

/** A span [start, end) of a text. */
export type Span = readonly [number, number];

/**
 * Every run in `text` that decodes to printable text, in order; with `windows` (sorted, disjoint spans) only the
 * runs that start inside one. The text is searched once, forward, however many windows there are.
 */
export function findEncodedRuns(text: string, windows: readonly Span[] = [[0, text.length]]): EncodedRun[] {
  const runs: EncodedRun[] = [];
  let budget = MAX_DECODED_CHARS;
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null | undefined;
  for (const [from, to] of windows) {
    while (budget > 0) {
      if (m === undefined || (m !== null && m.index < from)) {
        RUN.lastIndex = Math.max(RUN.lastIndex, from);
        m = RUN.exec(text);
      }
      if (m === null) return runs;
      if (m.index >= to) break;
      const [start, run] = [m.index, m[0]];
      m = undefined;
      if (run.length > MAX_RUN) continue;
      const encoding = HEX.test(run) ? 'hex' : 'base64';
      const decoded = decodeRun(run, encoding);
      if (decoded === undefined) continue;
      budget -= decoded.length;
      runs.push({ start, end: start + run.length, encoding, decoded });
    }
  }
  return runs;
}

/** `run` decoded as `encoding`, or undefined when it is not valid or not mostly printable ASCII text. */
export function decodeRun(run: string, encoding: Encoding): string | undefined {
  if (encoding === 'base64' && !isBase64Shaped(run)) return undefined;
  const bytes = Buffer.from(run, encoding);
  if (bytes.length < 8 || !isPrintable(bytes)) return undefined;
  return bytes.toString('latin1');
}

// Plain identifiers and paths match the alphabet too; real base64 mixes cases and digits and has a valid length.
function isBase64Shaped(run: string): boolean {
  const body = run.replace(/=+$/, '');
  if (body.length % 4 === 1 || (run.length > body.length && run.length % 4 !== 0)) return false;
  return /[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9+/_-]/.test(body);
}

// At most 1 byte in 50 outside printable ASCII, tab and newlines; text, not binary.
function isPrintable(bytes: Uint8Array): boolean {
  let bad = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b > 0x7e) bad++;
  return bad * 50 <= bytes.length;
}
