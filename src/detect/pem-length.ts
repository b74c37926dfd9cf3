// A PEM block's body is DER: its first bytes say how long the whole structure is. A key whose body holds a fraction
// of that length was cut short by hand (a fixture's `MIIEvQIBADANBg…==`, a docs excerpt) and opens nothing.

const PEM_BODY = /^-----BEGIN [^-\n]{1,60}-----(?:\r?\n|\\n)((?:[A-Za-z0-9-]{1,40}:[^\n]*\r?\n)*)([\s\S]*?)-----END [^-\n]{1,60}-----/;

/** Whether a PEM block's DER body is much shorter than the length its own header declares. */
export function isTruncatedPem(block: string): boolean {
  const body = PEM_BODY.exec(block.trim())?.[2]?.replace(/\\[nrt]|[\s\\"',;]/g, '');
  if (body === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const der = Buffer.from(body, 'base64');
  const declared = readDeclaredLength(der);
  return declared !== undefined && der.length < declared / 2;
}

// The length of a DER SEQUENCE (tag 0x30) with its header: short form (one byte) or long form (1 to 3 length bytes).
function readDeclaredLength(der: Buffer): number | undefined {
  if (der.length < 2 || der[0] !== 0x30) return undefined;
  const first = der[1] ?? 0;
  if (first < 0x80) return first + 2;
  const count = first & 0x7f;
  if (count < 1 || count > 3 || der.length < 2 + count) return undefined;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (der[2 + i] ?? 0);
  return length + 2 + count;
}
