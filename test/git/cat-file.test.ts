import { describe, expect, it } from 'vitest';
import { openCatFile } from '../../src/git/cat-file.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';

// The long-lived cat-file reader: pipelined requests answered in order, missing and oversized objects.

function blobOf(repo: ReturnType<typeof makeRepo>, content: string | Buffer): string {
  repo.write('blob.tmp', content);
  return repo.git('hash-object', '-w', 'blob.tmp').trim();
}

describe('openCatFile', () => {
  it('closes when git already ended by a signal (an interrupted run that closes the reader late)', async () => {
    const repo = makeRepo();
    const controller = new AbortController();
    controller.abort();
    const reader = openCatFile({ cwd: repo.dir, env: GIT_TEST_ENV, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100)); // git is killed and its streams closed meanwhile
    await reader.close();
    await expect(reader.read('f'.repeat(40))).rejects.toThrow(/interrupted/);
  });

  it('answers many pipelined reads in order, including large blobs split across stream chunks', async () => {
    const repo = makeRepo();
    const big = Buffer.alloc(300_000, 'x\n\0');
    const contents = [big, 'small\n', Buffer.from([0, 10, 10, 255]), '', big.subarray(0, 70_000)];
    const oids = contents.map((c) => blobOf(repo, c));
    const reader = openCatFile({ cwd: repo.dir, env: GIT_TEST_ENV });
    const objects = await Promise.all(oids.map((oid) => reader.read(oid)));
    await reader.close();
    expect(objects.map((o) => o.type)).toEqual(['blob', 'blob', 'blob', 'blob', 'blob']);
    expect(objects.map((o) => Buffer.compare(o.data ?? Buffer.alloc(1), Buffer.from(contents[objects.indexOf(o)] ?? '')))).toEqual([0, 0, 0, 0, 0]);
  });

  it('reports missing objects and answers oversized ones with their size only, then keeps going', async () => {
    const repo = makeRepo();
    const large = blobOf(repo, 'y'.repeat(1_000_000)); // spans many stream parts, all dropped
    const small = blobOf(repo, 'ok\n');
    const reader = openCatFile({ cwd: repo.dir, env: GIT_TEST_ENV }, 1000);
    const [missing, oversized, after, again] = await Promise.all([reader.read('f'.repeat(40)), reader.read(large), reader.read(small), reader.read(large)]);
    await reader.close();
    expect(missing).toMatchObject({ type: 'missing' });
    expect(oversized).toEqual({ oid: large, type: 'blob', size: 1_000_000 });
    expect(after.data?.toString()).toBe('ok\n');
    expect(again).toEqual(oversized);
  });

  it('fails pending reads with a GitError outside a repository', async () => {
    const reader = openCatFile({ cwd: '/', env: { ...GIT_TEST_ENV, GIT_DIR: '/nonexistent' } });
    await expect(reader.read('f'.repeat(40))).rejects.toThrow(/git cat-file ended unexpectedly/);
  });

  it('stops the git process when the signal aborts, failing later reads as interrupted', async () => {
    const repo = makeRepo();
    const controller = new AbortController();
    const reader = openCatFile({ cwd: repo.dir, env: GIT_TEST_ENV, signal: controller.signal });
    controller.abort();
    await expect(reader.read(blobOf(repo, 'a\n'))).rejects.toThrow(/interrupted/);
    await reader.close();
  });
});
