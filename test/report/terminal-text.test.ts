import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { UsageError } from '../../src/errors.js';
import { reportError } from '../../src/cli/run.js';
import { formatHuman } from '../../src/report/human.js';
import { formatHumanHistory } from '../../src/report/human-history.js';
import { escapeControls, escapeSourceLines } from '../../src/report/terminal-text.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeRepo } from '../helpers/git-repo.js';
import { FAKE_SECRET, makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// A repository under audit must not drive the terminal: control characters in paths, lines and commit authors
// reach the human report as visible escapes. JSON keeps the exact values.

const ESC = '\u001b';
const BEL = '\u0007';
const RED_NAME = `a${ESC}[31mRED${ESC}[0m.py`;
const OSC_TITLE = `${ESC}]0;pwned${BEL}`;
// Any raw control but newline (table rows) and tab.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('escapeControls and escapeSourceLines', () => {
  it('turns C0, DEL, C1 and bidi controls into visible escapes, newline into \\n', () => {
    expect(escapeControls(`x${ESC}[2Jy`)).toBe('x\\x1b[2Jy');
    expect(escapeControls('a\nb\rc\u007fd\u009be\u202ef\tg')).toBe('a\\nb\\rc\\x7fd\\x9be\\u202ef\tg');
    expect(escapeControls('plain/path with spaces é.py')).toBe('plain/path with spaces é.py');
  });

  it('keeps the line breaks of source text, drops CR before them and widens tabs', () => {
    expect(escapeSourceLines(`one\r\n\ttwo${OSC_TITLE}\nthree\rX`)).toBe('one\n  two\\x1b]0;pwned\\x07\nthree\\rX');
  });
});

describe('human reports with hostile text', () => {
  it('escapes the path heading (a newline cannot split it), the line and the commit author', () => {
    const commit = { sha: 'f'.repeat(40), author: `Eve${ESC}[2J`, email: 'eve@example.com', date: '2026-01-01T00:00:00Z', summary: 'x' };
    const finding = makeFinding({ path: `evil\nname${ESC}[31m.js`, lineText: `k = "${FAKE_SECRET}" ${OSC_TITLE}`, commit });
    const text = formatHuman(makeReport([finding]), makeReportOptions());
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('evil\\nname\\x1b[31m.js\n');
    expect(text).toContain('\\x1b]0;pwned\\x07');
    expect(text).toContain('Eve\\x1b[2J');
    expect(text).not.toContain(FAKE_SECRET);
    const history = formatHumanHistory({ ...makeReport([finding]), mode: 'history' }, makeReportOptions());
    expect(history).not.toMatch(RAW_CONTROL);
    expect(history).toContain('Eve\\x1b[2J');
  });

  it('escapes notices and error causes', () => {
    const text = formatHuman(makeReport([], { notices: [`stale entry for ${RED_NAME}`] }), makeReportOptions());
    expect(text).toContain('a\\x1b[31mRED\\x1b[0m.py');
    const io = createFakeIo('/');
    expect(reportError(new UsageError(`cannot read ${RED_NAME}`), io)).toBe(2);
    expect(io.err()).not.toMatch(RAW_CONTROL);
  });

  it('scan and staged print control characters from file names and content escaped, even with --no-color; JSON keeps them exact', async () => {
    const key = ['sk', 'live', 'Rw3Kd8Mz1Qp6Vx4Nc9Tb2Lh5'].join('_');
    const content = `stripe = "${key}"  # ${OSC_TITLE}\n`;
    const dir = makeTempProject({ [RED_NAME]: content });
    const human = createFakeIo(dir);
    expect(await run(['scan', '--no-color'], human)).toBe(1);
    expect(human.out()).not.toMatch(RAW_CONTROL);
    expect(human.out()).toContain('a\\x1b[31mRED\\x1b[0m.py');
    expect(human.out()).toContain('\\x1b]0;pwned\\x07');
    const json = createFakeIo(dir);
    await run(['scan', '-f', 'json'], json);
    expect((JSON.parse(json.out()) as { findings: { path: string }[] }).findings[0]?.path).toBe(RED_NAME);
    const repo = makeRepo();
    repo.write(RED_NAME, content);
    repo.git('add', '.');
    const staged = createFakeIo(repo.dir);
    expect(await run(['staged', '--no-color'], staged)).toBe(1);
    expect(staged.out()).not.toMatch(RAW_CONTROL);
    expect(staged.out()).toContain('a\\x1b[31mRED\\x1b[0m.py');
  });
});
