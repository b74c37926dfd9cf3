import { readLinesAbove } from './scan-windows.js';
import type { LiteralSite } from './weak-literal.js';

// Values a file presents as examples of a setting's format rather than as its value: the same line is a doc comment
// that calls itself an example, or the value sits just under a label that does (a guide's `**Example:**` or
// `**Ejemplo:**` above a code block) or under a Semgrep test annotation. They are reported low.

// ` * Example: $opts['apiKey'] = '…';`, `# e.g.: TOKEN=…`
const COMMENT_EXAMPLE = /^[ \t]*(?:\*|#|\/\/|--|;)[ \t]*(?:e\.g\.|example|for example|sample)[ \t]*:/i;
// OpenAPI Generator's SDK docs give each parameter an example value and its type (`api_key: '…', # String | …`).
const GENERATED_DOC_PARAMETER = /^["'`]?[ \t]*,?[ \t]*(?:#|\/\/)[ \t]*(?:String|str|string)[ \t]*\|[ \t]/;
// A Semgrep rule's test case: the line under `// ruleid: <rule>` (or `# ok: <rule>`) is a sample the rule must match.
const SEMGREP_ANNOTATION = /^[ \t]*(?:\/\/|#|--|\/\*|<!--)[ \t]*(?:ruleid|ok|todoruleid|todook|deepruleid|deepok):[ \t]*[\w.-]+/;
// A line that is only a label: `**Example:**`, `4. **Example:**`, `Ejemplo:`, `#### Exemplo`, `> e.g.`, a doc comment's
// `# @example` tag (YARD, JSDoc), a list's `examples:` key (another secret scanner's rule file: Kingfisher's
// `examples:` under each `pattern:`).
const LABEL_LINE = /^[ \t]*(?:[#>*-][ \t]*|[0-9]{1,2}\.[ \t]+)*(?:\*\*|__|@)?(?:examples?|ejemplos?|exemplos?|exemples?|beispiele?|esempi[oi]|for example|por ejemplo|por exemplo|e\.g\.)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$/i;

// Another secret scanner's test table: the value beside the rule it must trigger (`ruleID:
// "gitleaks:kucoin-secret-key"`, `rule_id: "kingfisher.posthog.2"`) or the answer it must give (`input: "…", matches:
// []string{"…"}`, keyshade's `{ input: '…', expected: true }`).
const PEER_RULE_ID = /\brule_?[iI][dD]["']?[ \t]*[:=][ \t]*["'](?:gitleaks[:.]|kingfisher\.|trufflehog[:.]|np\.|noseyparker[:.])|\bmatches:[ \t]*\[\]string\{|\binput:[ \t]*["'`][^\n]{0,300}\n[ \t]*expected:[ \t]*(?:true|false)\b/;
// The field such a table gives its value in (`value:  "…"`, `input: 'Bearer …'`, `matches: []string{"…"`): only
// then is the block read.
const TABLE_FIELD = /\b(?:value|input|matches)["']?[ \t]*:[ \t]*(?:\[\]string\{)?["'`][^"'`\n]{0,20}$/;

// A decoy a honeypot or canary plants to be found (`# --- AWS credentials (lure) ---` over a fake filesystem), at most
// eight lines above: reported low, not dropped.
const DECOY_LINE = /\b(?:lures?|decoys?|honeypots?|honey ?tokens?|canary ?tokens?)\b/i;

// A sentence that introduces what follows as a likeness (`Here's what it might look like (YOUR values will be
// different):`) over a guide's code block, at most eight lines above.
const LIKENESS_LINE = /\b(?:might|may|could|would) look (?:something )?like\b|\bvalues? (?:will|may|might) (?:be different|differ|vary)\b/i;

// A word-like value whose own line tells the reader to put theirs in its place (Flask-Dance's README: `app.secret_key =
// "supersekrit"  # Replace this with your own secret!`); a random key under such a comment is often the reader's own.
const REPLACE_COMMENT = /^["'`]?[ \t,;)]*(?:#|\/\/)[ \t]*(?:replace|change)[ \t]+(?:(?:this|it|me)[ \t]+)?with[ \t]+your[ \t]+own\b/i;

/**
 * Whether a value is shown as an example: its line's doc comment says so, a Semgrep annotation heads its line, another
 * scanner's test table holds it, a decoy's comment stands above it, or (with `labelAbove`, for generic values: a provider-format key under `**Example:**`
 * is most often the real one, shown as what not to commit) a label line stands at most three lines above it or a
 * likeness sentence eight.
 */
export function isShownAsExample(site: LiteralSite, labelAbove: boolean): boolean {
  if (COMMENT_EXAMPLE.test(site.before ?? '') || GENERATED_DOC_PARAMETER.test(site.after ?? '')) return true;
  if (site.value.length <= 24 && !/[0-9]/.test(site.value) && REPLACE_COMMENT.test(site.after ?? '')) return true;
  if (SEMGREP_ANNOTATION.test(readLastLine(site.above ?? ''))) return true;
  if (TABLE_FIELD.test(site.before ?? '') && PEER_RULE_ID.test(site.block ?? '')) return true;
  const above = readLinesAbove(site);
  if (above.slice(-8).some((line) => DECOY_LINE.test(line))) return true;
  if (!labelAbove) return false;
  return above.slice(-3).some((line) => LABEL_LINE.test(line)) || above.slice(-8).some((line) => LIKENESS_LINE.test(line));
}

// An object or list named for a demo (`const demoCredentials = {`, `DEMO_USERS: [`, `demo_login = dict(`), opened on
// the value's line or at most four lines above it.
const DEMO_OPENER = /(?:^|[^A-Za-z0-9])demo[A-Za-z0-9_]*["']?[ \t]*(?:[:=]|=>)[ \t]*(?:dict\(|[[{(])/i;

// The last line of whole lines (`above` ends with a line break).
function readLastLine(lines: string): string {
  return lines.slice(lines.lastIndexOf('\n', lines.length - 2) + 1);
}

/** Whether a value sits in a demo login that an app shows its visitors to try it (public by design). */
export function isDemoLogin(site: LiteralSite): boolean {
  return [...readLinesAbove(site).slice(-4), site.before ?? ''].some((line) => DEMO_OPENER.test(line));
}
