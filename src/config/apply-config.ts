import { ConfigError, RulePackError } from '../errors.js';
import { compileRule } from '../rules/compile-pack.js';
import { enableRules, hashRules, knownRuleIds } from '../rules/pack-options.js';
import type { CompiledRule, RulePack } from '../types.js';
import { findBacktrackingRisk } from './check-pattern.js';
import type { StanchConfig } from './load-config.js';

// Extends the built-in pack with the user's config: enabled opt-in rules, disabled rules, severity overrides,
// added rules.

/** The pack a run uses: the built-in one changed by the config (unchanged without one). */
export function applyConfig(base: RulePack, config: StanchConfig | undefined): RulePack {
  if (config === undefined) return base;
  const known = knownRuleIds(base);
  for (const [where, id] of referencedRuleIds(config)) {
    if (!known.has(id) && !config.rules.some((r) => r.id === id)) throw new ConfigError(`${config.path}: ${where}: unknown rule id "${id}"`, 'run `stanch rules` to list rule ids');
  }
  const pack = enableRules(base, config.enable);
  const disabled = new Set(config.disable);
  const rules: CompiledRule[] = pack.rules.filter((r) => !disabled.has(r.id)).map((r) => ({ ...r, ...config.override[r.id] }));
  for (const [i, source] of config.rules.entries()) {
    if (known.has(source.id)) throw new ConfigError(`${config.path}: rules.${i}: rule id "${source.id}" is already a built-in rule`, 'choose another id, or override the built-in rule');
    for (const [field, pattern] of [['pattern', source.pattern], ['path', source.path], ['unlessText', source.unlessText]] as const) {
      const risk = pattern === undefined ? undefined : findBacktrackingRisk(pattern);
      if (risk !== undefined) throw new ConfigError(`${config.path}: rules.${i} (${source.id}): ${field}: may backtrack catastrophically (${risk})`, 'use bounded quantifiers such as {1,64} instead of + or * inside repeated groups');
    }
    try {
      rules.push(compileRule({ ...source, examples: { positive: [], negative: [] } }, `${config.path}: rules.${i} (${source.id})`));
    } catch (error) {
      if (error instanceof RulePackError) throw new ConfigError(error.message, 'fix the rule in your config');
      throw error;
    }
  }
  const examples = { ...pack.examples };
  for (const source of config.rules) if (source.examples !== undefined) examples[source.id] = source.examples;
  return { hash: hashRules(rules), rules, optional: pack.optional ?? [], examples };
}

// Every rule id the config names, with the YAML path naming it (for errors).
function referencedRuleIds(config: StanchConfig): [string, string][] {
  const out: [string, string][] = config.disable.map((id, i) => [`disable.${i}`, id]);
  for (const [i, id] of config.enable.entries()) out.push([`enable.${i}`, id]);
  for (const id of Object.keys(config.override)) out.push([`override.${id}`, id]);
  for (const [key, entries] of [['exclude', config.exclude], ['allow', config.allow]] as const) {
    for (const [i, entry] of entries.entries()) {
      if (typeof entry !== 'string') for (const [j, id] of entry.rules.entries()) out.push([`${key}.${i}.rules.${j}`, id]);
    }
  }
  for (const [i, rule] of config.rules.entries()) for (const [j, id] of (rule.supersedes ?? []).entries()) out.push([`rules.${i}.supersedes.${j}`, id]);
  return out;
}
