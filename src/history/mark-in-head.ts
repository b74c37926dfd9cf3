import type { Finding, RulePack } from '../types.js';
import { runGit, type GitContext } from '../git/run-git.js';
import type { BlobScanner } from './blob-scanner.js';
import { digestHit } from './stored-hit.js';

// Marks each finding `inHead` when the same secret (same rule and value) is still in the tree of HEAD: in
// HEAD's version of its path, or else in any HEAD file (it was moved or copied). A path finding is in HEAD
// while the file exists there.

/** HEAD's files by path (blob ids; symlinks left out), from `git ls-tree`; none in an empty repository. */
export async function readHeadTree(ctx: GitContext): Promise<Map<string, string>> {
  const tree = await runGit(ctx, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']).then((b) => b.toString('utf8'), () => '');
  const headBlobs = new Map<string, string>();
  for (const record of tree.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    if (type === 'blob' && oid !== undefined && mode !== '120000') headBlobs.set(record.slice(tab + 1), oid);
  }
  return headBlobs;
}

/** Sets `inHead` on every finding, given HEAD's tree from `readHeadTree`. */
export async function markInHead(findings: Finding[], headTree: Promise<Map<string, string>>, scanner: BlobScanner, pack: RulePack): Promise<void> {
  const headBlobs = await headTree;
  if (findings.length === 0) return;
  let anywhere: Promise<Set<string>> | undefined; // digests of every HEAD blob, computed only if needed
  const ruleIndex = new Map(pack.rules.map((r, i) => [r.id, i]));
  for (const finding of findings) {
    const oid = headBlobs.get(finding.path);
    if (finding.lineText === '' && finding.secret === finding.path && finding.line === 1) {
      finding.inHead = oid !== undefined;
      continue;
    }
    const rule = ruleIndex.get(finding.ruleId);
    const digest = rule === undefined ? '' : digestHit(rule, finding.secret);
    const here = oid === undefined ? undefined : await scanner.scan(oid);
    finding.inHead = here !== undefined && 'hits' in here && here.hits.some((h) => h.digest === digest);
    if (!finding.inHead && digest !== '') finding.inHead = (await (anywhere ??= collectDigests([...new Set(headBlobs.values())], scanner))).has(digest);
  }
}

// Scans HEAD's blobs (the history scan or the cache usually has them already), a bounded number at a time.
async function collectDigests(oids: readonly string[], scanner: BlobScanner): Promise<Set<string>> {
  const digests = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let oid = oids[next++]; oid !== undefined; oid = oids[next++]) {
      const result = await scanner.scan(oid);
      if ('hits' in result) for (const hit of result.hits) digests.add(hit.digest);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return digests;
}
