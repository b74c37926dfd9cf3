import { readLinesAbove } from './scan-windows.js';
import type { LiteralSite } from './weak-literal.js';

// Values whose own comment says they are public: the OAuth client secret an installed app ships in every build
// (the GitHub CLI's "This value is safe to be embedded in version control", the Gemini CLI quoting Google: "the
// client secret is obviously not treated as a secret"), or a docs value whose comment says it is no real key
// ("Don't panic! This isn't a real API key"). The comment block right above the value, or a comment after it on its
// line, is read; a sentence elsewhere in the file says nothing about this value.

const SAYS_PUBLIC = new RegExp(
  [
    String.raw`\bsafe to (?:be )?(?:embed|commit|check|store|save|publish|share|include)`,
    String.raw`\bok(?:ay)? to (?:save|commit|store|embed|check|publish|share|include)\b[^\n]{0,40}\b(?:git|repo(?:sitory)?|version control|source|public)`,
    String.raw`\bnot (?:treated as |really |actually |considered )?(?:a )?secret\b`,
    String.raw`\bpublic by design\b`,
    String.raw`\b(?:is|are) meant to be public\b`,
    String.raw`\bintentionally public\b`,
    String.raw`\b(?:is ?n[o'’]?t|not) a real (?:api )?(?:key|token|secret|password)\b`,
  ].join('|'),
  'i',
);
const COMMENT_LINE = /^[ \t]*(?:\/\/|#|\*|\/\*|--|;)/;
const MAX_COMMENT_LINES = 8;

/** Whether the comment right above the value, or after it on its line, calls the value public. */
export function isDeclaredPublic(site: LiteralSite): boolean {
  if (/(?:\/\/|#)[^\n]*$/.test(site.after ?? '') && SAYS_PUBLIC.test(site.after ?? '')) return true;
  const above = readLinesAbove(site);
  const comment: string[] = [];
  for (let i = above.length - 1; i >= 0 && comment.length < MAX_COMMENT_LINES; i--) {
    const line = above[i] ?? '';
    if (!COMMENT_LINE.test(line)) break;
    comment.unshift(line.replace(COMMENT_LINE, ''));
  }
  return comment.length > 0 && SAYS_PUBLIC.test(comment.join(' '));
}
