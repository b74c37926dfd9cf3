import { close, constants, fstat, lstat, open, read, type Stats } from 'node:fs';

// Reads a file for scanning with as little per-file work as the platform allows: the file is opened without
// following a symlink, so its type and size come from the open descriptor (no lstat before it), and the whole
// chain of calls settles one promise. A scan of thousands of small files is bound by these calls, not by bytes.

/** The file's bytes, or why it was not read. */
export type RegularFileRead = { kind: 'data'; data: Buffer } | { kind: 'skip'; reason: string };

// Where O_NOFOLLOW is missing (Windows) an lstat comes first instead. O_NONBLOCK: a FIFO opens at once (and is
// then skipped as not a regular file) instead of waiting for a writer; it changes nothing for regular files.
const NO_FOLLOW = constants.O_NOFOLLOW;
const OPEN_FLAGS = constants.O_RDONLY | (NO_FOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads `path` when it is a regular file of at most `maxFileSize` bytes; rejects with the system error otherwise. */
export function readRegularFile(path: string | Buffer, maxFileSize: number): Promise<RegularFileRead> {
  return new Promise((resolve, reject) => {
    const opened = (error: NodeJS.ErrnoException | null, fd: number): void => {
      if (error !== null) {
        // Opening a symlink with O_NOFOLLOW fails: ELOOP on Linux and macOS, EMLINK on FreeBSD.
        if (error.code === 'ELOOP' || error.code === 'EMLINK') resolve({ kind: 'skip', reason: 'symlink (not followed)' });
        else reject(error);
        return;
      }
      fstat(fd, (statError, stats) => {
        const skip = statError === null ? classify(stats, maxFileSize) : undefined;
        if (statError !== null || skip !== undefined) finish(fd, statError, skip === undefined ? undefined : { kind: 'skip', reason: skip });
        else readAll(fd, Buffer.allocUnsafe(stats.size), 0, finish);
      });
    };
    const finish = (fd: number, error: Error | null, result: RegularFileRead | undefined): void => {
      close(fd, (closeError) => {
        const failure = error ?? closeError;
        if (failure !== null) reject(failure);
        else if (result !== undefined) resolve(result);
      });
    };
    if (NO_FOLLOW !== undefined) {
      open(path, OPEN_FLAGS, opened);
      return;
    }
    lstat(path, (error, stats) => {
      if (error !== null) reject(error);
      else if (stats.isSymbolicLink()) resolve({ kind: 'skip', reason: 'symlink (not followed)' });
      else open(path, OPEN_FLAGS, opened);
    });
  });
}

// Why a file is skipped, from its descriptor's stats; undefined when it is to be read.
function classify(stats: Stats, maxFileSize: number): string | undefined {
  if (stats.isDirectory()) return 'submodule or nested repository';
  if (!stats.isFile()) return 'not a regular file';
  if (stats.size > maxFileSize) return `larger than --max-file-size (${stats.size} > ${maxFileSize} bytes)`;
  return undefined;
}

// Fills `buffer` from offset `at`; a file that shrank while being read is returned as far as it goes.
function readAll(fd: number, buffer: Buffer, at: number, done: (fd: number, error: Error | null, result: RegularFileRead) => void): void {
  if (at >= buffer.length) {
    done(fd, null, { kind: 'data', data: buffer });
    return;
  }
  read(fd, buffer, at, buffer.length - at, at, (error, bytes) => {
    if (error !== null) done(fd, error, { kind: 'data', data: buffer });
    else if (bytes === 0) done(fd, null, { kind: 'data', data: buffer.subarray(0, at) });
    else readAll(fd, buffer, at + bytes, done);
  });
}
