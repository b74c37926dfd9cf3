import { lstat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { IoError } from '../errors.js';
import { isNotFound, loadIgnoreMatcher, type IgnoreMatcher } from './ignore-file.js';
import { listDirectory, toShownPath, type ListedFile } from './list-files.js';
import { findWorkTree } from './list-git-files.js';
import { readSourceFile } from './read-source-file.js';
import type { SourceEvent } from './source-event.js';

// The files-and-directories source behind `stanch scan PATH...`.

/** How to read the named paths. */
export interface FileSourceOptions {
  cwd: string;
  maxFileSize: number;
  /** Count unreadable files as skipped instead of failing the scan (`--skip-unreadable`). */
  skipUnreadable?: boolean;
  /** The environment git runs with (default: this process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Files read at once; keeps memory bounded while hiding I/O latency. */
  concurrency?: number;
}

/** Yields every file under the named paths (a path the user names is always scanned), in a stable order. */
export async function* fileSource(targets: readonly string[], options: FileSourceOptions): AsyncGenerator<SourceEvent> {
  // Overlapping targets (`stanch scan . src`) read each file once.
  const seen = new Set<string>();
  const env = options.env ?? process.env;
  for (const target of targets) {
    const absolute = isAbsolute(target) ? target : resolve(options.cwd, target);
    const stat = await lstat(absolute).catch((error: unknown) => {
      if (isNotFound(error)) throw new IoError(`no such file or directory: ${target}`, 'check the path you passed to stanch scan');
      throw new IoError(`cannot read ${target}: ${error instanceof Error ? error.message : String(error)}`, 'check its permissions');
    });
    const root = await chooseRoot(absolute, stat.isDirectory(), options.cwd, env);
    const ignore = await loadIgnoreMatcher(root);
    if (!stat.isDirectory()) {
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      yield await readSourceFile(absolute, toShownPath(root, absolute), options.maxFileSize, options.skipUnreadable);
      continue;
    }
    const listing = await listDirectory(absolute, root, env, { stanchIgnore: ignore, skipUnreadable: options.skipUnreadable === true });
    for (const skipped of listing.skipped) yield { type: 'skip', skipped };
    const fresh = listing.files.filter((file) => !seen.has(file.absolute));
    for (const file of fresh) seen.add(file.absolute);
    yield* readAll(fresh, ignore, options);
  }
}

// Paths are shown relative to the git work tree, else to the working directory, else to the target itself.
async function chooseRoot(absolute: string, isDirectory: boolean, cwd: string, env: NonNullable<FileSourceOptions['env']>): Promise<string> {
  const dir = isDirectory ? absolute : dirname(absolute);
  const workTree = await findWorkTree(dir, env);
  if (workTree !== undefined) return workTree;
  const rel = relative(cwd, dir);
  return rel.startsWith('..') || isAbsolute(rel) ? dir : cwd;
}

async function* readAll(files: readonly ListedFile[], ignore: IgnoreMatcher, options: FileSourceOptions): AsyncGenerator<SourceEvent> {
  const limit = options.concurrency ?? 16;
  const queue: Promise<SourceEvent>[] = [];
  let next = 0;
  const fill = (): void => {
    while (queue.length < limit && next < files.length) {
      const file = files[next++];
      if (file === undefined) break;
      const read: Promise<SourceEvent> = ignore(file.path)
        ? Promise.resolve({ type: 'skip', skipped: { path: file.path, reason: 'ignored by .stanchignore' } })
        : readSourceFile(file.absolute, file.path, options.maxFileSize, options.skipUnreadable);
      read.catch(() => undefined); // rethrown in order when awaited below; never an unhandled rejection
      queue.push(read);
    }
  };
  fill();
  while (queue.length > 0) {
    const head = queue.shift();
    if (head === undefined) break;
    const event = await head;
    fill();
    yield event;
  }
}
