// A small glob matcher (the picomatch subset rule files and ignore files use), so detection loads no glob library.

// Characters a glob takes literally that a RegExp would not (a string test: this runs per character at start-up).
const REGEX_SPECIAL = '.+^$()|\\';

/** Converts one glob to a RegExp source: `**` spans folders, `*` and `?` stay within one, `{a,b}` and `[...]` as usual. */
export function globToRegExpSource(glob: string): string {
  // `dir/**` also matches `dir` itself.
  if (glob.endsWith('/**') && glob.length > 3) return `${globToRegExpSource(glob.slice(0, -3))}(?:/.*)?`;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
      i++;
      if (atStart && glob[i + 1] === '/') {
        out += '(?:.*/)?';
        i++;
      } else out += atStart && atEnd ? '.*' : '[^/]*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, close).split(',').map(globToRegExpSource).join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += REGEX_SPECIAL.includes(c) ? `\\${c}` : c;
  }
  return out;
}

/** Whether every glob has the form `**`/name, so the answer depends on the file name alone. */
export function matchNamesOnly(globs: readonly string[]): boolean {
  return globs.every(isNameGlob);
}

/**
 * A matcher true when the whole path matches any of the globs. `**`/name globs (most rule globs) are matched on
 * the file name, sparing the regex from backtracking over every `/` of the path; any other glob runs its regex
 * only on paths that contain its longest literal part.
 */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const names = globs.filter(isNameGlob);
  const byName = names.length === 0 ? undefined : new RegExp(`^(?:${names.map((glob) => globToRegExpSource(glob.slice(3))).join('|')})$`);
  const byPath = globs.filter((glob) => !isNameGlob(glob)).map((glob) => ({ literal: longestLiteral(glob), regex: new RegExp(`^(?:${globToRegExpSource(glob)})$`) }));
  return (path) => (byName?.test(path.slice(path.lastIndexOf('/') + 1)) ?? false) || byPath.some(({ literal, regex }) => path.includes(literal) && regex.test(path));
}

function isNameGlob(glob: string): boolean {
  return glob.startsWith('**/') && !glob.slice(3).includes('/');
}

// The longest run of plain characters every matching path contains: wildcards, classes and `{a,b}` groups cut
// it, and a `/` at either end may be absent (`**/` matches nothing, `dir/**` matches `dir`).
function longestLiteral(glob: string): string {
  const pieces = glob.split(/\{[^}]*\}|\[[^\]]*\]|[*?]+/).map((piece) => piece.replace(/^\/+|\/+$/g, ''));
  return pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), '');
}
