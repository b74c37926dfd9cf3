import { readLinesAbove } from './scan-windows.js';
import type { LiteralSite } from './weak-literal.js';

// Values a file presents as examples of a setting's format rather than as its value: the same line is a doc comment
// that calls itself an example, or the value sits just under a label that does (a guide's `**Example:**` or
// `**Ejemplo:**` above a code block). They are reported low.

// ` * Example: $opts['apiKey'] = '…';`, `# e.g.: TOKEN=…`
const COMMENT_EXAMPLE = /^[ \t]*(?:\*|#|\/\/|--|;)[ \t]*(?:e\.g\.|example|for example|sample)[ \t]*:/i;
// A line that is only a label: `**Example:**`, `Ejemplo:`, `#### Exemplo`, `> e.g.`
const LABEL_LINE = /^[ \t]*(?:[#>*-][ \t]*)*(?:\*\*|__)?(?:example|ejemplo|exemplo|exemple|beispiel|esempio|for example|por ejemplo|por exemplo|e\.g\.)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$/i;

/**
 * Whether a value is shown as an example: its line's doc comment says so, or (with `labelAbove`, for generic values: a
 * provider-format key under `**Example:**` is most often the real one, shown as what not to commit) a label line
 * stands at most three lines above it.
 */
export function isShownAsExample(site: LiteralSite, labelAbove: boolean): boolean {
  if (COMMENT_EXAMPLE.test(site.before ?? '')) return true;
  if (!labelAbove) return false;
  return readLinesAbove(site).slice(-3).some((line) => LABEL_LINE.test(line));
}
