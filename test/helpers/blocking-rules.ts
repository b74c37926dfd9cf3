import { detectChunk } from '../../src/detect/detect-chunk.js';
import { isBlocking } from '../../src/report/report-options.js';
import type { RulePack } from '../../src/types.js';

// What would stop a commit with the default policy (severity >= high, confidence >= medium).

/** Ids of the rules whose findings in `text` at `path` block by default, in finding order. */
export function listBlockingRules(pack: RulePack, path: string, text: string): string[] {
  return detectChunk({ path, text }, pack)
    .filter((f) => isBlocking(f, 'high', 'medium'))
    .map((f) => f.ruleId);
}

/** Every finding's rule id and whether it blocks by default, in finding order. */
export function listFindingsBlocking(pack: RulePack, path: string, text: string): { ruleId: string; blocking: boolean }[] {
  return detectChunk({ path, text }, pack).map((f) => ({ ruleId: f.ruleId, blocking: isBlocking(f, 'high', 'medium') }));
}

/** Both listings bound to one pack: `scan(path, text)` and `blockingIds(path, text)`, as the real-world suites use them. */
export function bindToPack(pack: RulePack): {
  scan: (path: string, text: string) => { ruleId: string; blocking: boolean }[];
  blockingIds: (path: string, text: string) => string[];
} {
  return { scan: (path, text) => listFindingsBlocking(pack, path, text), blockingIds: (path, text) => listBlockingRules(pack, path, text) };
}
