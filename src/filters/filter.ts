import type { Chunk, Finding, SuppressionKind } from '../types.js';

/** A finding some mechanism suppressed; counted, and shown with `--no-suppress`. */
export interface SuppressedFinding {
  finding: Finding;
  by: SuppressionKind;
}

/** What one pass kept and what it suppressed (with the mechanism). */
export interface FilterResult {
  kept: Finding[];
  suppressed: SuppressedFinding[];
}

/** One ordered pass over a chunk's findings (inline allow, config allowlist, baseline, ...). */
export type FindingFilter = (findings: Finding[], chunk: Chunk) => FilterResult;
