import type { ContentHit } from './content-hits.js';
import { buildLineIndex, placeSpan } from './line-index.js';
import type { PreparedRule } from './prepare-pack.js';

// Files a script writes with a here-document (`cat > /etc/ks.cfg <<EOF … EOF`, `sudo tee ~/.pgpass <<'EOF'`) or an
// echoed line (`echo 'db:5432:shop:shop:…' > ~/.pgpass`): the body is that file's text, so the rules scoped to that
// file's name (a kickstart's rootpw, a .pgpass line) read it too.

/** A file a script writes: its path, as the script names it, and the span of the text written. */
export interface WrittenFile {
  path: string;
  start: number;
  end: number;
  /** Whether the shell expands `$name` in the body (an unquoted delimiter, a double-quoted echo). */
  expands: boolean;
  /** Whether `\n` and `\t` in the body are line breaks and tabs (`printf`, `echo -e`). */
  escapes?: boolean;
}

/** Runs the given rules on a text; returns their hits with offsets and lines in that text. */
export type DetectIn = (body: string, only: (rule: PreparedRule, index: number) => boolean) => ContentHit[];

const MAX_FILES = 100;
const MAX_LINE = 400;
// The opening line: `cat`/`tee` and `<<WORD` (`<<-`, quoted or not), the file given by `>`/`>>` or to `tee`.
const OPENER = /\b(?:cat|tee)\b[^\n]{0,300}<<-?[ \t]{0,4}(["']?)([A-Za-z_][A-Za-z0-9_]{0,30})\1/;
// A redirect or tee's argument: a literal path, maybe under `$VAR/`, `${VAR}/` or `~/` (not `2>`, `&>`, `>&2`).
const TARGET = /(?:(?<![<0-9&>])>>?|\btee(?:[ \t]{1,4}-a)?)[ \t]{0,4}["']?((?:(?:\$\{?\w{1,40}\}?|~)\/)?[\w./-]{0,200}[\w.-])/g;

/** The files `text` writes by here-documents and echoed or printf lines (not /dev/null), here-documents first; at most 100 each. */
export function findWrittenFiles(text: string): WrittenFile[] {
  return [...(text.includes('<<') ? findHeredocFiles(text) : []), ...(text.includes('echo') || text.includes('printf') ? findEchoFiles(text) : [])];
}

function findHeredocFiles(text: string): WrittenFile[] {
  const files: WrittenFile[] = [];
  for (let at = text.indexOf('<<'); at !== -1 && files.length < MAX_FILES; at = text.indexOf('<<', at + 2)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const opener = line.length <= MAX_LINE ? OPENER.exec(line) : null;
    const word = opener?.[2];
    const path = opener === null ? undefined : readTarget(line);
    if (word === undefined || path === undefined || newline === -1) continue;
    const close = new RegExp(`^[ \\t]*${word}[ \\t]*\\r?$`, 'gm');
    close.lastIndex = newline + 1;
    const end = close.exec(text)?.index ?? text.length;
    files.push({ path, start: newline + 1, end, expands: opener?.[1] === '' });
    at = Math.max(at, end);
  }
  return files;
}

// `echo '…' > file`, `echo "…" | sudo tee -a file`: one quoted string without escapes, the rest of its line naming
// the file; `printf '…\n' > file` and `echo -e "…\n…"`, whose `\n` and `\t` are line breaks and tabs.
const ECHO = /\b(?:echo[ \t]{1,4}(?:-n[ \t]{1,4})?(?<ee>-e[ \t]{1,4})?|(?<pf>printf)[ \t]{1,4})(["'])((?:[^"'\n\\]|\\[nt]){1,400})\3[ \t]{0,4}(?=[|>])/g;

function findEchoFiles(text: string): WrittenFile[] {
  const files: WrittenFile[] = [];
  for (const m of text.matchAll(ECHO)) {
    const [quote = '', body = ''] = [m[3], m[4]];
    const escapes = m.groups?.['ee'] !== undefined || m.groups?.['pf'] !== undefined;
    const newline = text.indexOf('\n', m.index);
    const path = readTarget(text.slice(m.index + m[0].length, newline === -1 ? text.length : newline));
    const start = m.index + m[0].indexOf(quote + body) + 1;
    if (path !== undefined && (escapes || !body.includes('\\'))) files.push({ path, start, end: start + body.length, expands: quote === '"', escapes });
    if (files.length >= MAX_FILES) break;
  }
  return files;
}

// The file a here-document's or echo's line writes, relative (`/etc/ks.cfg` is read as `etc/ks.cfg`, `~/.pgpass` as
// `.pgpass`).
function readTarget(line: string): string | undefined {
  for (const m of line.matchAll(TARGET)) {
    const path = (m[1] ?? '').replace(/^(?:\$\{?\w+\}?|~)\//, '').replace(/^\/+/, '');
    if (path !== '' && !/^(?:dev|proc)\//.test(path)) return path; // not /dev/null, /dev/stderr, /proc/…
  }
  return undefined;
}

// The text the file receives. `\n` and `\t` become a space and a line break or tab: two characters each, so offsets
// into the body stay offsets into the script (a hit's line in the body still counts from the script's line).
function readBody(text: string, file: WrittenFile): string {
  const body = text.slice(file.start, file.end);
  return file.escapes === true ? body.replace(/\\n/g, ' \n').replace(/\\t/g, ' \t') : body;
}

/**
 * The hits that rules scoped to each written file make in its body, placed in the script and marked with the file's
 * path; not those of rules the script's own scan ran (`ranHere`), which saw the body already.
 */
export function detectWrittenFileHits(text: string, detect: DetectIn, ranHere?: (rule: PreparedRule, index: number) => boolean): ContentHit[] {
  const files = findWrittenFiles(text);
  if (files.length === 0) return [];
  const index = buildLineIndex(text);
  return files.flatMap((file) => {
    const scoped = (rule: PreparedRule, id: number): boolean => rule.pathScoped && rule.appliesTo(file.path) && ranHere?.(rule, id) !== true;
    // In a body the shell expands, `"md5$hash"` is filled in when the script runs: a template, not a value.
    const body = readBody(text, file);
    const found = detect(body, scoped).filter((hit) => !(file.expands && /\$(?:[A-Za-z_{(]|[0-9])/.test(hit.secret)));
    // A body's offsets are the script's, less the body's start: a hit is placed by its offsets (an echoed string starts
    // inside its line; a printf's `\n` breaks a line the script does not).
    return found.map((hit) => {
      const secretStart = hit.secretStart + file.start;
      const secretEnd = hit.secretEnd + file.start;
      return { ...hit, ...placeSpan(index, secretStart, secretEnd), secretStart, secretEnd, embeddedPath: file.path };
    });
  });
}
