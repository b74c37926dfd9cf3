import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/git-repo.js';

// Property: on random histories (commits on two branches, merges, merges with edits while resolving), stanch
// history attributes exactly what a naive reference computes from full trees: a secret is introduced by commit C
// at path P when it is in C's version of P and in no parent's version of P.
const SECRETS = ['Aa4Ks8Wd2Qx6Vr9Tb3Hz7Lm1', 'Bb7Jq2Xm5Rt8Wn3Lp6Zc9Vd4', 'Cc2Np6Tq9Wx3Ks7Lm4Hb8Rf5'].map((s) => ['sk', 'live', s].join('_'));
const FILES = ['a.js', 'b.js', 'lib/c.js'];

type Op = { kind: 'commit'; branch: number; file: number; secret: number | null } | { kind: 'merge'; edit: boolean; secret: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('commit' as const), branch: fc.nat({ max: 1 }), file: fc.nat({ max: FILES.length - 1 }), secret: fc.option(fc.nat({ max: SECRETS.length - 1 })) }),
  fc.record({ kind: fc.constant('merge' as const), edit: fc.boolean(), secret: fc.nat({ max: SECRETS.length - 1 }) }),
);

function apply(repo: TestRepo, ops: Op[]): void {
  let n = 0;
  repo.commit('root', { 'a.js': 'start\n' });
  repo.git('branch', 'side');
  for (const o of ops) {
    n++;
    if (o.kind === 'commit') {
      repo.git('checkout', '-q', o.branch === 0 ? 'main' : 'side');
      const body = o.secret === null ? `value ${n}\n` : `value ${n}\nkey = "${SECRETS[o.secret]}";\n`;
      repo.commit(`c${n}`, { [FILES[o.file] ?? 'a.js']: body });
    } else {
      repo.git('checkout', '-q', 'main');
      repo.git('merge', '-q', '--no-commit', '--no-ff', '-X', 'theirs', 'side');
      if (o.edit) repo.write('merge.js', `resolved ${n}\nkey = "${SECRETS[o.secret]}";\n`);
      repo.git('add', '-A');
      repo.git('commit', '-q', '--allow-empty', '-m', `m${n}`);
    }
  }
}

function reference(repo: TestRepo): string[] {
  const secretsIn = (rev: string, path: string): Set<string> => {
    try {
      return new Set(SECRETS.filter((s) => repo.git('show', `${rev}:${path}`).includes(s)));
    } catch {
      return new Set();
    }
  };
  const out: string[] = [];
  for (const line of repo.git('rev-list', '--all', '--parents').trim().split('\n')) {
    const [sha = '', ...parents] = line.split(' ');
    for (const path of repo.git('ls-tree', '-r', '--name-only', sha).trim().split('\n')) {
      for (const s of secretsIn(sha, path)) if (parents.every((p) => !secretsIn(p, path).has(s))) out.push(`${sha}:${path}:${s}`);
    }
  }
  return out.sort();
}

async function stanchIntroductions(repo: TestRepo): Promise<string[]> {
  const io = createFakeIo(repo.dir, { env: GIT_TEST_ENV });
  await run(['history', '--no-cache', '-f', 'json', '--show-secrets'], io);
  const report: { findings: { commit: { sha: string }; path: string; match: string }[] } = JSON.parse(io.out());
  return [...new Set(report.findings.map((f) => `${f.commit.sha}:${f.path}:${f.match}`))].sort();
}

describe('history attribution', () => {
  it('agrees with a reference computed from full trees on random histories', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const repo = makeRepo();
        apply(repo, ops);
        expect(await stanchIntroductions(repo)).toEqual(reference(repo));
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 12) },
    );
  }, 120_000);
});
