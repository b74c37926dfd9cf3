// The public API of stanch as a library: detection, rules, sources, the pipeline and the reporters.

export { detectChunk, type DetectInput } from './detect/detect-chunk.js';
export { classifyContext } from './detect/classify-context.js';
export { computeFingerprint } from './detect/fingerprint.js';
export { loadBuiltinPack } from './rules/builtin-pack.js';
export { enableRules, withDecodeDepth } from './rules/pack-options.js';
export { compileRuleFiles, type RuleFile } from './rules/compile-pack.js';
export { testRulePack, type RuleTestFailure } from './rules/test-rules.js';
export { ruleSchema } from './rules/schema.js';
export { scanSource, type ScanPlan, type ScanResult } from './pipeline/scan-source.js';
export { raiseSecretCopies } from './pipeline/raise-secret-copies.js';
export { fileSource, type FileSourceOptions } from './sources/files.js';
export { formatJson } from './report/json.js';
export { formatHuman } from './report/human.js';
export { formatSarif, sarifNotices } from './report/sarif.js';
export { loadConfig, type StanchConfig } from './config/load-config.js';
export { applyConfig } from './config/apply-config.js';
export { buildFilters, staleBaselineNotice, type FilterOptions, type FilterSet } from './filters/build-filters.js';
export { buildBaseline, readBaseline, writeBaseline, type BaselineEntry, type BaselineFile } from './filters/baseline.js';
export { isBlocking, type ReportOptions } from './report/report-options.js';
export { redactSecret, presentSecret } from './report/redact.js';
export { run } from './cli/run.js';
export { StanchError, UsageError, ConfigError, RulePackError, GitError, IoError } from './errors.js';
export { VERSION } from './version.js';
export type * from './types.js';
