import { createHash } from 'node:crypto';

// Credentials their owners publish on purpose and every copy of which is the same public value, kept by SHA-256 so
// that the repository holds none of them in clear: the Epic Games Launcher's own OAuth client secret, which the
// open-source launchers (Legendary, Heroic, Playnite) sign in with.
const PUBLISHED_SHA256: ReadonlySet<string> = new Set(['16f0f58467b744dd8061ea08b1c276fb33832d79e562758a018d986b8b668bb3']);

/** Whether a value is a credential its owner publishes, matched by its SHA-256 (`hashes`: the list to match). */
export function isPublishedCredential(value: string, hashes: ReadonlySet<string> = PUBLISHED_SHA256): boolean {
  if (value.length < 16 || value.length > 128) return false;
  return hashes.has(createHash('sha256').update(value).digest('hex'));
}
