import type { RulePack } from '../types.js';
import { findDeployBlocks } from './deploy-blocks.js';
import { isInSpans, readDevContext } from './dev-blocks.js';
import { findBuildStageSpans } from './dockerfile-stages.js';
import { findEncodedRuns, type EncodedRun, type HiddenRun, type Hiding } from './encoded-runs.js';
import { findKeywordHits, type KeywordHits } from './find-keywords.js';
import { buildLineIndex, measureLine, placeSpan, sliceLines, type LineIndex } from './line-index.js';
import { matchRule, type HitGrade } from './match-rule.js';
import { preparePack, type PreparedRule } from './prepare-pack.js';
import { markSharedFragments } from './shared-fragments.js';
import { findSplitLiterals } from './split-literals.js';
import { detectSqlCellHits } from './sql-rows.js';
import { buildLineWindows, buildWindows, reachLine } from './scan-windows.js';
import { findWrappedRuns } from './wrapped-runs.js';
import { detectWrittenFileHits } from './written-files.js';
import { isLiveScript } from './test-scripts.js';

// Characters of the surrounding line scanned with a decoded value (its key, its quotes).
const LINE_CONTEXT = 512;

// The path-independent half of detection: what every content rule matches in a text. History scans
// compute this once per blob and reuse it for every path the blob appears at.

/** A rule match located in its text; plain data, so it crosses worker threads and caches. */
export interface ContentHit {
  /** Index of the rule in the pack. */
  rule: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secretStart: number;
  secretEnd: number;
  secret: string;
  lineText: string;
  grade?: HitGrade;
  /** Why a `weak` hit is weak, for its message. */
  why?: string;
  /** Set when the secret is the password of a database or mail server on the internet: no dev context lowers it. */
  managedHost?: true;
  /** Set when the secret was found by decoding or joining: the span is the whole encoded string or literal run. */
  via?: Hiding;
  /** Set when the hit lies in a block that runs only in development, tests or CI (see dev-blocks.ts). */
  devBlock?: true;
  /** Set when the text declares a production environment (`FLASK_ENV=production`), whatever its path suggests. */
  prodFile?: true;
  /** Set when the text calls a live service with no test runner or assertion in it (see test-scripts.ts). */
  liveScript?: true;
  /** Set on a generic secret a few lines from a provider key in its own format (see live-neighbours.ts). */
  besideLiveKey?: true;
  /** Set when the hit lies in a code block introduced as a platform's environment variables (see deploy-blocks.ts). */
  deployBlock?: true;
  /** Set when the hit lies in a Dockerfile's build stage, whose settings the running image does not keep. */
  buildStage?: true;
  /** Set on a hit in a file a script writes (a here-document's body) by a rule scoped to that file (see written-files.ts). */
  embeddedPath?: string;
}

/** Options of `detectContentHits`. */
export interface ContentHitOptions {
  /** The keyword hits, when the caller already found them (history finds them in the raw bytes). */
  keywordHits?: KeywordHits;
  /** Levels of encoding to look inside; default the pack's `decodeDepth`. */
  depth?: number;
  /** Runs only the rules this accepts: a caller that knows the path skips rules whose hits it would drop. */
  only?: (rule: PreparedRule, index: number) => boolean;
  /** Whether to look inside strings wrapped on purpose (see wrapped-runs.ts) when not decoding; default true. */
  unwrap?: boolean;
  /** Whether to run the rules scoped to the files a script writes on what it writes (see written-files.ts); default true. */
  writtenFiles?: boolean;
  /** Whether to read the secret-named values of INSERT statements under their column's name (see sql-rows.ts); default true. */
  sqlRows?: boolean;
}

/**
 * Every content-rule hit in `text`, before path-dependent filters, ordered by rule then position; then, when the
 * pack asks for decoding, the hits inside base64 and hex strings, down to `depth` levels of encoding, and
 * otherwise the hits inside base64 strings wrapped on purpose (one level: see wrapped-runs.ts).
 */
export function detectContentHits(text: string, pack: RulePack, options: ContentHitOptions = {}): ContentHit[] {
  if (text.length === 0) return [];
  const { depth = pack.decodeDepth ?? 0, only, unwrap = true } = options;
  const prepared = preparePack(pack);
  const keywordHits = options.keywordHits ?? findKeywordHits(prepared, text);
  // Most texts have keyword hits but no rule hits: build the newline index only when a hit needs a position.
  let index: LineIndex | undefined;
  const out: ContentHit[] = [];
  for (const [id, offsets] of listCandidates(keywordHits, prepared.unanchored, text.length)) {
    const rule = prepared.rules[id];
    if (rule === undefined || (only !== undefined && !only(rule, id)) || rule.silentIn(text)) continue;
    const windows = rule.rule.scope === 'line' ? buildLineWindows(text, offsets) : buildWindows(text, offsets);
    for (const hit of matchRule(rule, { text, windows, lineLength: (offset) => measureLine(text, offset) })) {
      index ??= buildLineIndex(text);
      const place = placeSpan(index, hit.secretStart, hit.secretEnd);
      const secret = hit.secret || text.slice(hit.start, hit.end);
      out.push({
        rule: id,
        ...place,
        secretStart: hit.secretStart,
        secretEnd: hit.secretEnd,
        secret,
        lineText: sliceLines(index, place.line - 1, place.endLine - 1, hit.secretStart, hit.secretEnd),
        ...(hit.grade === undefined ? {} : { grade: hit.grade }),
        ...(hit.why === undefined ? {} : { why: hit.why }),
        ...(hit.managedHost === undefined ? {} : { managedHost: true }),
      });
    }
  }
  const [wrapped, split] = [keywordHits.get(prepared.wrapId), keywordHits.get(prepared.splitId)];
  if (depth > 0) out.push(...detectDecodedHits(text, pack, findEncodedRuns(text).map(toHidden), { depth: depth - 1, unwrap: false, ...onlyOption(only) }));
  else if (unwrap && wrapped !== undefined) out.push(...detectDecodedHits(text, pack, findWrappedRuns(text, wrapped).map(toHidden), { unwrap: false, ...onlyOption(only) }));
  if (unwrap && split !== undefined) joinSplitHits(out, detectDecodedHits(text, pack, findSplitLiterals(text, split), { depth: 0, unwrap: false, ...onlyOption(only) }));
  if (options.writtenFiles !== false) out.push(...detectWrittenFileHits(text, (body, scoped) => detectContentHits(body, pack, { depth: 0, unwrap: false, writtenFiles: false, only: scoped }), only));
  if (options.sqlRows !== false && keywordHits.has(prepared.sqlId)) {
    const named = (rule: PreparedRule, id: number): boolean => rule.rule.generic === true && (only?.(rule, id) ?? true);
    out.push(...dropSeen(out, detectSqlCellHits(text, (line) => detectContentHits(line, pack, { depth: 0, unwrap: false, writtenFiles: false, sqlRows: false, only: named }))));
  }
  return markSharedFragments(markContextBlocks(text, out), prepared.rules);
}

// Most texts have no hits: their development and deploy blocks are never looked for.
function markContextBlocks(text: string, hits: ContentHit[]): ContentHit[] {
  if (hits.length === 0) return hits;
  const { spans, declaresProduction: prodFile } = readDevContext(text);
  const deploy = findDeployBlocks(text);
  const build = findBuildStageSpans(text);
  const liveScript = isLiveScript(text);
  if (spans.length === 0 && deploy.length === 0 && build.length === 0 && !prodFile && !liveScript) return hits;
  return hits.map((hit) => ({
    ...hit,
    ...(isInSpans(spans, hit.secretStart) ? { devBlock: true } : {}),
    ...(isInSpans(deploy, hit.secretStart) ? { deployBlock: true } : {}),
    ...(isInSpans(build, hit.secretStart) ? { buildStage: true } : {}),
    ...(prodFile ? { prodFile: true } : {}),
    ...(liveScript ? { liveScript: true } : {}),
  }));
}

function toHidden({ start, end, encoding, decoded }: EncodedRun): HiddenRun {
  return { start, end, via: encoding, decoded };
}

// A joined run's hit that a rule already made on the run's first literal is that hit again.
function dropSeen(seen: readonly ContentHit[], joined: ContentHit[]): ContentHit[] {
  return joined.filter((hit) => !seen.some((s) => startsInside(s, hit)));
}

// A run of joined literals is read whole: its hit replaces the one a rule made on its first literal alone (a key
// body's first line, judged cut short).
function joinSplitHits(out: ContentHit[], joined: readonly ContentHit[]): void {
  const kept = out.filter((hit) => !joined.some((h) => startsInside(hit, h)));
  out.splice(0, out.length, ...kept, ...joined);
}

// Whether `hit` is the same rule's hit as `outer`, starting within it.
function startsInside(hit: ContentHit, outer: ContentHit): boolean {
  return hit.rule === outer.rule && hit.secretStart >= outer.secretStart && hit.secretStart < outer.secretEnd;
}

// A hit inside an encoded string (or a run of joined literals) is reported on the whole string: that is what must
// be removed, and what redaction must mask (the encoded form reveals the secret as surely as the clear one). The
// decoded value is scanned in place of the encoded one on its line, so the key before it still counts
// (`DB_PASSWORD: <base64>`).
function detectDecodedHits(text: string, pack: RulePack, runs: readonly HiddenRun[], inner: ContentHitOptions): ContentHit[] {
  let index: LineIndex | undefined;
  const out: ContentHit[] = [];
  for (const run of runs) {
    const head = text.slice(reachLine(text, run.start, -1, LINE_CONTEXT), run.start);
    const composed = `${head}${run.decoded}${text.slice(run.end, reachLine(text, run.end, 1, LINE_CONTEXT))}`;
    const [lo, hi] = [head.length, head.length + run.decoded.length];
    const found = detectContentHits(composed, pack, inner).filter((h) => h.secretStart < hi && h.secretEnd > lo);
    if (found.length === 0) continue;
    index ??= buildLineIndex(text);
    const place = placeSpan(index, run.start, run.end);
    const lineText = sliceLines(index, place.line - 1, place.endLine - 1, run.start, run.end);
    const secret = text.slice(run.start, run.end);
    // The outer text decides whether the encoded string sits in a development block.
    for (const { devBlock: _inner, prodFile: _declared, deployBlock: _pasted, liveScript: _script, ...hit } of found) {
      out.push({ ...hit, ...place, secretStart: run.start, secretEnd: run.end, secret, lineText, via: run.via });
    }
  }
  return out;
}

// Files of up to 4 KB are read whole by the rules with no keyword (a Docker secret file holds a bare value).
const WHOLE_FILE_MAX = 4096;

// The rules to run, by rule index, with where their keywords occur ([-1]: the whole text).
function listCandidates(hits: KeywordHits, unanchored: readonly number[], length: number): [number, number[]][] {
  const whole: [number, number[]][] = length > WHOLE_FILE_MAX ? [] : unanchored.map((id) => [id, [-1]]);
  return [...hits, ...whole].sort((a, b) => a[0] - b[0]);
}

function onlyOption(only: ContentHitOptions['only']): Pick<ContentHitOptions, 'only'> {
  return only === undefined ? {} : { only };
}
