import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';
import { gitEnv, SAFE_GIT_ARGS, toGitError, type GitContext } from './run-git.js';

// One long-lived `git cat-file --batch`: requests are pipelined, answers parsed from the stream in order.

/** An object read from git; `data` is undefined when the object is missing or over the size limit. */
export interface GitObject {
  oid: string;
  type: string;
  size: number;
  data?: Buffer;
}

/** A running reader. `read` accepts object ids (never paths: the protocol is line-based). */
export interface CatFile {
  read: (oid: string) => Promise<GitObject>;
  close: () => Promise<void>;
}

/** Starts the reader; objects larger than `maxSize` are answered with their size but no data. */
export function openCatFile(ctx: GitContext, maxSize = Number.POSITIVE_INFINITY): CatFile {
  const child = spawn('git', [...SAFE_GIT_ARGS, 'cat-file', '--batch'], { cwd: ctx.cwd, env: gitEnv(ctx.env), stdio: ['pipe', 'pipe', 'pipe'], signal: ctx.signal });
  const waiting: { oid: string; resolve: (o: GitObject) => void; reject: (e: Error) => void }[] = [];
  let buffer: Buffer = Buffer.alloc(0);
  let discard = 0; // bytes of an oversized object still to drop from the stream
  let failure: Error | undefined;
  let stderr = '';
  const fail = (error: Error): void => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  child.on('error', (error) => fail(toGitError(error, ['cat-file'])));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  child.on('close', (code) => {
    if (waiting.length > 0 || code !== 0) fail(new GitError(`git cat-file ended unexpectedly: ${stderr.trim().split('\n')[0] ?? `exit code ${code}`}`, 'check the repository with `git fsck`'));
  });
  child.stdin.on('error', () => undefined); // reported through 'close'
  child.stdout.on('data', (part: Buffer) => {
    buffer = buffer.length === 0 ? part : Buffer.concat([buffer, part]);
    for (;;) {
      if (discard > 0) {
        const drop = Math.min(discard, buffer.length);
        buffer = buffer.subarray(drop);
        discard -= drop;
        if (discard > 0) return;
      }
      const head = waiting[0];
      const eol = buffer.indexOf(10);
      if (head === undefined || eol < 0) return;
      const [oid = '', type = '', sizeText = ''] = buffer.subarray(0, eol).toString('utf8').split(' ');
      if (type === 'missing') {
        buffer = buffer.subarray(eol + 1);
        waiting.shift();
        head.resolve({ oid: head.oid, type: 'missing', size: 0 });
        continue;
      }
      const size = Number(sizeText);
      if (size > maxSize) {
        buffer = buffer.subarray(eol + 1);
        discard = size + 1;
        waiting.shift();
        head.resolve({ oid, type, size });
        continue;
      }
      if (buffer.length < eol + 1 + size + 1) return;
      const data = Buffer.from(buffer.subarray(eol + 1, eol + 1 + size));
      buffer = buffer.subarray(eol + 2 + size);
      waiting.shift();
      head.resolve({ oid, type, size, data });
    }
  });
  return {
    read: (oid) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        waiting.push({ oid, resolve, reject });
        child.stdin.write(`${oid}\n`);
      }),
    close: async () => {
      child.stdin.end();
      if (child.exitCode === null) await new Promise((resolve) => child.once('close', resolve));
    },
  };
}
