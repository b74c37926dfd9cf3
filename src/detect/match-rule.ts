import { verifyChecksum } from './checksum.js';
import type { PreparedRule } from './prepare-pack.js';
import { isManagedHostPassword } from './credential-site.js';
import { isRemoteMailPassword } from './mail-site.js';
import { judgeValue } from './judge-value.js';
import { reachLine, readBlockAround, readLineAround, readLinesBefore, type Window } from './scan-windows.js';
import type { LiteralSite } from './weak-literal.js';

// Runs one content rule over a text and returns the spans that survive the value filters.

/**
 * How sure a single match is, beside its rule's confidence: `verified` (its checksum holds: it blocks even in a
 * test file), `unverified` (its checksum fails: a made-up value), `weak` (a short or guessable literal) or, for a
 * file that is itself the finding, `unfilled` (no secret value in it). All but the first are reported at low
 * confidence, so they never block by default.
 */
export const HIT_GRADES = ['verified', 'unverified', 'weak', 'unfilled'] as const;

/** One of HIT_GRADES. */
export type HitGrade = (typeof HIT_GRADES)[number];

/** A surviving match: the whole match span and the secret span (offsets into the text). */
export interface RuleHit {
  start: number;
  end: number;
  secretStart: number;
  secretEnd: number;
  secret: string;
  grade?: HitGrade;
  /** Why a `weak` hit is weak (the judgement's reason: a database on this machine, a key made to be public…). */
  why?: string;
  /** Set when the secret is the password of a database or mail server on the internet (credential-site, mail-site). */
  managedHost?: true;
}

/** Longest line (in chars) generic rules will look at; longer lines are minified code or data. */
export const GENERIC_MAX_LINE = 4000;

/** Where and how to match: the windows to search and the line-length lookup for generic rules. */
export interface MatchScope {
  text: string;
  windows: readonly Window[];
  lineLength: (offset: number) => number;
}

/** All hits of `prepared` in the scope's windows; generic rules skip very long lines. */
export function matchRule(prepared: PreparedRule, scope: MatchScope): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const [start, end] of scope.windows) {
    const sub = start === 0 && end === scope.text.length ? scope.text : scope.text.slice(start, end);
    matchWindow(prepared, sub, start, scope, hits);
  }
  return hits;
}

// A comment marker opening the line (`#`, `//`, `/*`, a doc-comment `*`, SQL `-- `, INI `;`, `<!--`), or a Python
// doctest prompt (`>>> `, `... `): documentation, not configuration.
const COMMENT_START = /^[ \t]*(?:#|\/\/|\/\*|\*(?:[ \t]|$)|--(?:[ \t]|$)|;|<!--|(?:>>>|\.\.\.)(?:[ \t]|$))/;

// A setting on a commented-out line is not in effect (`# DEBUG = True`, a JSDoc example of `session({ secret:
// 'keyboard cat' })`, a doctest's `>>> jwt.encode(payload, 'secret')`): misconfiguration rules skip it. Secrets are not skipped: a commented-out key still leaked.
function isCommentedOut(text: string, offset: number): boolean {
  const start = reachLine(text, offset, -1, 200);
  // Further than that from its line's start, the line's opening is not seen: not taken for a comment.
  return (start === 0 || text.charCodeAt(start - 1) === 10) && COMMENT_START.test(text.slice(start, offset));
}

// Inside a Python module's docstring (one that shows `DEBUG = True` as an example of another file): the text opens,
// after comment and blank lines, with `"""` or `'''`, and the match comes before it closes.
function isInDocstring(text: string, offset: number): boolean {
  const open = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[rRuU]?("""|''')/.exec(text.slice(0, 2000));
  if (open?.[1] === undefined) return false;
  const close = text.indexOf(open[1], open[0].length);
  return offset >= open[0].length && (close === -1 || offset < close);
}

function matchWindow(prepared: PreparedRule, text: string, base: number, scope: MatchScope, hits: RuleHit[]): void {
  const regex = prepared.content();
  if (regex === undefined) return;
  const { rule } = prepared;
  const { lineLength } = scope;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    const span = m.indices?.[rule.secretGroup] ?? m.indices?.[0];
    if (span === undefined) continue;
    // A whole match may open with the blank before its setting (`(?:^|\s)tls_reqcert …`): the finding's line is the setting's.
    const lead = span === m.indices?.[0] ? /^\s*/.exec(m[0])?.[0].length ?? 0 : 0;
    const [secretStart, secretEnd] = [span[0] + base + Math.min(lead, span[1] - span[0]), span[1] + base];
    if (rule.kind === 'misconfig' && (isCommentedOut(scope.text, base + m.index) || isInDocstring(scope.text, base + m.index))) continue;
    if (rule.generic && lineLength(secretStart) > GENERIC_MAX_LINE) continue;
    const secret = scope.text.slice(secretStart, secretEnd);
    const key = m.groups?.['key'] ?? m[0];
    // The block and the lines above are built on their first read, by the checks that need them (a password's host, a
    // Firebase config, a class field's URL): not for every match, and once for a match several checks read them for.
    let block: string | undefined;
    let above: string | undefined;
    const site: LiteralSite = {
      value: secret,
      key,
      ...readLineAround(scope.text, secretStart, secretEnd),
      get block() { return (block ??= readBlockAround(scope.text, secretStart, secretEnd)); },
      get above() { return (above ??= readLinesBefore(scope.text, secretStart, 2000)); },
    };
    const judged = judgeValue(rule, prepared.allow(), site);
    if (judged.verdict === 'drop') continue;
    const hit: RuleHit = { start: base + m.index, end: base + m.index + m[0].length, secretStart, secretEnd, secret };
    if (judged.verdict === 'weak') {
      hit.grade = 'weak';
      hit.why = judged.reason;
    }
    // A weak password of a database on the internet is still reported outside docs (low): it opens that database. Also
    // when a misconfiguration rule reports the value (a compose file's literal password; its value is redacted).
    if ((rule.kind === 'secret' || rule.redact) && (isManagedHostPassword(site) || isRemoteMailPassword(site))) hit.managedHost = true;
    if (rule.checksum !== undefined) hit.grade = verifyChecksum(rule.checksum, secret) === 'valid' ? 'verified' : 'unverified';
    hits.push(hit);
  }
}
