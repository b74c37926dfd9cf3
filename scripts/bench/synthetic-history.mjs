// Builds a deterministic git history from real text files with one `git fast-import` stream:
// adds, edits, renames and deletes over thousands of commits, branches merged back, and a few planted secrets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRandom, pick } from './prng.mjs';
import { plantedSecret } from './fake-secrets.mjs';
import { loadTextPool } from './text-pool.mjs';

const T0 = 1700000000;

/** Creates the repository at `dir` (unless it exists) and returns its statistics. */
export function buildSyntheticHistory(dir, { commits = 3000, seed = 42 } = {}) {
  if (existsSync(`${dir}/.git`)) return { dir, reused: true };
  mkdirSync(dir, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  const random = createRandom(seed);
  const pool = loadTextPool();
  const live = new Map(); // path -> text
  const liveMark = new Map(); // path -> blob mark
  let touched; // paths changed on the current side branch
  const chunks = [];
  let mark = 0;
  let blobBytes = 0;
  let planted = 0;
  const blob = (text) => {
    const data = Buffer.from(text);
    blobBytes += data.length;
    chunks.push(`blob\nmark :${++mark}\ndata ${data.length}\n`, data, '\n');
    return mark;
  };
  const commit = (ref, i, ops, parents) => {
    const message = `commit ${i}`;
    chunks.push(`commit ${ref}\nmark :${++mark}\nauthor Bench <bench@example.com> ${T0 + i * 600} +0000\ncommitter Bench <bench@example.com> ${T0 + i * 600} +0000\ndata ${message.length}\n${message}\n`);
    for (const [j, p] of parents.entries()) chunks.push(`${j === 0 ? 'from' : 'merge'} ${p}\n`);
    chunks.push(...ops, '\n');
    return `:${mark}`;
  };
  const change = (i) => {
    const ops = [];
    const paths = [...live.keys()];
    const adds = live.size < 50 ? 3 : pick(random, 3);
    for (let k = 0; k < adds; k++) {
      const source = pool[pick(random, pool.length)];
      const path = `${source.path.replace(/\.([a-z]+)$/, '')}-${i}-${k}.${source.path.split('.').pop()}`;
      live.set(path, source.text);
      liveMark.set(path, blob(source.text));
      touched?.add(path);
      ops.push(`M 100644 :${liveMark.get(path)} ${path}\n`);
    }
    for (let k = 0; k < 3 && paths.length > 0; k++) {
      const path = paths[pick(random, paths.length)];
      const lines = (live.get(path) ?? '').split('\n');
      const at = pick(random, lines.length);
      const extra = pick(random, 40) === 0 && planted < 12 ? plantedSecret(planted++) : `// edit ${i}.${k} ${random().toString(36).slice(2)}`;
      lines.splice(at, pick(random, 3), extra);
      live.set(path, lines.join('\n'));
      liveMark.set(path, blob(live.get(path)));
      touched?.add(path);
      ops.push(`M 100644 :${liveMark.get(path)} ${path}\n`);
    }
    if (paths.length > 60 && pick(random, 10) === 0) {
      const path = paths[pick(random, paths.length)];
      if (live.has(path)) {
        const to = path.replace(/(\.[a-z]+)$/, `-moved${i}$1`);
        live.set(to, live.get(path));
        liveMark.set(to, liveMark.get(path));
        live.delete(path);
        liveMark.delete(path);
        touched?.add(path).add(to);
        ops.push(`R ${path} ${to}\n`);
      }
    }
    if (paths.length > 200 && pick(random, 4) === 0) {
      const path = paths[pick(random, paths.length)];
      if (live.delete(path)) {
        liveMark.delete(path);
        touched?.add(path);
        ops.push(`D ${path}\n`);
      }
    }
    return ops;
  };
  let head = commit('refs/heads/main', 0, change(0), []);
  for (let i = 1; i < commits; i++) {
    if (i % 150 === 0) {
      // A feature branch of ten commits, merged back: the merge brings the branch's files into main's tree.
      const mainBefore = new Set(live.keys());
      touched = new Set();
      let side = head;
      for (let k = 0; k < 10; k++) side = commit('refs/heads/feature', i * 100 + k, change(i * 100 + k), [side]);
      const merged = [...touched].sort().flatMap((p) => (liveMark.has(p) ? [`M 100644 :${liveMark.get(p)} ${p}\n`] : mainBefore.has(p) ? [`D ${p}\n`] : []));
      touched = undefined;
      head = commit('refs/heads/main', i, [...merged, ...change(i)], [head, side]);
    } else head = commit('refs/heads/main', i, change(i), [head]);
  }
  const result = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  return { dir, commits, blobBytes, planted };
}
