import { compileGlobs } from '../detect/glob.js';
import type { AllowEntry, ExcludeEntry } from '../config/config-schema.js';
import type { StanchConfig } from '../config/load-config.js';
import type { Finding } from '../types.js';
import type { FilterResult, FindingFilter } from './filter.js';

// The config's path excludes and value allowlist; what they hide is counted as suppressed by config.

type Matcher = (finding: Finding) => boolean;

/** Gitignore-style anchoring: `docs/` or `*.snap` match at any depth, `/x` and `a/b` from the root; folders cover their contents. */
export function toExcludeGlobs(glob: string): string[] {
  const anchored = glob.startsWith('/') ? glob.slice(1) : glob.replace(/\/$/, '').includes('/') ? glob : `**/${glob}`;
  const bare = anchored.replace(/\/$/, '');
  return glob.endsWith('/') ? [`${bare}/**`] : [bare, `${bare}/**`];
}

/** A filter for `exclude:` globs and `allow:` regexes, or undefined when the config sets neither. */
export function buildConfigFilter(config: Pick<StanchConfig, 'exclude' | 'allow'>): FindingFilter | undefined {
  const matchers = [...config.exclude.map(toExcludeMatcher), ...config.allow.map(toAllowMatcher)];
  if (matchers.length === 0) return undefined;
  return (findings): FilterResult => {
    const result: FilterResult = { kept: [], suppressed: [] };
    for (const finding of findings) {
      if (matchers.some((matches) => matches(finding))) result.suppressed.push({ finding, by: 'config' });
      else result.kept.push(finding);
    }
    return result;
  };
}

function toExcludeMatcher(entry: ExcludeEntry): Matcher {
  const { path, rules } = typeof entry === 'string' ? { path: entry, rules: undefined } : entry;
  const matches = compileGlobs(toExcludeGlobs(path));
  return (f) => (rules === undefined || rules.includes(f.ruleId)) && matches(f.path);
}

function toAllowMatcher(entry: AllowEntry): Matcher {
  const { pattern, rules } = typeof entry === 'string' ? { pattern: entry, rules: undefined } : entry;
  const re = new RegExp(pattern);
  return (f) => (rules === undefined || rules.includes(f.ruleId)) && re.test(f.secret);
}
