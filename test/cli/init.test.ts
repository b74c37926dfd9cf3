import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo } from '../helpers/git-repo.js';

async function init(dir: string, args: string[] = []) {
  const io = createFakeIo(dir, { env: GIT_TEST_ENV });
  return { code: await run(['init', ...args], io), out: io.out(), err: io.err() };
}

const STRIPE = ['sk', 'live', 'Pn4Ks8Wd2Qx6Vr9Tb3Hz7Lm1'].join('_');

describe('stanch init', () => {
  it('adds stanch staged to husky hooks without clobbering, and is idempotent', async () => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ devDependencies: { husky: '^9.0.0' } }));
    repo.write('.husky/pre-commit', 'npm run lint\n');
    expect((await init(repo.dir)).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm run lint\nstanch staged\n');
    expect(readFileSync(join(repo.dir, '.husky/pre-merge-commit'), 'utf8')).toBe('stanch staged\n');
    const again = await init(repo.dir);
    expect(again.out).toContain('keep .husky/pre-commit (stanch staged already there)');
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm run lint\nstanch staged\n');
  });

  it('writes executable plain hooks that respect core.hooksPath', async () => {
    const repo = makeRepo();
    repo.git('config', 'core.hooksPath', 'githooks');
    await init(repo.dir);
    const hook = join(repo.dir, 'githooks/pre-commit');
    expect(readFileSync(hook, 'utf8')).toMatch(/^#!\/bin\/sh\n.*stanch staged/s);
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it('puts its lines first in an existing plain hook, so a later exit cannot skip them', async () => {
    const repo = makeRepo();
    repo.write('.git/hooks/pre-commit', '#!/usr/bin/env bash\n# stanch staged (commented out)\nnpm test\nexit 0\n');
    expect((await init(repo.dir)).out).toContain('update .git/hooks/pre-commit');
    const lines = readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8').split('\n');
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    expect(lines.findIndex((l) => /^if .*stanch staged/.test(l))).toBeLessThan(lines.indexOf('exit 0'));
    expect(lines).toContain('npm test');
    expect((await init(repo.dir)).out).toContain('keep .git/hooks/pre-commit');
  });

  it('refuses to edit a hook written in another language (exit 2, with a hint)', async () => {
    const repo = makeRepo();
    repo.write('.git/hooks/pre-commit', '#!/usr/bin/env python3\nprint("hi")\n');
    const result = await init(repo.dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^stanch: pre-commit hook is not a shell script .*\nhint: add a call to `stanch staged`/m);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8')).toBe('#!/usr/bin/env python3\nprint("hi")\n');
  });

  it('installs the hooks it can and says which one it could not (exit 2)', async () => {
    const repo = makeRepo();
    repo.write('.git/hooks/pre-merge-commit', '#!/usr/bin/env python3\nprint("hi")\n');
    const result = await init(repo.dir);
    expect(result.code).toBe(2);
    expect(result.out).toContain('create .git/hooks/pre-commit');
    expect(result.out).not.toContain('git hooks installed');
    expect(result.err).toMatch(/^stanch: pre-merge-commit hook is not a shell script .*: stanch staged now runs in pre-commit, not in pre-merge-commit\nhint: add a call to `stanch staged` to /m);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8')).toContain('stanch staged');
    repo.write('.git/hooks/pre-commit', '#!/usr/bin/env python3\n');
    repo.write('.git/hooks/pre-merge-commit', '#!/usr/bin/env python3\n');
    expect((await init(repo.dir)).err).toMatch(/^stanch: pre-commit hook is not a shell script .*: stanch staged runs in neither hook\n/m);
  });

  it('says when husky is declared but not active in the clone', async () => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ devDependencies: { husky: '^9.0.0' } }));
    expect((await init(repo.dir)).out).toContain('husky is not active in this clone yet: run `npx husky`');
    repo.git('config', 'core.hooksPath', '.husky/_');
    expect((await init(repo.dir)).out).not.toContain('not active');
  });

  it.skipIf(!existsSync('dist/cli.js'))('installs plain hooks that block a real commit with a secret and let a clean one through', async () => {
    const repo = makeRepo();
    await init(repo.dir);
    const bin = join(repo.dir, '.git', 'test-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'stanch'), `#!/bin/sh\nexec "${process.execPath}" "${resolve('dist/cli.js')}" "$@"\n`);
    chmodSync(join(bin, 'stanch'), 0o755);
    const env = { ...GIT_TEST_ENV, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' };
    repo.write('app.js', `const stripe = require("stripe")("${STRIPE}");\n`);
    repo.git('add', '.');
    const blocked = spawnSync('git', ['commit', '-m', 'leak'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('git commit --no-verify');
    expect(blocked.stdout + blocked.stderr).not.toContain(STRIPE);
    repo.write('app.js', 'const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);\n');
    repo.git('add', '.');
    expect(spawnSync('git', ['commit', '-q', '-m', 'clean'], { cwd: repo.dir, env, encoding: 'utf8' }).status).toBe(0);
    // pre-merge-commit runs before git writes MERGE_HEAD: a branch's already-committed secret must not block the merge.
    const commitUnchecked = (message: string, path: string, content: string) => {
      repo.write(path, content);
      repo.git('add', path);
      repo.git('commit', '-q', '--no-verify', '-m', message);
    };
    repo.git('checkout', '-q', '-b', 'feature');
    commitUnchecked('feature', 'legacy.js', `key = "${STRIPE}";\n`);
    repo.git('checkout', '-q', 'main');
    commitUnchecked('main', 'b.txt', 'b\n');
    const merge = spawnSync('git', ['merge', '--no-edit', 'feature'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(merge.stdout + merge.stderr).toContain('No findings.');
    expect(merge.status).toBe(0);
  });

  it('fails closed outside a repository and on stray arguments', async () => {
    const outside = await init('/');
    expect(outside.code).toBe(2);
    expect(outside.err).toMatch(/^stanch: not a git repository\nhint: /);
    const stray = await init(makeRepo().dir, ['hooks']);
    expect(stray.code).toBe(2);
    expect(stray.err).toMatch(/^stanch: stanch init takes no arguments: hooks\n/);
  });

  it('changes nothing with --dry-run', async () => {
    const repo = makeRepo();
    const result = await init(repo.dir, ['--dry-run']);
    expect(result.out).toContain('would create .git/hooks/pre-commit\n  + #!/bin/sh\n');
    expect(result.out).toMatch(/^  \+ if command -v stanch .*stanch staged/m);
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
  });
});

describe('stanch init when stanch cannot be run by name', () => {
  const noStanchPath = { ...GIT_TEST_ENV, PATH: dirname(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()) };

  it('writes the absolute path of the CLI it runs from into plain hooks, and says so', async () => {
    const repo = makeRepo();
    const entry = join(repo.dir, ".git/it's cli.js");
    writeFileSync(entry, '');
    const io = { ...createFakeIo(repo.dir, { env: noStanchPath }), entry };
    expect(await run(['init'], io)).toBe(0);
    const hook = readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8');
    expect(hook).toContain(`else '${process.execPath}' '${repo.dir}/.git/it'\\''s cli.js' staged || exit $?; fi`);
    expect(hook).not.toContain('npx');
    expect(io.out()).toContain('note: `stanch` is neither on PATH nor in node_modules/.bin, so the hooks run ');
    // A hook from an earlier init that relied on npx is repaired.
    writeFileSync(join(repo.dir, '.git/hooks/pre-merge-commit'), '#!/bin/sh\necho hi\nif command -v stanch >/dev/null 2>&1; then stanch staged || exit $?; else npx --no-install stanch staged || exit $?; fi\n');
    expect(await run(['init'], { ...createFakeIo(repo.dir, { env: noStanchPath }), entry })).toBe(0);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-merge-commit'), 'utf8')).toMatch(/^#!\/bin\/sh\necho hi\nif command -v stanch .* else '.*' staged \|\| exit \$\?; fi\n$/);
  });

  it('keeps npx when stanch is in node_modules/.bin, and warns when there is no CLI path to write', async () => {
    const repo = makeRepo();
    repo.write('node_modules/.bin/stanch', '#!/bin/sh\n');
    chmodSync(join(repo.dir, 'node_modules/.bin/stanch'), 0o755);
    const local = { ...createFakeIo(repo.dir, { env: noStanchPath }), entry: __filename };
    expect(await run(['init'], local)).toBe(0);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8')).toContain('else npx --no-install stanch staged');
    expect(local.out() + local.err()).not.toMatch(/note|warning/);
    const bare = makeRepo();
    const io = createFakeIo(bare.dir, { env: noStanchPath });
    expect(await run(['init'], io)).toBe(0);
    expect(io.err()).toContain('warning: `stanch` is neither on PATH nor in node_modules/.bin: commits will fail until it is installed');
  });

  it.skipIf(!existsSync('dist/cli.js'))('run as `node dist/cli.js init` from a clone, blocks a commit with a secret without asking npm', () => {
    const repo = makeRepo();
    const init = spawnSync(process.execPath, [resolve('dist/cli.js'), 'init'], { cwd: repo.dir, env: noStanchPath, encoding: 'utf8' });
    expect(init.status).toBe(0);
    repo.write('app.js', `const stripe = require("stripe")("${STRIPE}");\n`);
    repo.git('add', '.');
    const blocked = spawnSync('git', ['commit', '-m', 'leak'], { cwd: repo.dir, env: { ...noStanchPath, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('Stripe live secret key');
    expect(blocked.stdout + blocked.stderr).not.toMatch(/npm|npx/);
  });
});

describe('hook files shipped with stanch', () => {
  it('declares a pre-commit framework hook', () => {
    const yaml = readFileSync('.pre-commit-hooks.yaml', 'utf8');
    expect(yaml).toMatch(/id: stanch/);
    expect(yaml).toMatch(/entry: stanch staged/);
    expect(yaml).toMatch(/language: node/);
    expect(yaml).toMatch(/pass_filenames: false/);
  });

  it('guards this repository with its own husky hook', () => {
    expect(readFileSync('.husky/pre-commit', 'utf8')).toContain('dist/cli.js staged');
  });
});
