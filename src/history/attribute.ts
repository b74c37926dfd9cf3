import type { BlobHit } from './stored-hit.js';
import { ZERO_OID, type RawEntry } from '../git/parse-raw.js';

// Which hits a commit introduced at a path: present in the new blob, absent from every parent's version.

/** The changes a commit made to one path, one entry per parent diff that touched it. */
export interface PathChange {
  path: string;
  newOid: string;
  /** One per parent diff that lists the path (renames point at the source path's blob). */
  entries: RawEntry[];
}

/** Groups a commit's parent diffs by new path (deletions are dropped). */
export function groupByPath(diffs: readonly RawEntry[][]): PathChange[] {
  const byPath = new Map<string, PathChange>();
  for (const diff of diffs) {
    for (const entry of diff) {
      if (entry.status === 'D' || ZERO_OID.test(entry.newOid)) continue;
      const change = byPath.get(entry.path) ?? { path: entry.path, newOid: entry.newOid, entries: [] };
      change.entries.push(entry);
      byPath.set(entry.path, change);
    }
  }
  return [...byPath.values()];
}

/**
 * The hits of the new blob that the commit introduced. A path that some parent already had unchanged
 * (fewer diffs list it than there are parents) introduces nothing: that parent holds the same content.
 */
export function introducedHits(change: PathChange, parentCount: number, newHits: readonly BlobHit[], oldHits: readonly (readonly BlobHit[])[]): BlobHit[] {
  if (change.entries.length < Math.max(1, parentCount)) return [];
  // A secret's identity is its rule and value (as a digest), independent of position.
  const before = new Set(oldHits.flatMap((hits) => hits.map((h) => h.digest)));
  const seen = new Set<string>();
  return newHits.filter((hit) => {
    const key = hit.digest;
    if (before.has(key) || seen.has(`${key}\u0000${hit.line}`)) return false;
    seen.add(`${key}\u0000${hit.line}`);
    return true;
  });
}

/**
 * Whether the path is new in this commit: absent from every parent, or renamed or copied there from another
 * path. Path rules report only then (for a rename, only those the old path did not match: see renameSource).
 */
export function isNewPath(change: PathChange, parentCount: number): boolean {
  return change.entries.length >= Math.max(1, parentCount) && change.entries.every((e) => ZERO_OID.test(e.oldOid) || e.oldPath !== change.path);
}

/** The path a new path was renamed or copied from, if it was. */
export function renameSource(change: PathChange): string | undefined {
  return change.entries.find((e) => !ZERO_OID.test(e.oldOid) && e.oldPath !== change.path)?.oldPath;
}
