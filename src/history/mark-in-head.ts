import type { Finding, RulePack } from '../types.js';
import { runGit, type GitContext } from '../git/run-git.js';
import type { BlobScanner } from './blob-scanner.js';
import { digestHit } from './stored-hit.js';

// Marks each finding `inHead` when the same secret (same rule and value) is still in HEAD's version of its
// path; a path finding is in HEAD while the file exists there.

/** Sets `inHead` on every finding; with no HEAD (empty repository) nothing is in HEAD. */
export async function markInHead(ctx: GitContext, findings: Finding[], scanner: BlobScanner, pack: RulePack): Promise<void> {
  if (findings.length === 0) return;
  const tree = await runGit(ctx, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']).then((b) => b.toString('utf8'), () => '');
  const headBlobs = new Map<string, string>();
  for (const record of tree.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = record.slice(0, tab).split(' ');
    if (type === 'blob' && oid !== undefined) headBlobs.set(record.slice(tab + 1), oid);
  }
  const ruleIndex = new Map(pack.rules.map((r, i) => [r.id, i]));
  for (const finding of findings) {
    const oid = headBlobs.get(finding.path);
    if (oid === undefined) {
      finding.inHead = false;
      continue;
    }
    if (finding.lineText === '' && finding.secret === finding.path && finding.line === 1) {
      finding.inHead = true;
      continue;
    }
    const result = await scanner.scan(oid);
    const rule = ruleIndex.get(finding.ruleId);
    const digest = rule === undefined ? '' : digestHit(rule, finding.secret);
    finding.inHead = 'hits' in result && result.hits.some((h) => h.digest === digest);
  }
}
