// Cloudflare Tunnel tokens are base64 JSON: `a` the account tag (32 hex digits), `t` the tunnel id (a UUID) and `s`
// the tunnel secret (base64 of 32 random bytes). A setup guide's invented token rarely gets all three right: a UUID
// for the account, a secret of a few bytes. Grafana Cloud access policy tokens are `glc_` and base64 JSON too: `o`
// the org, `n` the token's name, `k` its random key and `m` the region.

const ACCOUNT_TAG = /^[0-9a-f]{32}$/;
const TUNNEL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET_BYTES = 32;

/** Whether `token` decodes to a tunnel token's three fields in the shapes Cloudflare issues. */
export function verifyTunnelToken(token: string): boolean {
  const fields = parseJson(Buffer.from(token, 'base64').toString('utf8'));
  if (typeof fields !== 'object' || fields === null || !('a' in fields) || !('t' in fields) || !('s' in fields)) return false;
  const { a, t, s } = fields;
  return (
    typeof a === 'string' &&
    ACCOUNT_TAG.test(a) &&
    typeof t === 'string' &&
    TUNNEL_ID.test(t) &&
    typeof s === 'string' &&
    Buffer.from(s, 'base64').length >= SECRET_BYTES
  );
}

/** Whether a Grafana Cloud token decodes to JSON with no random key in it (a fixture's `{"o":"123456",…}`). */
export function isHollowGrafanaToken(token: string): boolean {
  if (!token.startsWith('glc_eyJ')) return false;
  const fields = parseJson(Buffer.from(token.slice(4), 'base64').toString('utf8'));
  if (typeof fields !== 'object' || fields === null) return false;
  return !('k' in fields) || typeof fields.k !== 'string' || fields.k.length < 16;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
