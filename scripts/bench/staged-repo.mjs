// A repository of 10,000 files with a staged change of 10 files and about 300 added lines.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTextPool } from './text-pool.mjs';

/** Creates it at `dir` (unless present) with one fast-import commit; returns the staged paths. */
export function buildStagedRepo(dir, files = 10000) {
  const staged = Array.from({ length: 10 }, (_, i) => `src/module-${i * 997}.js`);
  if (existsSync(join(dir, '.git'))) return { dir, staged };
  mkdirSync(dir, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  const pool = loadTextPool(2000);
  const parts = ['commit refs/heads/main\ncommitter Bench <bench@example.com> 1700000000 +0000\ndata 4\ninit\n'];
  for (let i = 0; i < files; i++) {
    const text = pool[i % pool.length].text.slice(0, 3000);
    const path = i % 10 === 0 ? `docs/page-${i}.md` : `src/module-${i}.js`;
    parts.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  const result = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join(''), maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  for (const [i, path] of staged.entries()) {
    const lines = Array.from({ length: 30 }, (_, k) => `export const setting${i}_${k} = process.env.SETTING_${i}_${k} ?? ${k};`);
    appendFileSync(join(dir, path), `\n${lines.join('\n')}\n`);
  }
  spawnSync('git', ['add', ...staged], { cwd: dir });
  return { dir, staged };
}
