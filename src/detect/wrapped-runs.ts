import { findEncodedRuns, type EncodedRun, type Span } from './encoded-runs.js';

// Keys wrapped in base64 on purpose, found without --decode: a base64 string passed to a decoding call
// (`b64decode("c2st…")`, `atob(…)`, `Buffer.from(…, 'base64')`), or one that starts with the encoding of a
// provider's key prefix (`c2stcHJvai` is `sk-proj-`). People wrap keys so that scanners pass them by; the
// wrapping is the tell, so only these strings are decoded, one level deep, at the cost of a keyword each.

// Decoding calls across languages, lower-case (the keyword pass folds case).
const DECODE_CALLS = [
  'b64decode(',
  'atob(',
  'base64_decode(',
  'frombase64string(',
  'decode64(',
  'decodestring(',
  'base64.decode(',
  'base64decode(',
  'getdecoder().decode(',
  "'base64')",
  '"base64")',
  'base64 -d',
  'base64 --decode',
];

/** Key prefixes whose base64 form marks a wrapped key when it starts a string (and that split-literals.ts joins). */
export const KEY_PREFIXES = ['sk-', 'sk_live_', 'rk_live_', 'SG.', 'whsec_', 'shpat_', 'ghp_', 'gho_', 'ghs_', 'github_pat_', 'glpat-', 'xoxb-', 'xoxp-', 'AKIA', 'AIza', 'hf_', 'gsk_', 'tvly-', 'pplx-', 'xai-', 'dop_v1_', 'npm_', 'pypi-', 'cfsk_ma_prod_', 'rzp_live_', '-----BEGIN'];

// Also a Kubernetes pull secret's .dockerconfigjson (`{"auths":…` in base64), whose registry logins are inside, and a
// Google service account's key file as an environment value (`GOOGLE_SA_KEY_JSON_BASE64=ewogICJ0eXBlIjog…`, as
// written by `base64 -w0 key.json`, or compact): wrappings to look through, not key prefixes that split literals start with.
const WRAP_PREFIXES = [...KEY_PREFIXES, '{"auths":', '{\n  "type": "service_account"', '{"type":"service_account"'];

/** The keywords that make `findWrappedRuns` look at a text: decoding calls and encoded key prefixes. */
export const WRAP_KEYWORDS: readonly string[] = [...DECODE_CALLS, ...WRAP_PREFIXES.map((p) => encodePrefix(p).toLowerCase())];

// Where the wrapped string may start around a keyword: before it (`Buffer.from("…", 'base64')`), at it (an
// encoded prefix) or just after it (a call's argument); never beyond the keyword's line.
const BEFORE = 4096;
const AFTER = 256;

/** The base64 strings that decode to text near `offsets` (keyword hits of WRAP_KEYWORDS; [-1]: anywhere). */
export function findWrappedRuns(text: string, offsets: readonly number[]): EncodedRun[] {
  const windows: Span[] = [];
  if (offsets[0] === -1) windows.push([0, text.length]);
  else {
    for (const offset of [...offsets].sort((a, b) => a - b)) {
      const from = Math.max(0, offset - BEFORE);
      const before = text.slice(from, offset).lastIndexOf('\n');
      const after = text.slice(offset, offset + AFTER).indexOf('\n');
      const [start, end] = [before === -1 ? from : from + before + 1, after === -1 ? Math.min(text.length, offset + AFTER) : offset + after];
      const last = windows.at(-1);
      if (last !== undefined && start <= last[1]) windows[windows.length - 1] = [last[0], Math.max(last[1], end)];
      else windows.push([start, end]);
    }
  }
  return findEncodedRuns(text, windows).filter((run) => run.encoding === 'base64');
}

// The base64 characters fixed by `prefix` alone, whatever follows it (6 bits each).
function encodePrefix(prefix: string): string {
  return Buffer.from(prefix).toString('base64').slice(0, Math.floor((prefix.length * 8) / 6));
}
