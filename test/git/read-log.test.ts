import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/git/read-log.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';

// The raw log: commit metadata with NUL separators, one diff per parent, renames, and odd paths.

const ctx = (dir: string) => ({ cwd: dir, env: GIT_TEST_ENV });

describe('readLog', () => {
  it('reads commits newest first with author, email, date, summary and their raw changes', async () => {
    const repo = makeRepo();
    const first = repo.commit('first: with "quotes" and ünïcode', { 'dir with space/a b.js': 'a\n', 'q"uote\ttab.js': 'q\n' });
    const second = repo.commit('rename', {});
    repo.git('mv', 'dir with space/a b.js', 'moved.js');
    const third = repo.commit('moved');
    const commits = await readLog(ctx(repo.dir), ['--all']);
    expect(commits.map((c) => c.info.sha)).toEqual([third, second, first]);
    expect(commits[2]?.info).toMatchObject({ author: 'Test Author', email: 'author@example.com', summary: 'first: with "quotes" and ünïcode' });
    expect(commits[2]?.info.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(commits[2]?.diffs[0]?.map((e) => [e.status, e.path]).sort()).toEqual([['A', 'dir with space/a b.js'], ['A', 'q"uote\ttab.js']]);
    expect(commits[1]?.diffs).toEqual([[]]);
    expect(commits[0]?.diffs[0]).toMatchObject([{ status: 'R', oldPath: 'dir with space/a b.js', path: 'moved.js' }]);
  });

  it('gives a merge one diff per parent it differs from', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const feature = repo.commit('feature', { 'f.txt': 'f\n' });
    repo.git('checkout', '-q', 'main');
    const main = repo.commit('main', { 'm.txt': 'm\n' });
    spawnSync('git', ['merge', '-q', '--no-edit', 'feature'], { cwd: repo.dir, env: GIT_TEST_ENV });
    const [merge] = await readLog(ctx(repo.dir), ['-1', 'HEAD']);
    expect(merge?.parents).toEqual([main, feature]);
    expect(merge?.diffs.map((d) => d.map((e) => e.path))).toEqual([['f.txt'], ['m.txt']]);
  });

  it('streams a long history in pieces without losing commits', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'seed.txt': 's\n' });
    const script = Array.from({ length: 1500 }, (_, i) => `commit refs/heads/main\ncommitter T <t@e> ${1700000000 + i} +0000\ndata 2\nc\nM 100644 inline f${i % 40}.txt\ndata ${String(i).length + 1}\n${i}\n`).join('');
    spawnSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: GIT_TEST_ENV, input: `reset refs/heads/main\nfrom HEAD\n${script}` });
    const commits = await readLog(ctx(repo.dir), ['--all']);
    expect(commits).toHaveLength(1501);
    expect(commits.every((c) => c.diffs.length === 1 && c.diffs[0]?.length === 1)).toBe(true);
  });

  it('tells onCommits each commit once, in log order, only once all its parent diffs are parsed', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'seed.txt': 's\n' });
    // 700 merges of a side commit each: every merge prints two diffs, so some straddle a parse boundary.
    const script = Array.from({ length: 700 }, (_, i) => {
      const side = `commit refs/heads/side\nmark :${i + 1}\ncommitter T <t@e> ${1700000000 + 2 * i} +0000\ndata 2\ns\n${i === 0 ? 'from refs/heads/main^0\n' : ''}M 100644 inline s${i % 30}.txt\ndata ${String(i).length + 1}\n${i}\n`;
      const merge = `commit refs/heads/main\ncommitter T <t@e> ${1700000001 + 2 * i} +0000\ndata 2\nm\nmerge :${i + 1}\nM 100644 inline m${i % 30}.txt\ndata ${String(i).length + 1}\n${i}\n`;
      return side + merge;
    }).join('');
    const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: GIT_TEST_ENV, input: `reset refs/heads/main\nfrom HEAD\n${script}` });
    expect(imported.status).toBe(0);
    const heard: { sha: string; diffs: number }[] = [];
    let calls = 0;
    const commits = await readLog(ctx(repo.dir), ['--all'], (count, completed) => {
      calls++;
      expect(count).toBeGreaterThanOrEqual(heard.length + completed.length);
      for (const commit of completed) heard.push({ sha: commit.info.sha, diffs: commit.diffs.length });
    });
    expect(commits).toHaveLength(1401);
    expect(calls).toBeGreaterThan(2);
    expect(heard).toEqual(commits.map((c) => ({ sha: c.info.sha, diffs: c.diffs.length })));
    expect(commits.filter((c) => c.diffs.length === 2)).toHaveLength(700);
  });

  it('parses by position: messages that look like commit headers and paths starting with a newline split nothing', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'seed.txt': 's\n' });
    const fake = `\u0001${'ab'.repeat(20)} ${'cd'.repeat(20)}`;
    const script = Array.from({ length: 1200 }, (_, i) => {
      const message = `${fake}\n`;
      return `commit refs/heads/main\nauthor ${fake.slice(1, 9)} <a@e> ${1700000000 + i} +0000\ncommitter T <t@e> ${1700000000 + i} +0000\ndata ${Buffer.byteLength(message)}\n${message}M 100644 inline "\\n:p${i}"\ndata 2\n${i % 10}\n`;
    }).join('');
    const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: GIT_TEST_ENV, input: `reset refs/heads/main\nfrom HEAD\n${script}` });
    expect(imported.status).toBe(0);
    const commits = await readLog(ctx(repo.dir), ['--all']);
    expect(commits).toHaveLength(1201);
    expect(commits.slice(0, 1200).map((c) => c.diffs[0]?.map((e) => e.path))).toEqual(Array.from({ length: 1200 }, (_, i) => [`\n:p${1199 - i}`]));
    expect(commits[0]?.info.summary).toBe(fake);
  });

  it('fails with a bad-range GitError for an unknown revision', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    await expect(readLog(ctx(repo.dir), ['nope..HEAD'])).rejects.toThrow(/bad revision or range/);
  });
});
