import type { CompiledRule, RulePack } from '../types.js';
import { buildKeywordMatcher, type KeywordMatcher } from './find-keywords.js';
import { compileGlobs } from './glob.js';
import { SPLIT_KEYWORDS } from './split-literals.js';
import { SQL_KEYWORDS } from './sql-rows.js';
import { WRAP_KEYWORDS } from './wrapped-runs.js';

// Per-pack state built once and cached: the keyword table, path matchers and lazily compiled regexes.

/** A rule with its matchers; regexes are compiled on first use. */
export interface PreparedRule {
  rule: CompiledRule;
  /** Whether the rule applies to a path (files globs and, for content rules, the `path` regex). */
  appliesTo: (path: string) => boolean;
  /** Whether the rule stays silent in a text (its `unlessText`). */
  silentIn: (text: string) => boolean;
  /** Whether the rule reads the file at a path as development tooling (its `devFiles` globs). */
  isDevFile: (path: string) => boolean;
  /** Whether the rule applies only at some paths (`files.include` or a content rule's `path`). */
  pathScoped: boolean;
  /** The path-only matcher: the file itself is the finding. */
  pathOnly?: RegExp;
  content: () => RegExp | undefined;
  allow: () => readonly RegExp[];
}

/** What detection needs from a pack, derived once. */
export interface PreparedPack {
  /** The keyword prefilter over every content rule's keywords, WRAP_KEYWORDS, SPLIT_KEYWORDS and SQL_KEYWORDS. */
  readonly matcher: KeywordMatcher;
  /** The id under which the matcher reports WRAP_KEYWORDS (one past the last rule). */
  readonly wrapId: number;
  /** The id under which the matcher reports SPLIT_KEYWORDS (two past the last rule). */
  readonly splitId: number;
  /** The id under which the matcher reports SQL_KEYWORDS (three past the last rule). */
  readonly sqlId: number;
  /** True for a path that some path-only rule might match (one regex instead of one per rule). */
  mayMatchPath: (path: string) => boolean;
  /** The content rules with no keyword (their `path` scopes them): they read small files whole. */
  readonly unanchored: readonly number[];
  rules: readonly PreparedRule[];
}

const cache = new WeakMap<RulePack, PreparedPack>();

/** The prepared form of a pack, built on first use and cached by identity. */
export function preparePack(pack: RulePack): PreparedPack {
  let prepared = cache.get(pack);
  if (prepared === undefined) {
    prepared = buildPreparedPack(pack);
    cache.set(pack, prepared);
  }
  return prepared;
}

function buildPreparedPack(pack: RulePack): PreparedPack {
  const keywordIds = new Map<string, number[]>();
  const rules = pack.rules.map((rule, index) => {
    if (rule.pattern !== undefined) {
      for (const keyword of new Set(rule.keywords)) {
        const ids = keywordIds.get(keyword) ?? [];
        ids.push(index);
        keywordIds.set(keyword, ids);
      }
    }
    return prepareRule(rule);
  });
  for (const keyword of WRAP_KEYWORDS) keywordIds.set(keyword, [...(keywordIds.get(keyword) ?? []), pack.rules.length]);
  for (const keyword of SPLIT_KEYWORDS) keywordIds.set(keyword, [...(keywordIds.get(keyword) ?? []), pack.rules.length + 1]);
  for (const keyword of SQL_KEYWORDS) keywordIds.set(keyword, [...(keywordIds.get(keyword) ?? []), pack.rules.length + 2]);
  const pathSources = pack.rules.filter((r) => r.pattern === undefined && r.path !== undefined).map((r) => `(?:${r.path})`);
  const anyPath = pathSources.length === 0 ? undefined : new RegExp(pathSources.join('|'), 'i');
  let matcher: KeywordMatcher | undefined;
  return {
    // Built on first use: a history run answered from the cache never needs it.
    get matcher() {
      return (matcher ??= buildKeywordMatcher([...keywordIds.keys()], [...keywordIds.values()]));
    },
    wrapId: pack.rules.length,
    splitId: pack.rules.length + 1,
    sqlId: pack.rules.length + 2,
    rules,
    unanchored: pack.rules.flatMap((rule, index) => (readsWholeFiles(rule) ? [index] : [])),
    mayMatchPath: (path) => anyPath?.test(path) === true,
  };
}

/** Whether a content rule has no keyword: its `path` scopes it, and it reads the small files there whole. */
export function readsWholeFiles(rule: CompiledRule): boolean {
  return rule.pattern !== undefined && rule.keywords.length === 0;
}

function prepareRule(rule: CompiledRule): PreparedRule {
  const include = rule.files?.include?.length ? compileGlobs(rule.files.include) : undefined;
  const exclude = rule.files?.exclude?.length ? compileGlobs(rule.files.exclude) : undefined;
  const devFiles = rule.devFiles?.length ? compileGlobs(rule.devFiles) : undefined;
  const unless = rule.unlessText === undefined ? undefined : new RegExp(rule.unlessText, 'm');
  const pathRegex = rule.path === undefined ? undefined : new RegExp(rule.path, 'i');
  const contentPathFilter = rule.pattern !== undefined ? pathRegex : undefined;
  let content: RegExp | undefined;
  let allow: RegExp[] | undefined;
  return {
    rule,
    appliesTo: (path) =>
      (include === undefined || include(path)) &&
      (exclude === undefined || !exclude(path)) &&
      (contentPathFilter === undefined || contentPathFilter.test(path)),
    isDevFile: (path) => devFiles?.(path) === true,
    silentIn: (text) => unless?.test(text) === true,
    pathScoped: include !== undefined || contentPathFilter !== undefined,
    pathOnly: rule.pattern === undefined ? pathRegex : undefined,
    content: () => {
      if (content === undefined && rule.pattern !== undefined) content = new RegExp(rule.pattern, `${rule.flags ?? ''}gd`);
      return content;
    },
    allow: () => (allow ??= rule.allow.map((source) => new RegExp(source, 'i'))),
  };
}
