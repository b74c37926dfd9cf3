import { IoError } from '../errors.js';
import type { SourceEvent } from './source-event.js';
import { isNotFound } from './ignore-file.js';
import { findLossyPath } from './lossy-path.js';
import { readRegularFile } from './read-regular-file.js';

// Reads one file for scanning, or says why it is skipped: symlink, folder, too large, binary, gone.

/** Bytes inspected for a NUL to call a file binary. */
const BINARY_PROBE = 8192;

/** Reads `absolute` as a chunk shown as `path`, or a skip event with the reason; unreadable fails unless `skipUnreadable`. */
export async function readSourceFile(absolute: string, path: string, maxFileSize: number, skipUnreadable = false): Promise<SourceEvent> {
  const skip = (reason: string): SourceEvent => ({ type: 'skip', skipped: { path, reason } });
  try {
    const target = (await findLossyPath(absolute)) ?? absolute;
    const read = readRegularFile(target, maxFileSize);
    if (read.kind === 'skip') return skip(read.reason);
    const { data } = read;
    const text = decodeText(data);
    if (text === undefined) return { type: 'chunk', chunk: { path, text: '', provenance: { kind: 'file' }, binary: true }, bytes: data.length };
    return { type: 'chunk', chunk: { path, text, provenance: { kind: 'file' } }, bytes: data.length };
  } catch (error) {
    if (isNotFound(error)) return skip('missing from the work tree');
    if (skipUnreadable) return skip(`unreadable: ${errorCode(error)}`);
    const reason = error instanceof Error ? error.message : String(error);
    throw new IoError(`cannot read ${path}: ${reason}`, 'fix its permissions, exclude it in .stanchignore, or pass --skip-unreadable to count it as skipped');
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'error';
}

/** Text of a file: UTF-16 when it has a BOM, else UTF-8; undefined for binary (a NUL in the first 8 KB). */
export function decodeText(data: Buffer): string | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) {
    const body = Buffer.from(data.subarray(2, 2 + ((data.length - 2) & ~1)));
    return body.swap16().toString('utf16le');
  }
  if (data.subarray(0, BINARY_PROBE).includes(0)) return undefined;
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
