import type { ContentHit } from './content-hits.js';
import { decodeBase64Text } from './placeholder.js';
import type { PreparedRule } from './prepare-pack.js';

// Random keys do not share runs of characters. Two different 20+ character values in one file that hold the same
// runs in two or more separate places were typed or pasted together by hand, the way a README builds its "example
// secrets.yaml" from one mashed string (`7tZ1…irBYLgo…FTK7ow3…` and `7t1F…9LG7ir…FTK7ow3…`). One shared stretch is
// not enough: keys of one account share theirs (a Stripe secret and publishable key, two Slack tokens of one
// workspace). Values that decode from base64 (a Kubernetes Secret's URL and password share bytes), JWTs (they share
// their header), WinSCP's saved passwords (`A35C…`: the password obfuscated together with the user and host, which a
// site's sessions share) and values holding other characters than letters, digits, `_` and `-` are left alone.

const RUN = 6;
const MIN_LENGTH = 20;
const MAX_LENGTH = 200; // keys are shorter; a cap keeps the pairwise comparison cheap

/** The hits, with secrets that share two or more separate runs with another, different secret graded weak. */
export function markSharedFragments(hits: readonly ContentHit[], rules: readonly PreparedRule[]): ContentHit[] {
  const values = [...new Set(hits.filter((hit) => rules[hit.rule]?.rule.kind === 'secret' && isComparable(hit.secret)).map((hit) => hit.secret))];
  if (values.length < 2 || values.length > 200) return [...hits];
  const byRun = new Map<string, number[]>();
  values.forEach((value, index) => {
    for (const run of new Set(listRuns(value))) byRun.set(run, [...(byRun.get(run) ?? []), index]);
  });
  const pairs = new Set<string>();
  for (const owners of byRun.values()) for (const a of owners) for (const b of owners) if (a < b) pairs.add(`${a}:${b}`);
  const shared = new Set<string>();
  for (const pair of pairs) {
    const [a = '', b = ''] = pair.split(':').map((index) => values[Number(index)] ?? '');
    if (a.includes(b) || b.includes(a) || countSharedStretches(a, b) < 2) continue;
    shared.add(a).add(b);
  }
  if (shared.size === 0) return [...hits];
  return hits.map((hit) => (shared.has(hit.secret) && hit.grade === undefined ? { ...hit, grade: 'weak' } : hit));
}

function isComparable(value: string): boolean {
  // Keys only: connection strings and URLs of one service share their wording (`;AccountKey=`, `/services/T…/`).
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) return false;
  return !value.startsWith('eyJ') && !/^A35C[0-9A-F]+$/.test(value) && !isEncodedText(value);
}

// Base64 of text (a PEM key, a URL), also unpadded or cut: most of its decoded bytes are printable; a random key's are not.
function isEncodedText(value: string): boolean {
  if (decodeBase64Text(value) !== undefined) return true;
  const bytes = Buffer.from(value.slice(0, Math.min(value.length, 400) & ~3), 'base64');
  return bytes.length > 0 && bytes.filter((byte) => byte >= 0x20 && byte < 0x7f).length >= 0.9 * bytes.length;
}

// Every run of RUN characters that is not filler (`aaaaaa`, `-_-_-_`).
function listRuns(value: string): string[] {
  const runs: string[] = [];
  for (let at = 0; at + RUN <= value.length; at++) {
    const run = value.slice(at, at + RUN);
    if (new Set(run).size >= 4) runs.push(run);
  }
  return runs;
}

// The separate stretches of `a` covered by runs that `b` holds too, after the prefix they share (a provider's).
function countSharedStretches(a: string, b: string): number {
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  const covered = new Array<boolean>(a.length).fill(false);
  for (let at = prefix; at + RUN <= a.length; at++) {
    if (b.includes(a.slice(at, at + RUN))) covered.fill(true, at, at + RUN);
  }
  return covered.filter((on, at) => on && !covered[at - 1]).length;
}
