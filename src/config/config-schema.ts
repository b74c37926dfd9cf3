import { z } from 'zod';
import { refineRule, ruleFieldsSchema } from '../rules/schema.js';

// The `.stanch.yaml` contract, validated strictly: unknown keys are errors, not silently ignored.

const severity = z.enum(['critical', 'high', 'medium', 'low']);
const confidence = z.enum(['high', 'medium', 'low']);

/** A user rule: the pack's schema, with examples optional (they are tested by `stanch rules test` when given). */
export const userRuleSchema = refineRule(
  ruleFieldsSchema.extend({
    examples: z.strictObject({ positive: z.array(z.string()).default([]), negative: z.array(z.string()).default([]) }).optional(),
    references: z.array(z.string().url()).default([]),
    help: z.string().min(1).default('Remove the value from the file and rotate it if it is a credential.'),
  }),
);

/** The whole config file. */
export const configSchema = z.strictObject({
  /** Lowest severity that fails a run (overridden by --fail-on). */
  failOn: severity.optional(),
  /** Lowest confidence that fails a run (overridden by --min-confidence). */
  minConfidence: confidence.optional(),
  /** Built-in rules to turn off, by id. */
  disable: z.array(z.string()).default([]),
  /** Per-rule severity or confidence changes. */
  override: z.record(z.string(), z.strictObject({ severity: severity.optional(), confidence: confidence.optional() })).default({}),
  /** Paths (gitignore-style globs) whose findings are suppressed and counted. */
  exclude: z.array(z.string().min(1)).default([]),
  /** Regexes: a finding whose value matches one is suppressed and counted. */
  allow: z.array(z.string().min(1)).default([]),
  /** Extra rules, same schema as the built-in pack. */
  rules: z.array(userRuleSchema).default([]),
});

/** A validated config file. */
export type ConfigFile = z.infer<typeof configSchema>;
