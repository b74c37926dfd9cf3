import type { CompiledRule, RulePack } from '../types.js';

// The generated pack leaves out every field a rule shares with most others (about 120 KB of the bundle read at each start);
// the loader puts them back. Both sides read this one table, so a default can never differ between them.

const DEFAULTED_FIELDS = ['allow', 'confidence', 'generic', 'help', 'kind', 'references', 'redact', 'secretGroup', 'severity'] as const;
type DefaultedField = (typeof DEFAULTED_FIELDS)[number];

/** Field values most rules share, omitted from the generated pack. */
export const LEAN_RULE_DEFAULTS: Pick<CompiledRule, DefaultedField> = {
  allow: [],
  confidence: 'high',
  generic: false,
  help: '',
  kind: 'secret',
  references: [],
  redact: true,
  secretGroup: 1,
  severity: 'high',
};

/**
 * A compiled rule as the generated pack stores it: the shared fields may be absent, and `supersedes` names a rule
 * of the same pack by its index (646 rules supersede `generic-secret-assignment`: 30 KB of the bundle as names).
 */
export type LeanRule = Omit<CompiledRule, DefaultedField | 'supersedes'> & Partial<Pick<CompiledRule, DefaultedField>> & { supersedes?: (number | string)[] };

/** The generated pack's shape: a rule pack of lean rules. */
export interface LeanPack extends Omit<RulePack, 'rules' | 'optional'> {
  rules: LeanRule[];
  optional?: LeanRule[];
}

/** The pack as the generated module stores it (build time): lean rules, `supersedes` as indexes into rules then optional. */
export function leanPack(pack: Omit<RulePack, 'examples'>): Omit<LeanPack, 'examples'> {
  const { rules, optional, ...rest } = pack;
  const index = new Map([...rules, ...(optional ?? [])].map((rule, i) => [rule.id, i]));
  const lean = (rule: CompiledRule): LeanRule => leanRule(rule, index);
  return { ...rest, rules: rules.map(lean), ...(optional === undefined ? {} : { optional: optional.map(lean) }) };
}

/** `rule` without the fields that equal their shared default; superseded ids found in `index` become their index. */
export function leanRule(rule: CompiledRule, index: ReadonlyMap<string, number> = new Map()): LeanRule {
  const { supersedes, ...rest } = rule;
  const lean: LeanRule = { ...rest, ...(supersedes === undefined ? {} : { supersedes: supersedes.map((id) => index.get(id) ?? id) }) };
  for (const field of DEFAULTED_FIELDS) {
    if (JSON.stringify(rule[field]) === JSON.stringify(LEAN_RULE_DEFAULTS[field])) delete lean[field];
  }
  return lean;
}

/** The pack with every omitted field filled in from the shared defaults, in place (a spread copy costs 6x the parse). */
export function expandLeanPack(pack: LeanPack): RulePack {
  const { rules, optional, ...rest } = pack;
  const ids = [...rules, ...(optional ?? [])].map((rule) => rule.id);
  const expand = (rule: LeanRule): CompiledRule => expandRule(rule, ids);
  return { ...rest, rules: rules.map(expand), ...(optional === undefined ? {} : { optional: optional.map(expand) }) };
}

// Each rule gets arrays of its own, never the shared default's.
function expandRule(rule: LeanRule, ids: readonly string[]): CompiledRule {
  const d = LEAN_RULE_DEFAULTS;
  const { supersedes } = rule;
  return Object.assign(rule, {
    ...(supersedes === undefined ? {} : { supersedes: supersedes.map((ref) => (typeof ref === 'number' ? (ids[ref] ?? String(ref)) : ref)) }),
    allow: rule.allow ?? [],
    confidence: rule.confidence ?? d.confidence,
    generic: rule.generic ?? d.generic,
    help: rule.help ?? d.help,
    kind: rule.kind ?? d.kind,
    references: rule.references ?? [],
    redact: rule.redact ?? d.redact,
    secretGroup: rule.secretGroup ?? d.secretGroup,
    severity: rule.severity ?? d.severity,
  });
}
