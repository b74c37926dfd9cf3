// Core data model shared by every pipeline stage: sources → detect → filters → report.
import type { Checksum } from './detect/checksum.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type Confidence = 'high' | 'medium' | 'low';
export type RuleKind = 'secret' | 'misconfig';
export type Mode = 'scan' | 'staged' | 'history';
/** Where a file sits in a project; anything but `code` lowers severity instead of hiding a finding. */
export type FileContext = 'code' | 'test' | 'docs' | 'example' | 'dev';
/** The contexts that can lower a finding: every one but `code`. */
export const LOWERING_CONTEXTS = ['test', 'docs', 'example', 'dev'] as const;

// Severity order, most severe first; used for thresholds, sorting and SARIF.
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** The commit that introduced a finding (history mode). */
export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
  summary: string;
}

/** Where a chunk of text came from. */
export type Provenance =
  | { kind: 'file' }
  | { kind: 'stdin' }
  | { kind: 'staged'; blob: string }
  | { kind: 'history'; blob: string; commit: CommitInfo };

/** Inclusive 1-based line ranges; findings outside every range are not reported. */
export type LineRange = readonly [start: number, end: number];

/** One unit of text to scan, as yielded by a source. */
export interface Chunk {
  /** Repo-relative path with forward slashes (or the stdin name). */
  path: string;
  text: string;
  provenance: Provenance;
  /** Only findings touching these lines are reported (staged: the added lines). Absent: all lines. */
  reportLines?: readonly LineRange[];
  /** A renamed or copied file's old path: path rules it did not match report whatever `reportLines` says. */
  renamedFrom?: string;
  /** Binary content: `text` is empty and only path rules apply. */
  binary?: boolean;
}

/** A rule after validation and compilation; regexes stay as source strings until first use. */
export interface CompiledRule {
  id: string;
  title: string;
  kind: RuleKind;
  severity: Severity;
  confidence: Confidence;
  /** Lower-case literals; the content pattern runs only where one occurs. Empty for path-only rules. */
  keywords: string[];
  /** Content regex source (JavaScript syntax), absent for path-only rules. */
  pattern?: string;
  /** Extra RegExp flags for `pattern` (subset of `imsu`); `g` and `d` are added by the engine. */
  flags?: string;
  /** Capture group holding the secret or offending value; 0 means the whole match. */
  secretGroup: number;
  /** Minimum Shannon entropy (bits per char) of the secret group. */
  entropy?: number;
  /** Regex source matched against the repo-relative path: the file itself is the finding. */
  path?: string;
  /** picomatch globs restricting which files the rule applies to. */
  files?: { include?: string[]; exclude?: string[] };
  /** Regex sources for values that are not findings. */
  allow: string[];
  /** Offline checksum the value carries (GitHub, npm, Grafana tokens): verified values block even in tests. */
  checksum?: Checksum;
  /** Off unless a config enables it (`enable:`): identifiers worth an audit, too common to report by default. */
  optIn?: boolean;
  /** `line`: every match lies on the line of a keyword hit, so only those lines are searched (faster). */
  scope?: 'line';
  /** The contexts that lower the rule's findings; default all of LOWERING_CONTEXTS. */
  lowerIn?: (typeof LOWERING_CONTEXTS)[number][];
  /** Rules whose finding on the same value this rule replaces (a Clerk key under CLERK_SECRET_KEY is not also a Stripe key). */
  supersedes?: string[];
  /** A literal-secret misconfiguration (a key in render.yaml) that a more severe secret rule on the same value replaces. */
  yieldsToSecrets?: boolean;
  /** A path rule reported at confidence low when no secret rule finds a non-weak value in the file (a `.env` of placeholders). */
  lowWithoutSecrets?: boolean;
  /** A misconfiguration whose value is a deployed credential: a placeholder is no finding, a guessable value low; a
   * secret rule's password: a stock one (`password123`, `0000`) is reported low. */
  lowerGuessable?: boolean;
  /** picomatch globs of files the rule reads as development tooling (`scripts/**`): lowered like a dev config file. */
  devFiles?: string[];
  /** A regex (flag m): the rule reports nothing in a text it matches (an Expo app.json is not a Heroku app.json). */
  unlessText?: string;
  /** Generic (non-provider) rules get the extra uuid, hash, sequential, lock-file and minified defences. */
  generic: boolean;
  /** Whether the value is masked in output; defaults to true for secrets, false for misconfigs. */
  redact: boolean;
  help: string;
  references: string[];
}

/** A rule example: text alone (scanned as `example.txt`) or text with the path it should be scanned as. */
export type RuleExample = string | { text: string; path: string };

/** A rule's examples, kept beside the pack for `stanch rules test`. */
export interface RuleExamples {
  positive: RuleExample[];
  negative: RuleExample[];
  /** Texts the rule fires on, but below the blocking level (a development block, a test file). */
  lowered?: RuleExample[];
}

/** A rule's help text and references, which the built-in pack keeps in a module of their own. */
export type RuleHelp = Pick<CompiledRule, 'help' | 'references'>;

/** The compiled, versioned rule pack. */
export interface RulePack {
  /** Hash over the compiled rules; caches are keyed by it. */
  hash: string;
  rules: CompiledRule[];
  /** Examples by rule id (absent for rules added without examples). */
  examples: Record<string, RuleExamples>;
  /** Opt-in rules not enabled in this pack; `rules` holds the ones that run. */
  optional?: CompiledRule[];
  /** Levels of base64/hex encoding to look inside (`--decode`); 0 or absent: none. Part of `hash`. */
  decodeDepth?: number;
}

/** What detection found, before filters and reporting. Holds the secret in memory only. */
export interface Finding {
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  confidence: Confidence;
  title: string;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The secret or offending value, in clear. Reporters must pass it through redaction. */
  secret: string;
  /** The whole source line(s) of the match, in clear; reporters redact before printing. */
  lineText: string;
  /** Whether reporters mask `secret` (and any occurrence of it in `lineText`). */
  redact: boolean;
  fingerprint: string;
  context: FileContext;
  commit?: CommitInfo;
  inHead?: boolean;
  /** Whether this occurrence shows the value is a key made to be public (a Maps key under `REACT_APP_`); not reported. */
  publicByDesign?: boolean;
  /** When the token stops working (a JWT's `exp`, seconds since the epoch); the scan lowers one already expired. */
  expiresAt?: number;
}

/** Why a file was not scanned. */
export interface Skipped {
  path: string;
  reason: string;
}

/** The suppression mechanism that hid a finding. */
export type SuppressionKind = 'inline' | 'config' | 'baseline' | 'ignore-file';

export interface Summary {
  files: number;
  bytes: number;
  blobs?: number;
  commits?: number;
  findings: number;
  suppressed: number;
  suppressedBy: Partial<Record<SuppressionKind, number>>;
  skipped: Skipped[];
  durationMs: number;
  /** Notices the user must see (shallow history, truncated SARIF, ...). */
  notices?: string[];
}

export interface Report {
  tool: { name: 'stanch'; version: string };
  mode: Mode;
  findings: Finding[];
  summary: Summary;
  /** What the filters suppressed, in memory only (never serialised): the human report masks their values too. */
  suppressedFindings?: readonly Finding[];
}
