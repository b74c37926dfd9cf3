import type { StanchConfig } from '../config/load-config.js';
import type { FindingFilter } from './filter.js';

export interface FilterOptions {
  /** `--no-suppress`: keep everything, suppress nothing. */
  noSuppress: boolean;
  /** `--baseline FILE`, already resolved to an absolute path. */
  baselinePath?: string;
}

// The ordered filter passes for a run (inline allow, config allowlists, baseline); placeholder until the config issue.
export function buildFilters(_config: StanchConfig | undefined, _options: FilterOptions): FindingFilter[] {
  return [];
}
