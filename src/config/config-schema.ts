import { z } from 'zod';
import { refineRule, ruleFieldsSchema } from '../rules/schema.js';

// The `.stanch.yaml` contract, validated strictly: unknown keys are errors, not silently ignored.

const severity = z.enum(['critical', 'high', 'medium', 'low']);
const confidence = z.enum(['high', 'medium', 'low']);
const glob = z.string().min(1);
const pattern = z.string().min(1);
const ruleIds = z.array(z.string().min(1)).min(1);

/** A user rule: the pack's schema, with examples optional (they are tested by `stanch rules test` when given). */
export const userRuleSchema = refineRule(
  ruleFieldsSchema.extend({
    examples: z.strictObject({ positive: z.array(z.string()).default([]), negative: z.array(z.string()).default([]) }).optional(),
    references: z.array(z.string().url()).default([]),
    help: z.string().min(1).default('Remove the value from the file and rotate it if it is a credential.'),
  }),
);

/** The whole config file; descriptions show up in editors through the generated JSON Schema. */
export const configSchema = z.strictObject({
  failOn: severity.optional().describe('Lowest severity that fails a run (--fail-on wins).'),
  minConfidence: confidence.optional().describe('Lowest confidence that fails a run (--min-confidence wins).'),
  enable: z.array(z.string()).default([]).describe('Opt-in rules to turn on, by id (`stanch rules` marks them opt-in).'),
  disable: z.array(z.string()).default([]).describe('Built-in rules to turn off, by id (`stanch rules` lists them).'),
  override: z
    .record(z.string(), z.strictObject({ severity: severity.optional(), confidence: confidence.optional() }))
    .default({})
    .describe('Per-rule severity or confidence, by rule id.'),
  exclude: z
    .array(z.union([glob, z.strictObject({ path: glob, rules: ruleIds })], { error: 'expected a glob, or {path: glob, rules: [rule ids]}' }))
    .default([])
    .describe('Paths (gitignore-style globs) whose findings are suppressed and counted; {path, rules} limits one to some rules.'),
  allow: z
    .array(z.union([pattern, z.strictObject({ pattern, rules: ruleIds })], { error: 'expected a regex, or {pattern: regex, rules: [rule ids]}' }))
    .default([])
    .describe('Regexes on values: matching findings are suppressed and counted; {pattern, rules} limits one to some rules.'),
  decode: z.boolean().optional().describe('Also look inside base64 and hex strings, two levels deep (like --decode).'),
  rules: z.array(userRuleSchema).default([]).describe('Extra rules, same schema as the built-in pack (examples optional).'),
});

/** A validated config file. */
export type ConfigFile = z.infer<typeof configSchema>;

/** An `exclude:` entry: a glob for every rule, or `{path, rules}` for some. */
export type ExcludeEntry = ConfigFile['exclude'][number];

/** An `allow:` entry: a regex for every rule, or `{pattern, rules}` for some. */
export type AllowEntry = ConfigFile['allow'][number];
