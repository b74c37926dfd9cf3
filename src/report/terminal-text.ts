// Text from the scanned repository (paths, lines, commit authors) is shown on a terminal: a control character
// in it could move the cursor, recolour or rewrite the report, or set the window title. Human reports pass every
// such string through here; JSON and SARIF keep exact values (JSON escapes them itself).

// C0 controls but tab, DEL, C1 controls, and the bidirectional overrides and isolates (text that reads differently
// from what it is). Newline and carriage return are handled by the callers' choice below.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text (a path, a name, a message) made safe to print: every control character becomes a visible escape such as `\x1b` or `\n`. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * Lines of source text made safe to print: line breaks are kept (a multi-line match stays on its lines, CRLF
 * shown as a plain break), tabs become two spaces (a table cannot measure them), every other control is escaped.
 */
export function escapeSourceLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeControls(line.replace(/\t/g, '  ')))
    .join('\n');
}
