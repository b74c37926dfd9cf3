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

/** A compiled rule as the generated pack stores it: the shared fields may be absent. */
export type LeanRule = Omit<CompiledRule, DefaultedField> & Partial<Pick<CompiledRule, DefaultedField>>;

/** The generated pack's shape: a rule pack of lean rules. */
export interface LeanPack extends Omit<RulePack, 'rules' | 'optional'> {
  rules: LeanRule[];
  optional?: LeanRule[];
}

/** `rule` without the fields that equal their shared default (build time). */
export function leanRule(rule: CompiledRule): LeanRule {
  const lean: LeanRule = { ...rule };
  for (const field of DEFAULTED_FIELDS) {
    if (JSON.stringify(rule[field]) === JSON.stringify(LEAN_RULE_DEFAULTS[field])) delete lean[field];
  }
  return lean;
}

/** The pack with every omitted field filled in from the shared defaults, in place (a spread copy costs 6x the parse). */
export function expandLeanPack(pack: LeanPack): RulePack {
  const { rules, optional, ...rest } = pack;
  return { ...rest, rules: rules.map(expandRule), ...(optional === undefined ? {} : { optional: optional.map(expandRule) }) };
}

// Each rule gets arrays of its own, never the shared default's.
function expandRule(rule: LeanRule): CompiledRule {
  const d = LEAN_RULE_DEFAULTS;
  return Object.assign(rule, {
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
