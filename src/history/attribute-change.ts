import { findingsAtPath } from '../detect/detect-chunk.js';
import { preparePack } from '../detect/prepare-pack.js';
import type { LogCommit } from '../git/read-log.js';
import type { Finding, RulePack, Skipped } from '../types.js';
import { introducedHits, isNewPath, renameSource, type PathChange } from './attribute.js';
import type { BlobScanner } from './blob-scanner.js';

// The findings one commit's change to one path introduced. Most changes of a warm audit write a blob the cache
// knows clean: `introducesNothing` says so without a promise, and only the rest are attributed.

/** Whether a blob of this mode is scanned: regular and executable files (not symlinks or submodules). */
export function isScannableMode(mode: string | undefined): boolean {
  return mode === '100644' || mode === '100755';
}

/**
 * Whether the change surely introduces no finding, known at once: it writes no file, or a blob the cache knows
 * clean at a path that is not new or that no path rule can match. False means "attribute it".
 */
export function introducesNothing(commit: LogCommit, change: PathChange, scanner: BlobScanner, pack: RulePack): boolean {
  if (!isScannableMode(change.entries[0]?.newMode)) return true;
  const result = scanner.peek(change.newOid);
  return result !== undefined && 'hits' in result && !mayIntroduce(commit, change, result.hits, pack);
}

/** The findings the change introduced (a blob that could not be scanned is added to `skipped`). */
export async function attributeChange(commit: LogCommit, change: PathChange, scanner: BlobScanner, pack: RulePack, skipped: Skipped[]): Promise<Finding[]> {
  if (!isScannableMode(change.entries[0]?.newMode)) return [];
  const result = await scanner.scan(change.newOid);
  if ('skipped' in result) {
    skipped.push({ path: `${change.path}@${commit.info.sha.slice(0, 10)}`, reason: result.skipped });
    return [];
  }
  if (!mayIntroduce(commit, change, result.hits, pack)) return [];
  const fresh = isNewPath(change, commit.parents.length);
  const olds = await Promise.all(change.entries.filter((e) => !/^0+$/.test(e.oldOid) && isScannableMode(e.oldMode)).map((e) => scanner.scan(e.oldOid)));
  const oldHits = olds.map((r) => ('hits' in r ? r.hits : []));
  const introduced = await scanner.complete(change.newOid, introducedHits(change, commit.parents.length, result.hits, oldHits));
  // Path rules (a committed .env) report where the file first appears, not on every later edit.
  const renamedFrom = fresh ? renameSource(change) : undefined;
  return findingsAtPath(introduced, change.path, pack, { pathRules: fresh, ...(renamedFrom === undefined ? {} : { renamedFrom }) }).map((f) => ({ ...f, commit: commit.info }));
}

// A change can introduce a finding when its blob has hits, or when it creates a path a path rule may match.
function mayIntroduce(commit: LogCommit, change: PathChange, hits: readonly unknown[], pack: RulePack): boolean {
  return hits.length > 0 || (isNewPath(change, commit.parents.length) && preparePack(pack).mayMatchPath(change.path));
}
