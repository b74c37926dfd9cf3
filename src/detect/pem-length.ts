import { LITERAL_JOIN, readDerElement } from './der.js';

// A PEM block's body is DER: its first bytes say how long the whole structure is. A key whose body holds a fraction
// of that length was cut short by hand (a fixture's `MIIEvQIBADANBg…==`, a docs excerpt) and opens nothing.

const PEM_BODY = /^-----BEGIN [^-\n]{1,60}-----(?:\r?\n|\\n)((?:[A-Za-z0-9-]{1,40}:[^\n]*\r?\n)*)([\s\S]*?)-----END [^-\n]{1,60}-----/;

/** Whether a PEM block's DER body, or a bare base64 key, is much shorter than the length its own header declares. */
export function isTruncatedKey(block: string): boolean {
  const text = block.trim();
  const armoured = text.startsWith('-----BEGIN') ? PEM_BODY.exec(text)?.[2] : text;
  // Joins of a key split over string literals (`"MIIC…" +\n "…"`) go first, or their `+` would count as base64.
  const body = armoured?.replace(LITERAL_JOIN, '').replace(/\\[nrt]|[\s\\"',;]/g, '');
  if (body === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const der = Buffer.from(body, 'base64');
  const declared = readDeclaredLength(der);
  return declared !== undefined && der.length < declared / 2;
}

// The length of a DER SEQUENCE (tag 0x30) with its header.
function readDeclaredLength(der: Buffer): number | undefined {
  const outer = readDerElement(der, 0);
  return outer?.tag === 0x30 ? outer.start + outer.length : undefined;
}
