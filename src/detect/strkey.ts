// Stellar's StrKey format (`S…` secret seeds, `G…` account ids): base32 (RFC 4648, no padding) of a version byte,
// the 32-byte key and the CRC16-XModem of those 33 bytes, low byte first. 56 characters for an ed25519 key. NATS
// nkeys took the scheme over with two prefix bytes for a seed (`SU…`, `SA…`: 36 bytes, 58 characters).

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Whether a StrKey's checksum holds: 35 or 36 bytes of base32 whose last two are the CRC16-XModem of the rest. */
export function verifyStrKey(value: string): boolean {
  const bytes = decodeBase32(value);
  if (bytes === undefined || (bytes.length !== 35 && bytes.length !== 36)) return false;
  const end = bytes.length - 2;
  const crc = crc16Xmodem(bytes.subarray(0, end));
  return bytes[end] === (crc & 0xff) && bytes[end + 1] === crc >> 8;
}

function decodeBase32(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const digit = BASE32.indexOf(ch);
    if (digit < 0) return undefined;
    buffer = ((buffer << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** CRC16-XModem (polynomial 0x1021, initial value 0), as Stellar computes it. */
function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
