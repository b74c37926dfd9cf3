import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStagedChanges, stagedSource } from '../../src/sources/staged.js';
import type { SourceEvent } from '../../src/sources/source-event.js';
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/git-repo.js';

// The staged source: which index entries it reads and which lines of each it reports.

const ctx = (repo: TestRepo) => ({ cwd: repo.dir, env: GIT_TEST_ENV });
const lines = (n: number, edit: Record<number, string> = {}) => Array.from({ length: n }, (_, i) => edit[i + 1] ?? `line ${i + 1}`).join('\n') + '\n';

async function collect(source: AsyncIterable<SourceEvent>): Promise<SourceEvent[]> {
  const events: SourceEvent[] = [];
  for await (const event of source) events.push(event);
  return events;
}

describe('listStagedChanges', () => {
  it('gives a renamed and edited file only its edited lines, and a mode change none', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'old/name.js': lines(20), 'run.sh': 'echo hi\n' });
    repo.git('mv', 'old/name.js', 'new name.js');
    repo.write('new name.js', lines(20, { 3: 'changed', 15: 'changed too' }));
    chmodSync(join(repo.dir, 'run.sh'), 0o755);
    repo.git('add', '-A');
    const { changes, merging } = await listStagedChanges(ctx(repo));
    expect(merging).toBe(false);
    expect(changes.map((c) => [c.entry.status, c.entry.oldPath, c.entry.path, c.added])).toEqual([
      ['R', 'old/name.js', 'new name.js', [[3, 3], [15, 15]]],
      ['M', 'run.sh', 'run.sh', []],
    ]);
  });

  it('leaves added files without ranges (every line counts) and lists deletions', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'gone.js': 'x\n' });
    repo.git('rm', '-q', 'gone.js');
    repo.write('fresh.js', lines(3));
    repo.git('add', 'fresh.js');
    const { changes } = await listStagedChanges(ctx(repo));
    expect(changes.map((c) => [c.entry.status, c.entry.path, c.added])).toEqual([['A', 'fresh.js', undefined], ['D', 'gone.js', undefined]]);
  });
});

describe('stagedSource', () => {
  it('yields index content with report lines, never the working tree, and nothing for deletions', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.js': lines(5), 'gone.js': 'x\n' });
    repo.write('a.js', lines(5, { 2: 'staged edit' }));
    repo.git('add', 'a.js');
    repo.git('rm', '-q', 'gone.js');
    repo.write('a.js', lines(5, { 2: 'working tree edit', 4: 'unstaged' }));
    const events = await collect(stagedSource(ctx(repo), 1_000_000));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.type === 'chunk' && event.chunk).toMatchObject({ path: 'a.js', text: lines(5, { 2: 'staged edit' }), reportLines: [[2, 2]], provenance: { kind: 'staged' } });
  });

  it('skips blobs over the size limit with a reason', async () => {
    const repo = makeRepo();
    repo.write('big.txt', 'z'.repeat(5000));
    repo.git('add', '.');
    expect(await collect(stagedSource(ctx(repo), 1000))).toEqual([{ type: 'skip', skipped: { path: 'big.txt', reason: 'larger than --max-file-size (5000 > 1000 bytes)' } }]);
  });
});
