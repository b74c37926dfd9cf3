import { looksRandom } from '../detect/entropy.js';
import type { Finding } from '../types.js';

// Every reporter shows secrets only through these functions, so redaction cannot be forgotten.

const MASK = '*****';

/** Masks a secret, keeping a short prefix (never more than a fifth of it) so users can recognise the key. */
export function redactSecret(secret: string): string {
  const keep = Math.min(4, Math.floor(secret.length / 5));
  return secret.slice(0, keep) + MASK;
}

/** The finding's value as it may be printed: masked unless the user asked for secrets in clear. */
export function presentSecret(finding: Finding, showSecrets: boolean): string {
  return showSecrets || !finding.redact ? finding.secret : redactSecret(finding.secret);
}

// Characters that continue a key: a rule that keeps only the first 200 characters of a longer value must not
// leave the rest of it in clear after the mask. Nor the keys listed after it (`KEYS = "k1,k2,…"`, a rotation pool
// the rule reads only the first of): each run of 16 key characters or more after a separator is masked too.
const KEY_TAIL = /^[A-Za-z0-9_+/=-]*((?:[,;| ][ \t]?[A-Za-z0-9_+/=-]{16,})*)/;
const LISTED_KEY = /[A-Za-z0-9_+/=-]{16,}/g;
// Nor the rest of a value the rule's characters stopped short of: a key holding `?`, `)` or `!`
// (`dA7u…+T?…)…`) goes on, in clear, up to the next blank, quote or separator.
const VALUE_TAIL = /^[?!#$%^*()~\\[\]{}](?=[^\s"'`<>,;&@]*[A-Za-z0-9]{3})[^\s"'`<>,;&@]*/;
// Nor the rest of a URL's password holding `@` when a rule stopped at its first one: what lies between the secret and
// the URL's last `@` before its host is the password too.
const URL_PASSWORD_TAIL = /^@[^\s"'`<>/@]{1,200}(?=@)/;

/** A source line with every given secret masked; `secrets` are the values found on that line. */
export function redactLine(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length > 0) out = maskEach(out, secret);
  }
  return out;
}

function maskEach(line: string, secret: string): string {
  const parts = line.split(secret);
  const masked = redactSecret(secret);
  const unlisted = (part: string): string => {
    const [tail = '', list = ''] = KEY_TAIL.exec(part) ?? [];
    const after = part.slice(tail.length);
    return list === '' ? after.replace(VALUE_TAIL, MASK).replace(URL_PASSWORD_TAIL, `@${MASK}`) : list.replace(LISTED_KEY, MASK) + after;
  };
  return parts.reduce((out, part, i) => (i === 0 ? part : out + masked + unlisted(part)));
}

// A random run no rule read may still be a secret (the key paired with a reported key id, in a call no rule knows):
// a printed line masks every run of 20 or more key characters that looks random, whatever found it. `=` only pads a
// run's end: a setting's name before it (`export HOMEBREW_GITHUB_API_TOKEN=2f07*****`) is no part of the run.
const KEY_RUN = /(?<![A-Za-z0-9_+/-])(?=[A-Za-z_+/-]*[0-9])(?=[0-9_+/-]*[A-Za-z])[A-Za-z0-9_+/-]{20,}={0,2}(?![A-Za-z0-9_+/=-])/g;

// Words joined by `/`, `_` or `-` (`src/components/UserProfileCard2`, `MAX_RETRY_COUNT_3`) are a path or a name.
const WORD = /^(?:[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+)[0-9]{0,4}$/;

/** A line with every random-looking run of key characters masked as a secret would be. */
export function maskRandomRuns(line: string): string {
  return line.replace(KEY_RUN, (run) => (looksRandom(run) && !run.split(/[/_-]+/).every((part) => WORD.test(part)) ? redactSecret(run) : run));
}

/** The finding's line as it may be printed, masking its own secret, any other secrets given and random runs. */
export function presentLine(finding: Finding, showSecrets: boolean, otherSecrets: readonly string[] = []): string {
  if (showSecrets) return finding.lineText;
  const secrets = finding.redact ? [finding.secret, ...otherSecrets] : otherSecrets;
  return maskRandomRuns(redactLine(finding.lineText, secrets));
}
