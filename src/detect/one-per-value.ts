import { SEVERITIES } from '../types.js';
import type { ContentHit } from './content-hits.js';
import type { PreparedRule } from './prepare-pack.js';

// One finding per value: when two rules report the same value, the one that says more stays.

/** The hits left once generic rules shadowed by specific ones and rules named in another's `supersedes` are dropped. */
export function keepOneFindingPerValue(hits: readonly ContentHit[], rules: readonly PreparedRule[]): ContentHit[] {
  return dropYieldingSecrets(dropSuperseded(dropShadowedGeneric(hits, rules), rules), rules);
}

// A generic rule that re-finds what a provider rule already found on the same span only adds noise; not when the
// specific rule is a less severe misconfiguration (`SECRET_KEY = os.getenv(..., '<48 random hex>')`: a medium
// "hard-coded fallback" must not hide the high secret). A less severe secret rule (a password hash) still does, and
// a weak generic value (`'dev-key'`) adds nothing to the misconfiguration.
function dropShadowedGeneric(hits: readonly ContentHit[], rules: readonly PreparedRule[]): ContentHit[] {
  const generic = (hit: ContentHit): boolean => rules[hit.rule]?.rule.generic === true;
  const rank = (hit: ContentHit): number => SEVERITIES.indexOf(rules[hit.rule]?.rule.severity ?? 'low');
  const covers = (s: ContentHit, hit: ContentHit): boolean => rules[s.rule]?.rule.kind === 'secret' || rank(s) <= rank(hit) || hit.grade === 'weak';
  const specific = hits.filter((h) => !generic(h));
  const overlaps = (a: ContentHit, b: ContentHit): boolean => a.secretStart < b.secretEnd && b.secretStart < a.secretEnd;
  // One finding per rule for a value repeated on its line (`url = prod ? "postgres://…" : "postgres://…"`, a
  // publish profile's three methods): the line is one leak, and its one fix.
  const seen = new Set<string>();
  const kept = hits.filter((hit) => {
    const key = `${hit.rule}:${hit.line}:${hit.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (!generic(hit)) return true;
    return !specific.some((s) => overlaps(s, hit) && covers(s, hit));
  });
  // The generic secret that outranked a misconfiguration on the same value is its one finding (not also "fallback"),
  // and so is any secret that outranked a misconfiguration marked `yieldsToSecrets` (a key's value in render.yaml).
  // Other pairs that say the same thing name each other in `supersedes`; a misconfiguration that says something else
  // about a secret (a browser-exposed env name) stays beside it.
  const outranking = kept.filter((h) => rules[h.rule]?.rule.kind === 'secret');
  const outranks = (s: ContentHit, hit: ContentHit): boolean =>
    (generic(s) || rules[hit.rule]?.rule.yieldsToSecrets === true) && overlaps(s, hit) && rank(s) < rank(hit);
  return kept.filter((hit) => generic(hit) || rules[hit.rule]?.rule.kind !== 'misconfig' || !outranking.some((s) => outranks(s, hit)));
}

// A rule that names another in `supersedes` replaces that rule's finding on an overlapping value.
function dropSuperseded(hits: readonly ContentHit[], rules: readonly PreparedRule[]): ContentHit[] {
  const superseding = hits.filter((h) => rules[h.rule]?.rule.supersedes !== undefined);
  if (superseding.length === 0) return [...hits];
  return hits.filter((hit) => {
    const id = rules[hit.rule]?.rule.id ?? '';
    return !superseding.some((s) => rules[s.rule]?.rule.supersedes?.includes(id) === true && s.secretStart < hit.secretEnd && hit.secretStart < s.secretEnd);
  });
}

// A credential-file secret rule marked `yieldsToSecrets` (a NuGet ClearTextPassword, a URL's password) reports a value
// only when no other secret rule reads it: a `ghp_` token in either is the GitHub rule's one finding.
function dropYieldingSecrets(hits: readonly ContentHit[], rules: readonly PreparedRule[]): ContentHit[] {
  const isSecret = (hit: ContentHit): boolean => rules[hit.rule]?.rule.kind === 'secret';
  const yields = (hit: ContentHit): boolean => isSecret(hit) && rules[hit.rule]?.rule.yieldsToSecrets === true;
  const readers = hits.filter((hit) => isSecret(hit) && !yields(hit));
  if (readers.length === hits.length) return [...hits];
  return hits.filter((hit) => !yields(hit) || !readers.some((r) => r.secretStart < hit.secretEnd && hit.secretStart < r.secretEnd));
}
