import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import * as zlib from 'node:zlib';

// The V8 code cache file of the CLI bundle: where it lives, how it is checked, how it is written. Every failure
// means "no cache": a missing, foreign, truncated or corrupt file is ignored (and replaced after a good run).

const MAGIC = Buffer.from('STANCHV8', 'latin1');
const HEADER = MAGIC.length + 8;

/** A cache slot for one bundle build, Node build, set of flags and command. */
export interface CodeCache {
  /** The verified V8 data, when a valid file was found. */
  data?: Buffer;
  /** The file that was read or would be written first. */
  file: string;
  /** Writes `data` atomically into the first directory that takes it; returns the file written, if any. */
  save: (data: Buffer) => string | undefined;
}

type Crc32 = (data: Uint8Array) => number;

// zlib.crc32 exists from Node 20.15 / 22.2; without it there is no cache (V8 itself does not checksum the data).
function findCrc32(): Crc32 | undefined {
  const crc32: unknown = Reflect.get(zlib, 'crc32');
  return typeof crc32 === 'function' ? (data) => Number(Reflect.apply(crc32, zlib, [data])) : undefined;
}

// FNV-1a of a short string, as 8 hex digits.
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// Where caches go: STANCH_CODE_CACHE_DIR alone when set, else beside the bundle, else the user's cache folder.
function listCacheDirs(bundleDir: string, env: NodeJS.ProcessEnv): string[] {
  const chosen = env['STANCH_CODE_CACHE_DIR'];
  if (chosen !== undefined && chosen !== '') return [chosen];
  const xdg = env['XDG_CACHE_HOME'];
  const local = process.platform === 'win32' ? env['LOCALAPPDATA'] : undefined;
  const home = homedir();
  const user = xdg !== undefined && isAbsolute(xdg) ? xdg : local !== undefined && isAbsolute(local) ? local : home === '' ? undefined : join(home, '.cache');
  return [join(bundleDir, '.v8-cache'), ...(user === undefined ? [] : [join(user, 'stanch', 'v8')])];
}

// The payload of a cache file, or undefined when it is not one of ours or fails its checksum.
function readPayload(file: string, crc32: Crc32): Buffer | undefined {
  const bytes = readFileSync(file);
  if (bytes.length <= HEADER || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = bytes.subarray(HEADER);
  const ok = bytes.readUInt32LE(MAGIC.length) === payload.length && bytes.readUInt32LE(MAGIC.length + 4) === crc32(payload) >>> 0;
  return ok ? payload : undefined;
}

// Writes through a temporary file and a rename, so a reader never sees half a file. Beside the bundle, other
// builds' files are dropped; the user's folder is shared by installs, so only files unwritten for 30 days go.
function writeAtomically(dir: string, name: string, contents: Buffer, keep: string | undefined): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, name);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, contents, { flag: 'wx', mode: 0o600 });
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
    throw error;
  }
  const old = Date.now() - 30 * 86_400_000;
  try {
    for (const other of readdirSync(dir)) {
      if (!other.endsWith('.bin') || other === name) continue;
      const path = join(dir, other);
      if (keep === undefined ? statSync(path).mtimeMs < old : !other.includes(keep)) unlinkSync(path);
    }
  } catch {
    // Another run pruned first, or the folder is not ours to tidy: the new file is written either way.
  }
  return file;
}

/** Opens the cache slot of `bundle` (built with content hash `bundleHash`) for `command`, or undefined when off. */
export function openCodeCache(bundle: string, bundleDir: string, bundleHash: string, command: string, env: NodeJS.ProcessEnv): CodeCache | undefined {
  if (env['STANCH_CODE_CACHE'] === '0' || env['STANCH_CODE_CACHE'] === 'off') return undefined;
  const crc32 = findCrc32();
  if (crc32 === undefined) return undefined;
  const stat = statSync(bundle);
  const flags = hashText(`${process.execArgv.join('\0')}\n${env['NODE_OPTIONS'] ?? ''}`);
  const name = `${process.version}-${process.arch}-${bundleHash}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${flags}-${command}.bin`;
  const dirs = listCacheDirs(bundleDir, env);
  const own = env['STANCH_CODE_CACHE_DIR'] === undefined || env['STANCH_CODE_CACHE_DIR'] === '';
  let found: { data: Buffer; file: string } | undefined;
  for (const dir of dirs) {
    try {
      const data = readPayload(join(dir, name), crc32);
      if (data !== undefined) found = { data, file: join(dir, name) };
    } catch {
      // Absent or unreadable here: look in the next place.
    }
    if (found !== undefined) break;
  }
  const save = (data: Buffer): string | undefined => {
    const header = Buffer.alloc(HEADER);
    MAGIC.copy(header);
    header.writeUInt32LE(data.length, MAGIC.length);
    header.writeUInt32LE(crc32(data) >>> 0, MAGIC.length + 4);
    for (const [index, dir] of dirs.entries()) {
      try {
        return writeAtomically(dir, name, Buffer.concat([header, data]), index === 0 && own ? bundleHash : undefined);
      } catch {
        // Read-only, full or foreign: try the next place, or run without a cache.
      }
    }
    return undefined;
  };
  return { ...(found === undefined ? {} : { data: found.data }), file: found?.file ?? join(dirs[0] ?? '', name), save };
}
