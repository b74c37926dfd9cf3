import { appendCacheLines, cacheFile, packFileName, parseJsonLine, readCacheLines } from './cache-files.js';
import { internScoped } from './scoped-rules.js';

// Which path-scoped rules apply at each path, as earlier runs worked out with the same pack: testing every path
// against every rule's globs again is most of a warm audit's own work (48 ms for 3,500 paths).

/** Plans of earlier runs by path, and a way to keep this run's new ones. */
export interface PlanCache {
  /** Path → path-scoped rule indices; planning adds the paths it works out. */
  known: Map<string, readonly number[]>;
  /** Appends the paths added to `known` since the cache was opened. */
  save: () => Promise<void>;
}

/** Opens the plan cache for `packHash` under `<gitDir>/stanch/cache-v1/`; missing or damaged lines are planned again. */
export async function openPlanCache(gitDir: string, packHash: string): Promise<PlanCache> {
  const path = cacheFile(gitDir, packFileName('plans', packHash, 'jsonl'));
  const known = new Map<string, readonly number[]>();
  for (const line of readCacheLines(path)) {
    const entry = parseLine(line);
    if (entry !== undefined) known.set(entry[0], internScoped(entry[1]));
  }
  const before = new Set(known.keys());
  return {
    known,
    save: () => appendCacheLines(path, [...known].filter(([p]) => !before.has(p)).map((entry) => JSON.stringify(entry))),
  };
}

function parseLine(line: string): [string, number[]] | undefined {
  const value = parseJsonLine(line);
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [path, list] = value;
  if (typeof path !== 'string' || !Array.isArray(list) || !list.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  return [path, list.filter((n): n is number => typeof n === 'number')];
}
