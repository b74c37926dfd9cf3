// Real-world text for benchmark inputs: the text files of this repository's node_modules, in a stable order.
import { readFileSync, statSync } from 'node:fs';
import fg from 'fast-glob';

/** Up to `limit` text files (1 KB – 200 KB, no NUL byte) as {path, text}, sorted by path. */
export function loadTextPool(limit = 4000) {
  const paths = fg.sync('node_modules/**/*.{js,mjs,cjs,ts,md,json,txt,yml,yaml,css,html}', { dot: true, followSymbolicLinks: false }).sort();
  const pool = [];
  for (const path of paths) {
    const size = statSync(path).size;
    if (size < 1024 || size > 200 * 1024) continue;
    const text = readFileSync(path, 'utf8');
    if (text.includes('\0')) continue;
    pool.push({ path: path.replace(/^node_modules\//, 'vendor/'), text });
    if (pool.length >= limit) break;
  }
  return pool;
}
