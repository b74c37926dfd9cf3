import type { Chunk, Finding, FileContext, LineRange, RulePack } from '../types.js';
import { adjustForContext, describeFinding } from './adjust-for-context.js';
import { classifyContext } from './classify-context.js';
import { findKeywordHits, type KeywordHits } from './find-keywords.js';
import { computeFingerprint } from './fingerprint.js';
import { buildLineIndex, findLine, lineBounds, locate, sliceLines, type LineIndex } from './line-index.js';
import { matchRule, type RuleHit } from './match-rule.js';
import { preparePack, type PreparedRule } from './prepare-pack.js';
import { buildWindows } from './scan-windows.js';

// Detection entry point: text and a compiled pack in, findings out. Pure and synchronous.

/** What detection reads from a chunk. */
export type DetectInput = Pick<Chunk, 'path' | 'text' | 'reportLines' | 'binary'>;

/** Findings in a chunk, ordered by position then rule id. */
export function detectChunk(chunk: DetectInput, pack: RulePack): Finding[] {
  const prepared = preparePack(pack);
  const context = classifyContext(chunk.path);
  const findings: Finding[] = [];
  for (const rule of prepared.rules) {
    if (rule.pathOnly?.test(chunk.path) && rule.appliesTo(chunk.path)) findings.push(pathFinding(rule, chunk.path, context));
  }
  if (!chunk.binary && chunk.text.length > 0) findings.push(...detectContent(chunk, prepared.rules, findKeywordHits(prepared, chunk.text), context));
  return findings
    .filter((f) => touchesRanges(f, chunk.reportLines))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

function detectContent(chunk: DetectInput, rules: readonly PreparedRule[], keywordHits: KeywordHits, context: FileContext): Finding[] {
  const index = buildLineIndex(chunk.text);
  const lineLength = (offset: number): number => {
    const bounds = lineBounds(index, findLine(index, offset));
    return bounds.end - bounds.start;
  };
  const hits: { rule: PreparedRule; hit: RuleHit }[] = [];
  for (const [id, offsets] of [...keywordHits].sort((a, b) => a[0] - b[0])) {
    const rule = rules[id];
    if (rule === undefined || !rule.appliesTo(chunk.path)) continue;
    const windows = buildWindows(chunk.text, offsets);
    for (const hit of matchRule(rule, { text: chunk.text, path: chunk.path, windows, lineLength })) hits.push({ rule, hit });
  }
  return dropShadowedGeneric(hits).map(({ rule, hit }) => contentFinding(rule, hit, chunk.path, index, context));
}

// A generic rule that re-finds what a provider rule already found on the same span only adds noise.
function dropShadowedGeneric(hits: { rule: PreparedRule; hit: RuleHit }[]): { rule: PreparedRule; hit: RuleHit }[] {
  const specific = hits.filter((h) => !h.rule.rule.generic);
  const seen = new Set<string>();
  return hits.filter(({ rule, hit }) => {
    const key = `${rule.rule.id}:${hit.secretStart}:${hit.secretEnd}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (!rule.rule.generic) return true;
    return !specific.some((s) => s.hit.secretStart < hit.secretEnd && hit.secretStart < s.hit.secretEnd);
  });
}

function contentFinding(prepared: PreparedRule, hit: RuleHit, path: string, index: LineIndex, context: FileContext): Finding {
  const { rule } = prepared;
  const start = locate(index, hit.secretStart);
  const end = locate(index, Math.max(hit.secretStart, hit.secretEnd - 1));
  const value = rule.kind === 'secret' ? hit.secret : hit.secret || index.text.slice(hit.start, hit.end);
  return {
    ruleId: rule.id,
    kind: rule.kind,
    ...adjustForContext(rule, context),
    title: rule.title,
    message: describeFinding(rule.title, rule.kind, context),
    path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column + 1,
    secret: value,
    lineText: sliceLines(index, start.line - 1, end.line - 1, hit.secretStart, hit.secretEnd),
    redact: rule.redact,
    fingerprint: computeFingerprint(rule.id, value, path),
    context,
  };
}

function pathFinding(prepared: PreparedRule, path: string, context: FileContext): Finding {
  const { rule } = prepared;
  return {
    ruleId: rule.id,
    kind: rule.kind,
    ...adjustForContext(rule, context),
    title: rule.title,
    message: describeFinding(rule.title, rule.kind, context),
    path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    secret: path,
    lineText: '',
    redact: false,
    fingerprint: computeFingerprint(rule.id, path, path),
    context,
  };
}

function touchesRanges(finding: Finding, ranges: readonly LineRange[] | undefined): boolean {
  if (ranges === undefined) return true;
  return ranges.some(([from, to]) => finding.line <= to && finding.endLine >= from);
}
