import type { Chunk, Finding } from '../types.js';
import type { FilterResult, FindingFilter } from './filter.js';

// Inline suppression in any comment syntax: `stanch:allow` on the line (optionally `stanch:allow rule-id -- reason`),
// `stanch:allow-next-line` on the line above, and, for teams migrating, `gitleaks:allow` and detect-secrets'
// `pragma: allowlist secret` (and `pragma: allowlist nextline secret` on the line above).

const IDS = '(?:[ \\t]+([a-z0-9][a-z0-9-]*(?:[ \\t]*,[ \\t]*[a-z0-9][a-z0-9-]*)*))?';
const SAME_LINE = new RegExp(`stanch:allow(?!-next-line)${IDS}|gitleaks:allow|pragma:[ \\t]*allowlist[ \\t]+secret`);
const NEXT_LINE = new RegExp(`stanch:allow-next-line${IDS}|pragma:[ \\t]*allowlist[ \\t]+nextline[ \\t]+secret`);

/** Whether a comment on `line` (or `stanch:allow-next-line` on `previous`) allows this finding. */
export function isAllowedInline(finding: Pick<Finding, 'ruleId'>, line: string, previous: string): boolean {
  const allows = (match: RegExpExecArray | null): boolean => {
    if (match === null) return false;
    // `stanch:allow -- reason` names no rule and allows every finding on the line.
    const ids = match[1]?.split(',').map((id) => id.trim());
    return ids === undefined || ids.includes(finding.ruleId);
  };
  return allows(SAME_LINE.exec(line)) || allows(NEXT_LINE.exec(previous));
}

/** The inline-allow pass: uses the chunk's text for the line above, the finding's own line otherwise. */
export const inlineAllowFilter: FindingFilter = (findings: Finding[], chunk: Chunk): FilterResult => {
  const lines = chunk.text.length > 0 && findings.length > 0 ? chunk.text.split(/\r\n|\n|\r/) : [];
  const result: FilterResult = { kept: [], suppressed: [] };
  for (const finding of findings) {
    // A chunk without the whole file (history hands over the finding's line only) has no line above to read.
    const own = lines[finding.line - 1];
    const line = own ?? finding.lineText;
    const previous = own === undefined ? '' : (lines[finding.line - 2] ?? '');
    if (isAllowedInline(finding, line, previous)) result.suppressed.push({ finding, by: 'inline' });
    else result.kept.push(finding);
  }
  return result;
};
