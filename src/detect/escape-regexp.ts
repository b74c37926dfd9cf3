// A value read from the scanned text, made safe to embed in a RegExp: masked keys (`AIza***`) and values with `+`,
// `?`, `(` or `[` would otherwise make an invalid pattern (a crash) or one that means something else.

/** `text` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
