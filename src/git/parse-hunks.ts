import type { LineRange } from '../types.js';
import { quoteGitPath } from './quote-path.js';

// Added-line ranges from a `-U0` patch (made with `--src-prefix=a/ --dst-prefix=b/`), keyed by file header.

/**
 * Parses a unified patch into the new-side line ranges of each file section, keyed by the text after
 * `diff --git `. Sections are matched by header, never by position: a type change prints two sections
 * (deletion, then creation) under one header, and unmerged paths print none.
 */
export function parseAddedLines(patch: string): Map<string, LineRange[]> {
  const sections = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      const header = line.slice('diff --git '.length);
      current = sections.get(header) ?? [];
      sections.set(header, current);
      continue;
    }
    if (current === undefined || !line.startsWith('@@ ')) continue;
    const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (match === null) continue;
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count > 0) current.push([start, start + count - 1]);
  }
  return sections;
}

/** The `diff --git` header key of a change from `oldPath` to `path`, as `parseAddedLines` stores it. */
export function formatDiffHeader(oldPath: string, path: string): string {
  return `${quoteGitPath(`a/${oldPath}`)} ${quoteGitPath(`b/${path}`)}`;
}
