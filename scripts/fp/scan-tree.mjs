// Walks a directory tree and runs detection on every text file, as a user's repository would be scanned.
import { open, readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import fg from 'fast-glob';
import { detectChunk, raiseSecretCopies } from '../../dist/index.js';

const MAX_BYTES = 10 * 1024 * 1024;
const SNIFF_BYTES = 8192;

// True when the first 8 KB of the file hold a NUL byte (the usual binary test, as git does).
async function isBinary(path) {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

// Paths inside a package are made relative to it (`node_modules/a/node_modules/b/x.js` → `x.js`), so each
// package is judged as if it were the user's own repository (its test/ and docs/ folders keep their context).
function packageRelative(root, path) {
  const full = path.split('\\').join('/');
  const at = full.lastIndexOf('/node_modules/');
  if (at < 0) return relative(root, path).split('\\').join('/');
  const parts = full.slice(at + '/node_modules/'.length).split('/');
  const skip = parts[0]?.startsWith('@') ? 2 : 1;
  return parts.length > skip ? parts.slice(skip).join('/') : parts.join('/');
}

// Paths under the working directory print relative to it, others in full.
function displayPath(file) {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Scans every regular file under each root; returns findings with their package-relative and on-disk paths. */
export async function scanTree(roots, pack) {
  const result = { files: 0, bytes: 0, skipped: { binary: 0, large: 0 }, findings: [] };
  for (const root of roots) await scanRoot(root, pack, result);
  // As `stanch scan` does: a lowered copy of a value found with more confidence elsewhere is raised.
  result.findings = raiseSecretCopies(result.findings);
  return result;
}

async function scanRoot(root, pack, result) {
  const files = await fg('**/*', { cwd: root, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
  for (const file of files.sort()) {
    const { size } = await stat(file);
    if (size > MAX_BYTES) { result.skipped.large++; continue; }
    if (await isBinary(file)) { result.skipped.binary++; continue; }
    const text = await readFile(file, 'utf8');
    result.files++;
    result.bytes += size;
    for (const finding of detectChunk({ path: packageRelative(root, file), text }, pack)) {
      result.findings.push({ ...finding, diskPath: displayPath(file) });
    }
  }
}
