import { resolve } from 'node:path';
import { loadConfig, type StanchConfig } from '../config/load-config.js';
import { buildFilters, staleBaselineNotice, type FilterSet } from '../filters/build-filters.js';
import type { FindingFilter } from '../filters/filter.js';
import type { ReportOptions } from '../report/report-options.js';
import { loadLeanBuiltinPack } from '../rules/lean-builtin-pack.js';
import { DECODE_DEPTH, withDecodeDepth } from '../rules/pack-options.js';
import type { Report, RulePack } from '../types.js';
import type { CommonOptions, Format } from './common-options.js';
import type { CliIo } from './io.js';

// Everything a scanning command needs, resolved once: defaults < config file < command-line flags.

/** Where and how the report is written. */
export interface OutputOptions extends ReportOptions {
  format: Format;
  output?: string;
  quiet: boolean;
}

/** The resolved run: rule pack, filters, output and the config it came from. */
export interface RunContext {
  pack: RulePack;
  filters: FindingFilter[];
  output: OutputOptions;
  jobs: number;
  config?: StanchConfig;
  filterSet: FilterSet;
}

/** The report with the run's own notices (stale baseline entries) added. */
export function withRunNotices(report: Report, context: RunContext): Report {
  const stale = staleBaselineNotice(context.filterSet);
  if (stale === undefined) return report;
  return { ...report, summary: { ...report.summary, notices: [...(report.summary.notices ?? []), stale] } };
}

/** Loads the pack and config and settles every option. */
export async function resolveRunContext(common: CommonOptions, io: CliIo, availableCores: number): Promise<RunContext> {
  const config = await loadConfig(io.cwd, common.config === undefined ? undefined : resolve(io.cwd, common.config));
  // The config compiler (yaml, zod) loads only when there is a config, the rules' help texts only when a report shows
  // findings (emit-report.ts): the pre-commit path stays light.
  const builtin = loadLeanBuiltinPack();
  const configured = config === undefined ? builtin : (await import('../config/apply-config.js')).applyConfig(builtin, config);
  const pack = withDecodeDepth(configured, common.decode || config?.decode === true ? DECODE_DEPTH : 0);
  const filterSet = await buildFilters(config, {
    noSuppress: common.noSuppress,
    ...(common.baseline === undefined ? {} : { baselinePath: resolve(io.cwd, common.baseline) }),
  });
  const output: OutputOptions = {
    format: common.format ?? 'human',
    ...(common.output === undefined ? {} : { output: resolve(io.cwd, common.output) }),
    quiet: common.quiet,
    showSecrets: common.showSecrets,
    color: common.color && common.output === undefined && io.stdoutIsTty,
    failOn: common.failOn ?? config?.failOn ?? 'high',
    minConfidence: common.minConfidence ?? config?.minConfidence ?? 'medium',
    pack,
    ...(io.columns !== undefined && io.stdoutIsTty && common.output === undefined ? { width: io.columns } : {}),
  };
  const jobs = common.jobs ?? Math.max(1, availableCores);
  return { pack, filters: filterSet.filters, filterSet, output, jobs, ...(config === undefined ? {} : { config }) };
}
