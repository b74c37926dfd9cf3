// The one line of a rule's help a terminal report shows: the first sentence that says what to do. Help text
// explains the risk first ("Anyone who can read the repository…") and the remedy after, so the first sentence
// alone would label a description as the fix.

// Verbs that open a remedy in the pack's help texts ("Revoke it in…", "Set DEBUG from the environment…").
const REMEDY_VERBS = new Set([
  'add', 'allow', 'ask', 'bind', 'change', 'check', 'create', 'deactivate', 'decode', 'delete', 'disable', 'drive',
  'drop', 'enable', 'fail', 'fetch', 'finish', 'generate', 'keep', 'leave', 'list', 'load', 'make', 'mount', 'move',
  'pass', 'pin', 'point', 'put', 'read', 'regenerate', 'remove', 'rename', 'replace', 'reset', 'restrict', 'review',
  'revoke', 'roll', 'rotate', 'run', 'serve', 'set', 'sign', 'store', 'treat', 'turn', 'uninstall', 'use',
]);

/** The first sentence of `help` that starts with a remedy verb; the first sentence when none does. */
export function pickFixHint(help: string): string {
  const sentences = splitSentences(help);
  const remedy = sentences.find((s) => REMEDY_VERBS.has(/^[A-Za-z]+/.exec(s)?.[0]?.toLowerCase() ?? ''));
  return remedy ?? sentences[0] ?? '';
}

// A sentence ends at `.`, `!` or `?` followed by a space or the end (so `.env` and `1.5` do not end one).
function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  return (flat.match(/.*?[.!?](?= |$)|.+$/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}
