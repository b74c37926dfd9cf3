import type { RulePack } from '../types.js';
import { findKeywordHits, type KeywordHits } from './find-keywords.js';
import { buildLineIndex, locate, measureLine, sliceLines, type LineIndex } from './line-index.js';
import { matchRule, type HitGrade } from './match-rule.js';
import { preparePack } from './prepare-pack.js';
import { buildWindows } from './scan-windows.js';

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
}

/** Every content-rule hit in `text`, before path-dependent filters, ordered by rule then position. */
export function detectContentHits(text: string, pack: RulePack, keywordHits?: KeywordHits): ContentHit[] {
  if (text.length === 0) return [];
  const prepared = preparePack(pack);
  // Most texts have keyword hits but no rule hits: build the newline index only when a hit needs a position.
  let index: LineIndex | undefined;
  const out: ContentHit[] = [];
  for (const [id, offsets] of [...(keywordHits ?? findKeywordHits(prepared, text))].sort((a, b) => a[0] - b[0])) {
    const rule = prepared.rules[id];
    if (rule === undefined) continue;
    for (const hit of matchRule(rule, { text, windows: buildWindows(text, offsets), lineLength: (offset) => measureLine(text, offset) })) {
      index ??= buildLineIndex(text);
      const start = locate(index, hit.secretStart);
      const end = locate(index, Math.max(hit.secretStart, hit.secretEnd - 1));
      const secret = hit.secret || text.slice(hit.start, hit.end);
      out.push({
        rule: id,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column + 1,
        secretStart: hit.secretStart,
        secretEnd: hit.secretEnd,
        secret,
        lineText: sliceLines(index, start.line - 1, end.line - 1, hit.secretStart, hit.secretEnd),
        ...(hit.grade === undefined ? {} : { grade: hit.grade }),
      });
    }
  }
  return out;
}
