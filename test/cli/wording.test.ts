import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { formatHuman } from '../../src/report/human.js';
import { formatHumanHistory } from '../../src/report/human-history.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeRepo } from '../helpers/git-repo.js';
import { makeReport, makeReportOptions } from '../helpers/make-report.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// What the CLI says, read by people (user audit items 12-15): plurals, no doubled words, balanced quotes,
// refusals that exit 2, skipped files named, notices printed once.

const KEY = ['sk', 'live', 'Jm4Tx8Qw2Rc6Vn1Lz5Kp9HdXe7Ga3Bu0'].join('_');

async function cli(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = createFakeIo(cwd);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('wording of the reports and the CLI', () => {
  it('uses the singular for one commit, one blob, one rule, one example and one finding', async () => {
    const history = formatHumanHistory({ ...makeReport([], { commits: 1, blobs: 1, files: 1 }), mode: 'history' }, makeReportOptions());
    expect(history).toContain('Scanned 1 commit, 1 distinct blob (1 read, ');
    expect((await cli(process.cwd(), ['rules', 'test', 'stripe-secret-key'])).out).toMatch(/^1 rule, \d+ examples: all pass\.$/m);
    const dir = makeTempProject({ 'app.js': `k = "${KEY}"\n` });
    const written = await cli(dir, ['scan', '-f', 'json', '-o', 'out.json']);
    expect(written.err).toMatch(/^stanch: 1 finding, 1 blocking; report written to /);
  });

  it('says "in a documentation file"', async () => {
    const dir = makeTempProject({ 'docs/setup.md': `Use \`${KEY}\` to start.\n` });
    const { out } = await cli(dir, ['scan', '-f', 'json']);
    expect(out).toContain('in a documentation file');
  });

  it('marks an opt-in rule once in `stanch rules`, and refuses `-f sarif` like any unknown format', async () => {
    const { out } = await cli(process.cwd(), ['rules']);
    expect(out).toContain('opt-in');
    expect(out).not.toMatch(/opt-in\)\s*\(opt-in\)/);
    const sarif = await cli(process.cwd(), ['rules', '-f', 'sarif']);
    expect(sarif.code).toBe(2);
    expect(sarif.err).toMatch(/^stanch: --format sarif is not available for rules: they are listed as human \(default\) or json\nhint: /);
    expect(sarif.out).toBe('');
  });

  it('names an unknown option with balanced quotes, and says a command is missing before the help', async () => {
    const flag = await cli(process.cwd(), ['scan', '--bogus']);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/^stanch: unknown option --bogus\nhint: .*after `--`\n$/);
    for (const line of flag.err.split('\n')) expect((line.match(/["']/g) ?? []).length % 2).toBe(0);
    const bare = await cli(process.cwd(), []);
    expect(bare.code).toBe(2);
    expect(bare.err.split('\n')[0]).toMatch(/^stanch: missing command/);
    expect(bare.out).toContain('Commands:');
  });

  it('names the first ten skipped files in the human summary, then says how many more', () => {
    const skipped = Array.from({ length: 12 }, (_, i) => ({ path: `assets/img${String(i).padStart(2, '0')}.png`, reason: 'binary' }));
    const text = formatHuman(makeReport([], { skipped }), makeReportOptions());
    expect(text).toContain('12 skipped: 12 binary.\n  assets/img00.png (binary)\n');
    expect(text).toContain('  assets/img09.png (binary)\n  and 2 more; --format json lists them.');
    expect(text).not.toContain('img10');
    const few = formatHuman(makeReport([], { skipped: [{ path: 'big.sql', reason: 'larger than --max-file-size' }] }), makeReportOptions());
    expect(few).toContain('1 skipped: 1 larger than --max-file-size.\n  big.sql (larger than --max-file-size)\n');
    expect(few).not.toContain('more;');
  });

  it('prints the shallow-clone notice once, on stderr, in human and JSON runs (JSON keeps it as data)', async () => {
    const origin = makeRepo();
    origin.commit('one', { 'a.txt': 'a\n' });
    origin.commit('two', { 'b.txt': 'b\n' });
    const clone = makeTempProject({});
    origin.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, `${clone}/c`);
    const human = await cli(`${clone}/c`, ['history', '--no-color']);
    expect(human.out).not.toContain('shallow');
    expect(human.err.match(/stanch: note: shallow clone/g)).toHaveLength(1);
    const quiet = await cli(`${clone}/c`, ['history', '-q']);
    expect(quiet.err.match(/stanch: note: shallow clone/g)).toHaveLength(1);
    const json = await cli(`${clone}/c`, ['history', '-f', 'json']);
    expect(json.err.match(/stanch: note: shallow clone/g)).toHaveLength(1);
    expect((JSON.parse(json.out) as { summary: { notices: string[] } }).summary.notices[0]).toMatch(/^shallow clone/);
  });
});
