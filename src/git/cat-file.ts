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
  // Stream parts wait here until `need` bytes are there (a whole object), then are joined once: joining on
  // every 64 KB part would copy a large blob quadratically.
  let parts: Buffer[] = [];
  let partsLength = 0;
  let need = 0;
  let discard = 0; // bytes of an oversized object still to drop from the stream
  let failure: Error | undefined;
  let stderr = '';
  const fail = (error: Error): void => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  child.on('error', (error) => fail(toGitError(error, ['cat-file'])));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  // Whether git has exited and its streams are closed (exitCode stays null when a signal ended it).
  let closed = false;
  child.on('close', (code) => {
    closed = true;
    if (waiting.length > 0 || code !== 0) fail(new GitError(`git cat-file ended unexpectedly: ${stderr.trim().split('\n')[0] ?? `exit code ${code}`}`, 'check the repository with `git fsck`'));
  });
  child.stdin.on('error', () => undefined); // reported through 'close'
  child.stdout.on('data', (part: Buffer) => {
    if (discard > 0) {
      const drop = Math.min(discard, part.length);
      discard -= drop;
      part = part.subarray(drop);
      if (part.length === 0) return;
    }
    parts.push(part);
    partsLength += part.length;
    if (partsLength < need) return;
    let buffer = parts.length === 1 ? part : Buffer.concat(parts, partsLength);
    parts = [];
    partsLength = 0;
    need = 0;
    for (;;) {
      const head = waiting[0];
      const eol = buffer.indexOf(10);
      if (head === undefined || eol < 0) break;
      const [oid = '', type = '', sizeText = ''] = buffer.subarray(0, eol).toString('utf8').split(' ');
      if (type === 'missing') {
        buffer = buffer.subarray(eol + 1);
        waiting.shift();
        head.resolve({ oid: head.oid, type: 'missing', size: 0 });
        continue;
      }
      const size = Number(sizeText);
      if (size > maxSize) {
        waiting.shift();
        head.resolve({ oid, type, size });
        const drop = Math.min(size + 1, buffer.length - eol - 1);
        discard = size + 1 - drop;
        buffer = buffer.subarray(eol + 1 + drop);
        continue;
      }
      if (buffer.length < eol + 2 + size) {
        need = eol + 2 + size;
        break;
      }
      const data = Buffer.from(buffer.subarray(eol + 1, eol + 1 + size));
      buffer = buffer.subarray(eol + 2 + size);
      waiting.shift();
      head.resolve({ oid, type, size, data });
    }
    if (buffer.length > 0) {
      parts = [buffer];
      partsLength = buffer.length;
    }
  });
  // Requests made in the same tick go to git in one write: one system call instead of one per blob.
  let requests = '';
  const flush = (): void => {
    const text = requests;
    requests = '';
    if (text !== '') child.stdin.write(text);
  };
  return {
    read: (oid) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        waiting.push({ oid, resolve, reject });
        if (requests === '') queueMicrotask(flush);
        requests += `${oid}\n`;
      }),
    close: async () => {
      flush();
      child.stdin.end();
      if (!closed) await new Promise((resolve) => child.once('close', resolve));
    },
  };
}
