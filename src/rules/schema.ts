import { z } from 'zod';
import { CHECKSUMS } from '../detect/checksum.js';
import { LOWERING_CONTEXTS } from '../types.js';

// The rule-pack contract (DESIGN.md §2): one YAML entry per rule, validated strictly.

const severity = z.enum(['critical', 'high', 'medium', 'low']);
const confidence = z.enum(['high', 'medium', 'low']);
const globs = z.array(z.string().min(1));

/** A rule example: text alone, or text with the path it is scanned as. */
export const exampleSchema = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string(), path: z.string().min(1) }),
]);

/** The fields of a rule, before the cross-field checks. */
export const ruleFieldsSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: z.string().min(3),
    kind: z.enum(['secret', 'misconfig']),
    severity,
    confidence,
    keywords: z
      .array(z.string().min(2).refine((k) => k === k.toLowerCase(), 'keywords must be lower-case'))
      .default([]),
    pattern: z.string().min(1).optional(),
    flags: z.string().regex(/^[imsu]*$/, 'only i, m, s and u are allowed').optional(),
    secretGroup: z.number().int().min(0).default(0),
    entropy: z.number().min(0).max(8).optional(),
    path: z.string().min(1).optional(),
    files: z.strictObject({ include: globs.optional(), exclude: globs.optional() }).optional(),
    allow: z.array(z.string().min(1)).default([]),
    checksum: z.enum(CHECKSUMS).optional(),
    scope: z.literal('line').optional(),
    lowerIn: z.array(z.enum(LOWERING_CONTEXTS)).optional(),
    supersedes: z.array(z.string().min(1)).optional(),
    yieldsToSecrets: z.boolean().optional(),
    lowWithoutSecrets: z.boolean().optional(),
    lowerGuessable: z.boolean().optional(),
    devFiles: globs.optional(),
    unlessText: z.string().min(1).optional(),
    generic: z.boolean().default(false),
    optIn: z.boolean().optional(),
    redact: z.boolean().optional(),
    help: z.string().min(10),
    references: z.array(z.string().url()).min(1),
    examples: z.strictObject({
      positive: z.array(exampleSchema).min(2),
      negative: z.array(exampleSchema).min(2),
      // Fires, but below the blocking level: a development block, a test file, a guessable value.
      lowered: z.array(exampleSchema).optional(),
    }),
  });

/** Cross-field checks every rule must pass (built-in or user). */
export function refineRule<T extends z.ZodType<{ pattern?: string | undefined; path?: string | undefined; keywords: string[] }>>(schema: T) {
  return schema
    .refine((r) => r.pattern !== undefined || r.path !== undefined, {
      message: 'a rule needs a content `pattern`, a `path` pattern, or both',
    })
    // Without keywords a content pattern reads every file of up to 4 KB its `path` matches (a Docker secret file).
    .refine((r) => r.pattern === undefined || r.keywords.length > 0 || r.path !== undefined, {
      message: 'a content pattern needs at least one keyword for the prefilter, or a `path` for the small files it reads whole',
      path: ['keywords'],
    });
}

/** One rule as written in `rules/**\/*.yaml`. */
export const ruleSchema = refineRule(ruleFieldsSchema);

/** A rule file: a YAML list of rules. */
export const ruleFileSchema = z.array(ruleSchema);

export type RuleSource = z.infer<typeof ruleSchema>;
