import { parse } from 'yaml';
import type { ZodError } from 'zod';
import { RulePackError } from '../errors.js';
import type { CompiledRule, RuleExamples, RulePack } from '../types.js';
import { findLeadingLookbehind, REACH_LIMIT } from './leading-lookbehind.js';
import { isLineBound } from './line-bound.js';
import { hashRules } from './pack-options.js';
import { ruleFileSchema, type RuleSource } from './schema.js';

// Validates rule files and compiles them into a pack; any problem names the file, the rule and the reason.

/** A rule file as read from disk (path for messages, YAML content). */
export interface RuleFile {
  path: string;
  content: string;
}

/** Compiles YAML rule files into a pack; throws RulePackError on the first problem. */
export function compileRuleFiles(files: readonly RuleFile[]): RulePack {
  const rules: CompiledRule[] = [];
  const examples: Record<string, RuleExamples> = {};
  const origin = new Map<string, string>();
  for (const file of files) {
    for (const [index, source] of parseRuleFile(file).entries()) {
      const where = `${file.path}: rules[${index}] (${source.id})`;
      const first = origin.get(source.id);
      if (first !== undefined) throw new RulePackError(`${where}: duplicate rule id, first defined in ${first}`);
      origin.set(source.id, file.path);
      rules.push(compileRule(source, where));
      examples[source.id] = source.examples;
    }
  }
  for (const rule of rules) {
    const unknown = rule.supersedes?.find((id) => !origin.has(id));
    if (unknown !== undefined) throw new RulePackError(`${origin.get(rule.id) ?? ''}: ${rule.id}: supersedes unknown rule id "${unknown}"`);
  }
  const active = rules.filter((r) => r.optIn !== true);
  return { hash: hashRules(active), rules: active, optional: rules.filter((r) => r.optIn === true), examples };
}

/** Compiles one validated rule; `where` prefixes any error. */
export function compileRule(source: RuleSource, where: string): CompiledRule {
  const { examples: _examples, redact, ...rest } = source;
  const rule: CompiledRule = { ...rest, redact: redact ?? source.kind === 'secret' };
  if (rule.pattern !== undefined) {
    const groups = countGroups(rule.pattern, rule.flags ?? '', `${where}: pattern`);
    if (rule.secretGroup > groups) {
      throw new RulePackError(`${where}: secretGroup ${rule.secretGroup} but the pattern has ${groups} capture group(s)`);
    }
  }
  const lookbehind = rule.pattern === undefined ? undefined : findLeadingLookbehind(rule.pattern);
  if (lookbehind !== undefined) {
    const cause = `pattern: a match can begin with ${lookbehind}, which reaches over ${REACH_LIMIT} characters back`;
    throw new RulePackError(`${where}: ${cause} and so runs at every position; move it after the literal it qualifies`);
  }
  if (rule.scope === 'line' && (rule.pattern === undefined || !isLineBound(rule.pattern, rule.flags))) {
    throw new RulePackError(`${where}: scope: line, but the pattern can match a line break`);
  }
  if (rule.path !== undefined) countGroups(rule.path, 'i', `${where}: path`);
  for (const [i, allow] of rule.allow.entries()) countGroups(allow, 'i', `${where}: allow[${i}]`);
  if (rule.unlessText !== undefined) countGroups(rule.unlessText, 'm', `${where}: unlessText`);
  return rule;
}

function parseRuleFile(file: RuleFile): RuleSource[] {
  let data: unknown;
  try {
    data = parse(file.content);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RulePackError(`${file.path}: invalid YAML: ${reason}`);
  }
  const result = ruleFileSchema.safeParse(data ?? []);
  if (!result.success) throw new RulePackError(`${file.path}: ${describeZodError(result.error, data)}`);
  return result.data;
}

/** The first zod issue as `rules[i] (id): path: message`. */
export function describeZodError(error: ZodError, data: unknown): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid rule file';
  const [index, ...rest] = issue.path;
  const id = typeof index === 'number' && Array.isArray(data) ? ruleIdAt(data, index) : undefined;
  const head = typeof index === 'number' ? `rules[${index}]${id === undefined ? '' : ` (${id})`}` : 'file';
  const field = rest.length > 0 ? `: ${rest.map(String).join('.')}` : '';
  return `${head}${field}: ${issue.message}`;
}

function ruleIdAt(data: unknown[], index: number): string | undefined {
  const entry: unknown = data[index];
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) return undefined;
  return typeof entry.id === 'string' ? entry.id : undefined;
}

function countGroups(source: string, flags: string, where: string): number {
  try {
    return (new RegExp(`${source}|`, flags).exec('')?.length ?? 1) - 1;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RulePackError(`${where}: ${reason}`);
  }
}
