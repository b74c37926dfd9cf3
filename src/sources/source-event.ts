import type { Chunk, Skipped } from '../types.js';

/** What a source yields: text to scan, or a file it had to skip (always counted). */
export type SourceEvent =
  | { type: 'chunk'; chunk: Chunk; bytes: number }
  | { type: 'skip'; skipped: Skipped };
