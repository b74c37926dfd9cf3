import { findAmbiguousRepeat } from './ambiguous-repeat.js';

// A quick static check of regexes for catastrophic backtracking (V8 backtracks, so one bad pattern in .stanch.yaml
// or the pack could hang every scan). It flags the classic shape: an unbounded quantifier applied to a group that
// itself contains an unbounded quantifier, such as `(a+)+`, `(\w*\.)*` or `(?:x+y?){2,}`; and its bounded twin
// (see ambiguous-repeat.ts), which exact checkers pass.

/** Why a pattern risks catastrophic backtracking, or undefined when the check finds nothing. */
export function findBacktrackingRisk(source: string): string | undefined {
  return findNestedUnbounded(source) ?? findAmbiguousRepeat(source);
}

function findNestedUnbounded(source: string): string | undefined {
  const groups: { unbounded: boolean; start: number }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push({ unbounded: false, start: i });
    else if (c === ')') {
      const group = groups.pop();
      const quantifier = unboundedQuantifierAt(source, i + 1);
      if (group?.unbounded && quantifier) return `nested unbounded quantifier in \`${source.slice(group.start, i + 1 + quantifier)}\``;
      const outer = groups[groups.length - 1];
      if (outer !== undefined && (group?.unbounded || quantifier > 0)) outer.unbounded = true;
    } else if (unboundedQuantifierAt(source, i) > 0) {
      const outer = groups[groups.length - 1];
      if (outer !== undefined) outer.unbounded = true;
    }
  }
  return undefined;
}

// Length of an unbounded quantifier (`+`, `*`, `{n,}`) starting at `i`, or 0.
function unboundedQuantifierAt(source: string, i: number): number {
  const c = source[i];
  if (c === '+' || c === '*') return 1;
  const match = /^\{\d+,\}/.exec(source.slice(i, i + 12));
  return match === null ? 0 : match[0].length;
}
