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

/** A source line with every given secret masked; `secrets` are the values found on that line. */
export function redactLine(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length > 0) out = out.split(secret).join(redactSecret(secret));
  }
  return out;
}

/** The finding's line as it may be printed, masking its own secret and any other secrets given. */
export function presentLine(finding: Finding, showSecrets: boolean, otherSecrets: readonly string[] = []): string {
  if (showSecrets) return finding.lineText;
  const secrets = finding.redact ? [finding.secret, ...otherSecrets] : otherSecrets;
  return redactLine(finding.lineText, secrets);
}
