import { compileGlobs } from '../detect/glob.js';
import type { StanchConfig } from '../config/load-config.js';
import type { FilterResult, FindingFilter } from './filter.js';

// The config's path excludes and value allowlist; what they hide is counted as suppressed by config.

/** A filter for `exclude:` globs and `allow:` regexes, or undefined when the config sets neither. */
export function buildConfigFilter(config: StanchConfig): FindingFilter | undefined {
  if (config.exclude.length === 0 && config.allow.length === 0) return undefined;
  const globs = config.exclude.flatMap((g) => {
    const anchored = g.startsWith('/') ? g.slice(1) : g.includes('/') ? g : `**/${g}`;
    return [anchored, `${anchored.replace(/\/$/, '')}/**`];
  });
  const excluded = globs.length > 0 ? compileGlobs(globs) : () => false;
  const allow = config.allow.map((source) => new RegExp(source));
  return (findings): FilterResult => {
    const result: FilterResult = { kept: [], suppressed: [] };
    for (const finding of findings) {
      if (excluded(finding.path) || allow.some((re) => re.test(finding.secret))) result.suppressed.push({ finding, by: 'config' });
      else result.kept.push(finding);
    }
    return result;
  };
}
