// DER, the binary form inside a PEM block: each element is a tag, a length (short form, or long form in 1 to 3 bytes)
// and its content. Read only as far as the checks on made-up and cut-short keys need.

/** A DER element's tag, where its content starts and how long the content is. */
export interface DerElement {
  tag: number;
  start: number;
  length: number;
}

/** The element whose header starts at `at`, or undefined when the header is cut off or longer than 3 length bytes. */
export function readDerElement(der: Buffer, at: number): DerElement | undefined {
  if (der.length < at + 2) return undefined;
  const tag = der[at] ?? 0;
  const first = der[at + 1] ?? 0;
  if (first < 0x80) return { tag, start: at + 2, length: first };
  const count = first & 0x7f;
  if (count < 1 || count > 3 || der.length < at + 2 + count) return undefined;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (der[at + 2 + i] ?? 0);
  return { tag, start: at + 2 + count, length };
}

/** Where code splits a key's base64 over string literals (`"MIIC…" +\n  "…"`, PHP's `.`, Python's bare juxtaposition). */
export const LITERAL_JOIN = /["'`]\s*[+.]?\s*["'`]/g;
