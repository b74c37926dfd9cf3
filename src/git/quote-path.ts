// Git's C-style quoting of a path in patch headers (with core.quotePath=false: only `"`, `\` and control bytes).

const NAMED: Readonly<Record<string, string>> = { '\u0007': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '"': '"', '\\': '\\' };

/** Quotes `path` the way `git diff` prints it in a `diff --git` header; unchanged when no quoting is needed. */
export function quoteGitPath(path: string): string {
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
