// Builds a deterministic git history from real text files with one `git fast-import` stream:
// adds, edits, renames and deletes over thousands of commits, branches merged back, and a few planted secrets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRandom, loadTextPool, pick } from './text-pool.mjs';

const T0 = 1700000000;

/** Creates the repository at `dir` (unless it exists) and returns its statistics. */
export function buildSyntheticHistory(dir, { commits = 3000, seed = 42 } = {}) {
  const meta = `${dir}/.git/bench-input.json`;
  if (existsSync(meta)) return { dir, ...JSON.parse(readFileSync(meta, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  const random = createRandom(seed);
  const pool = loadTextPool();
  const live = new Map(); // path -> text
  const liveMark = new Map(); // path -> blob mark
  let touched; // paths changed on the current side branch
  const chunks = [];
  let mark = 0;
  let planted = 0;
  const blob = (text) => {
    const data = Buffer.from(text);
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
  // Written last: a run interrupted while building leaves no meta file, and the next run starts over.
  const stats = { commits: Number(git(dir, ['rev-list', '--all', '--count'])), blobBytes: uniqueBlobBytes(dir), planted };
  writeFileSync(meta, JSON.stringify(stats));
  return { dir, ...stats };
}

const git = (cwd, args) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;

// What a scanner that reads each distinct blob once has to read.
function uniqueBlobBytes(dir) {
  const sizes = git(dir, ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectsize)']).split('\n');
  return sizes.reduce((sum, line) => (line.startsWith('blob ') ? sum + Number(line.slice(5)) : sum), 0);
}

const PIECES = ['Qm7v', 'T2xK', 'p9Lf', 'R4sN', 'b8Hd', 'Z3cF', 'w6Yj', 'U1eA', 'i5Og', 'K0tM'];

// The n-th planted secret line, assembled from pieces so no key-shaped literal sits in the repository.
function plantedSecret(n) {
  const body = Array.from({ length: 6 }, (_, i) => PIECES[(n + i * 3) % PIECES.length]).join('');
  const lines = [
    `STRIPE_SECRET_KEY=${['sk', 'live', body].join('_')}`,
    `export GITHUB_TOKEN=${['ghp', body + body.slice(0, 12)].join('_')}`,
    `DATABASE_URL=postgres://shop:${body.slice(0, 14)}@db.internal.example:5432/shop`,
    `ANTHROPIC_API_KEY=${['sk-ant-api03', (body + body + body + body).slice(0, 93) + 'AA'].join('-')}`,
  ];
  return lines[n % lines.length];
}
