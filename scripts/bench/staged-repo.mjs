// A repository of 10,000 files with a staged change of 10 files and about 300 added lines.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTextPool } from './text-pool.mjs';

/** Creates it at `dir` (unless complete) with one fast-import commit and a checkout; returns the staged paths. */
export function buildStagedRepo(dir, files = 10000) {
  const staged = Array.from({ length: 10 }, (_, i) => `src/module-${i * 997 + 1}.js`);
  const done = join(dir, '.git', 'bench-input.json');
  if (existsSync(done)) return { dir, staged };
  rmSync(dir, { recursive: true, force: true });
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
  for (const [i, path] of staged.entries()) appendFileSync(join(dir, path), `\n${addedLines(pool[(i * 37) % pool.length].text, i).join('\n')}\n`);
  spawnSync('git', ['add', ...staged], { cwd: dir });
  writeFileSync(done, JSON.stringify({ files, staged }));
  return { dir, staged };
}

// 30 lines per file: real code from the pool, plus configuration read from the environment the way apps do.
function addedLines(text, i) {
  const real = text.split('\n').filter((l) => l.trim().length > 0).slice(0, 26);
  const config = [
    `const apiKey${i} = process.env.SERVICE_API_KEY;`,
    `const password${i} = process.env.DB_PASSWORD ?? '';`,
    `export const secretName${i} = 'session-secret';`,
    `export const timeoutMs${i} = ${1000 + i};`,
  ];
  return [...real, ...config, ...Array.from({ length: 30 - real.length - config.length }, (_, k) => `// note ${i}.${k}`)];
}
