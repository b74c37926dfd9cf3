// The one line of a rule's help a terminal report shows: the first sentence that says what to do. Help text
// explains the risk first ("Anyone who can read the repository…") and the remedy after, so the first sentence
// alone would label a description as the fix.

// Verbs that open a remedy in the pack's help texts ("Revoke it in…", "Set DEBUG from the environment…").
const REMEDY_VERBS = new Set([
  'add', 'allow', 'ask', 'bind', 'change', 'check', 'claim', 'create', 'deactivate', 'decode', 'delete', 'disable',
  'drive', 'drop', 'enable', 'expire', 'fail', 'fetch', 'finish', 'generate', 'give', 'invalidate', 'keep', 'leave',
  'list', 'load', 'make', 'mount', 'move', 'pass', 'pin', 'point', 'put', 'read', 'record', 'regenerate', 'reissue', 'rekey',
  'remove', 'rename', 'replace', 'reset', 'restrict', 'review', 'revoke', 'roll', 'rotate', 'run', 'serve', 'set',
  'sign', 'store', 'treat', 'trust', 'turn', 'uninstall', 'use',
]);

/**
 * The first sentence of `help` that starts with a remedy verb, or with a condition followed by one ("If it is
 * real, rotate it…"); the first sentence when none does.
 */
export function pickFixHint(help: string): string {
  const sentences = splitSentences(help);
  return sentences.find(isRemedy) ?? sentences[0] ?? '';
}

function isRemedy(sentence: string): boolean {
  const opensWithVerb = (text: string): boolean => REMEDY_VERBS.has(/^[A-Za-z]+/.exec(text)?.[0]?.toLowerCase() ?? '');
  if (opensWithVerb(sentence)) return true;
  const conditional = /^(?:If|When|Unless)\b[^,]*,\s*(.*)$/.exec(sentence);
  return conditional?.[1] !== undefined && opensWithVerb(conditional[1]);
}

// A sentence ends at `.`, `!` or `?` followed by a space or the end (so `.env` and `1.5` do not end one).
function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  return (flat.match(/.*?[.!?](?= |$)|.+$/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}
