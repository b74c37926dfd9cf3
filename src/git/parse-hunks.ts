import type { LineRange } from '../types.js';

// Added-line ranges from a `-U0` patch (made with `--src-prefix=a/ --dst-prefix=b/`), keyed by file header.
// The patch is parsed as it streams: content lines are skipped unread, so a huge edit costs no memory.

/** An incremental patch parser: feed it stdout parts, then read the ranges. */
export interface AddedLinesParser {
  push: (part: Buffer) => void;
  /** Sections keyed by the text after `diff --git `; call once the stream has ended. */
  end: () => Map<string, LineRange[]>;
}

const NEWLINE = 10;
// Content lines of a patch start with one of these: `+`, `-`, space, `\` ("\ No newline at end of file").
const CONTENT = new Set([0x2b, 0x2d, 0x20, 0x5c]);

/**
 * Parses a unified patch into the new-side line ranges of each file section. Sections are matched by header,
 * never by position: a type change prints two sections (deletion, then creation) under one header, and
 * unmerged paths print none.
 */
export function createAddedLinesParser(): AddedLinesParser {
  const sections = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  let skipping = false; // inside a content line, until its newline
  let pending: Buffer[] = []; // the start of a header line split across parts
  const onLine = (line: string): void => {
    if (line.startsWith('diff --git ')) {
      const header = line.slice('diff --git '.length);
      current = sections.get(header) ?? [];
      sections.set(header, current);
      return;
    }
    const match = current === undefined ? null : /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (match === null || current === undefined) return;
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count > 0) current.push([start, start + count - 1]);
  };
  const push = (part: Buffer): void => {
    let at = 0;
    while (at < part.length) {
      const atLineStart = !skipping && pending.length === 0;
      if (atLineStart && CONTENT.has(part[at] ?? 0)) skipping = true;
      const eol = part.indexOf(NEWLINE, at);
      const end = eol < 0 ? part.length : eol;
      if (!skipping) pending.push(part.subarray(at, end));
      if (eol < 0) return;
      if (!skipping) onLine(Buffer.concat(pending).toString('utf8'));
      pending = [];
      skipping = false;
      at = eol + 1;
    }
  };
  return {
    push,
    end: () => {
      if (pending.length > 0) onLine(Buffer.concat(pending).toString('utf8'));
      pending = [];
      return sections;
    },
  };
}

/** The `diff --git` header key of a change from `oldPath` to `path`, as the parser stores it. */
export function formatDiffHeader(oldPath: string, path: string): string {
  return `${quoteGitPath(`a/${oldPath}`)} ${quoteGitPath(`b/${path}`)}`;
}

const NAMED: Readonly<Record<string, string>> = { '\u0007': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '"': '"', '\\': '\\' };

// Git's C-style quoting of a header path (with core.quotePath=false: only `"`, `\` and control characters).
function quoteGitPath(path: string): string {
  if (!/["\\\u0000-\u001f\u007f]/.test(path)) return path;
  let out = '"';
  for (const ch of path) {
    const named = NAMED[ch];
    const code = ch.charCodeAt(0);
    if (named !== undefined) out += `\\${named}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
