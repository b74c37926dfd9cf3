import type { StanchConfig } from '../config/load-config.js';
import { readBaseline, buildBaselineFilter, type BaselineFile } from './baseline.js';
import { buildConfigFilter } from './config-filters.js';
import type { FindingFilter } from './filter.js';
import { inlineAllowFilter } from './inline-allow.js';

// The ordered suppression passes of a run: inline comments, config excludes and allowlist, then the baseline.

/** What a run asks of suppression. */
export interface FilterOptions {
  /** `--no-suppress`: keep everything, suppress nothing. */
  noSuppress: boolean;
  /** `--baseline FILE`, already resolved to an absolute path. */
  baselinePath?: string;
}

/** The filters, and the baseline (with the fingerprints it matched) when one is used. */
export interface FilterSet {
  filters: FindingFilter[];
  baseline?: { file: BaselineFile; used: Set<string>; path: string };
}

/** Builds the filter passes for a run. */
export async function buildFilters(config: StanchConfig | undefined, options: FilterOptions): Promise<FilterSet> {
  if (options.noSuppress) return { filters: [] };
  const filters: FindingFilter[] = [inlineAllowFilter];
  const configFilter = config === undefined ? undefined : buildConfigFilter(config);
  if (configFilter !== undefined) filters.push(configFilter);
  if (options.baselinePath === undefined) return { filters };
  const file = await readBaseline(options.baselinePath);
  const used = new Set<string>();
  filters.push(buildBaselineFilter(file, used));
  return { filters, baseline: { file, used, path: options.baselinePath } };
}

/** A notice for baseline entries no finding matched any more (so the file can be pruned). */
export function staleBaselineNotice(set: FilterSet): string | undefined {
  if (set.baseline === undefined) return undefined;
  const stale = set.baseline.file.entries.filter((e) => !set.baseline?.used.has(e.fingerprint)).length;
  return stale === 0 ? undefined : `${stale} baseline entr${stale === 1 ? 'y matches' : 'ies match'} no finding any more; run \`stanch baseline --prune\` to remove them`;
}
