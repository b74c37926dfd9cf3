import { resolve } from 'node:path';
import type { FindingFilter } from '../filters/filter.js';
import { openCatFile } from '../git/cat-file.js';
import type { LogCommit } from '../git/read-log.js';
import { runGit, type GitContext } from '../git/run-git.js';
import { createDetectPool } from '../pipeline/detect-pool.js';
import type { Report, RulePack, Skipped } from '../types.js';
import { VERSION } from '../version.js';
import { createMemoryCache, openBlobCache } from './blob-cache.js';
import { attributeChange, introducesNothing, isScannableMode } from './attribute-change.js';
import { createBlobScanner } from './blob-scanner.js';
import { createBlobFeed, scanBlobs } from './feed-blobs.js';
import { groupByPath, type PathChange } from './attribute.js';
import { markInHead, readHeadTree } from './mark-in-head.js';
import { createBlobPlanner } from './plan-blob-rules.js';
import { openPlanCache } from './plan-cache.js';
import { listCommits, readCommits } from './read-commits.js';
import { filterFindings, type FilteredFindings } from './filter-findings.js';
import { loadIgnoreMatcher } from '../sources/ignore-file.js';
import { lowerExpiredTokens } from '../pipeline/lower-expired.js';
import { raiseSecretCopies } from '../pipeline/raise-secret-copies.js';

// `stanch history`: every distinct blob scanned once, each finding attributed to the commit that introduced it.

/** What a history scan needs. */
export interface HistoryPlan {
  pack: RulePack;
  filters: readonly FindingFilter[];
  jobs: number;
  /** git log revision arguments: `--all`, `BASE..HEAD`, ... */
  revisions: readonly string[];
  useCache: boolean;
  maxFileSize: number;
  onProgress?: (progress: { phase: string; done: number; total: number; bytes: number }) => void;
}

/** Scans the commits selected by the plan and returns the report (newest introductions first). */
export async function scanHistory(ctx: GitContext, plan: HistoryPlan): Promise<Report> {
  const started = performance.now();
  // --show-cdup (not --show-toplevel) so a bare or mirror clone can be audited too. The caches live in the common
  // git directory, so every worktree of a repository shares them (they share the objects they describe).
  const revParsing = runGit(ctx, ['rev-parse', '--git-common-dir', '--is-shallow-repository', '--show-cdup']);
  // The commit list (for the commit cache) and HEAD's tree (for the findings) run beside rev-parse and the cache
  // reads instead of each in turn when it is needed: a warm audit waited for each (about 40 ms here).
  const listed = plan.useCache ? listCommits(ctx, plan.revisions) : undefined;
  const headTree = readHeadTree(ctx);
  const [commonDir, shallow, cdup = ''] = (await revParsing).toString('utf8').split('\n');
  const gitDir = plan.useCache && commonDir !== undefined ? resolve(ctx.cwd, commonDir) : undefined;
  const root = resolve(ctx.cwd, cdup);
  const ignore = await loadIgnoreMatcher(root);
  const reader = openCatFile(ctx, plan.maxFileSize);
  const [cache, plans] = gitDir !== undefined ? await Promise.all([openBlobCache(gitDir, plan.pack.hash), openPlanCache(gitDir, plan.pack.hash)]) : [createMemoryCache(), undefined];
  const pool = createDetectPool(plan.pack, plan.jobs);
  // Blobs in flight: on the main thread each is scanned as it arrives; with workers each waits in a worker's queue.
  const limit = plan.jobs <= 1 ? 64 : Math.max(16, plan.jobs * 16);
  const planner = createBlobPlanner(plan.pack, plans?.known);
  const scanner = createBlobScanner(reader, pool, cache, plan.maxFileSize, planner.scopedFor);
  // Blobs are scanned while the log still streams (the main thread would otherwise wait for all of it).
  const feed = createBlobFeed(scanner, limit);
  const skipped: Skipped[] = [];
  const ignoredPaths = new Set<string>();
  const changesOf = new WeakMap<LogCommit, PathChange[]>();
  const changesFor = (commit: LogCommit): PathChange[] => {
    let changes = changesOf.get(commit);
    if (changes === undefined) {
      changes = groupByPath(commit.diffs).filter((change) => {
        if (!ignore(change.path)) return true;
        ignoredPaths.add(change.path);
        return false;
      });
      changesOf.set(commit, changes);
      planner.add(changes);
    }
    return changes;
  };
  try {
    // A shallow clone's boundary commits diff against nothing until the history is fetched: never cache them.
    const commits = await readCommits(ctx, plan.revisions, shallow === 'true' || gitDir === undefined || listed === undefined ? undefined : { gitDir, listed }, (done, completed) => {
      plan.onProgress?.({ phase: 'commits', done, total: 0, bytes: 0 });
      // A blob's plan may still grow (a later commit puts it at a Dockerfile): the scanner then scans it again.
      for (const commit of completed) feed.push(uniqueNewBlobs([changesFor(commit)]));
    });
    feed.stop();
    const changes = commits.map(changesFor);
    for (const path of [...ignoredPaths].sort()) skipped.push({ path, reason: 'ignored by .stanchignore' });
    const oids = uniqueNewBlobs(changes);
    await scanBlobs(oids, scanner, limit, (done) => plan.onProgress?.({ phase: 'blobs', done, total: oids.length, bytes: scanner.stats.bytes }));
    const filtered: FilteredFindings = { kept: [], suppressedBy: {}, suppressed: 0 };
    for (const [i, commit] of commits.entries()) {
      for (const change of changes[i] ?? []) {
        if (introducesNothing(commit, change, scanner, plan.pack)) continue;
        const found = await attributeChange(commit, change, scanner, plan.pack, skipped);
        if (found.length > 0) filterFindings(found, change.path, (await scanner.text(change.newOid)) ?? '', plan.filters, filtered);
      }
    }
    const { suppressedBy, suppressed } = filtered;
    const kept = raiseSecretCopies(lowerExpiredTokens(filtered.kept, Date.now()));
    await markInHead(kept, headTree, scanner, plan.pack);
    await Promise.all([cache.save(), plans?.save()]);
    const notices = shallow === 'true' ? ['shallow clone: only the commits present were scanned; fetch full history (fetch-depth: 0) to audit everything'] : [];
    return {
      tool: { name: 'stanch', version: VERSION },
      mode: 'history',
      findings: kept,
      summary: {
        files: scanner.stats.blobs,
        bytes: scanner.stats.bytes,
        blobs: scanner.stats.blobs + scanner.stats.cached,
        commits: commits.length,
        findings: kept.length,
        suppressed,
        suppressedBy,
        skipped,
        durationMs: Math.round(performance.now() - started),
        ...(notices.length > 0 ? { notices } : {}),
      },
    };
  } finally {
    feed.stop();
    await Promise.all([reader.close(), pool.close()]);
  }
}

function uniqueNewBlobs(changes: readonly PathChange[][]): string[] {
  const oids = new Set<string>();
  for (const list of changes) for (const change of list) if (isScannableMode(change.entries[0]?.newMode)) oids.add(change.newOid);
  return [...oids];
}
