import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';

// The dispatcher: help, version, unknown and not-yet-built commands, and how failures are printed.

describe('stanch (dispatcher)', () => {
  it('prints the main help with commands and exit codes; no command at all is a usage error', async () => {
    const io = createFakeIo(process.cwd());
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: stanch <command> [options]');
    expect(io.out()).toMatch(/Exit codes: 0 .*1 .*2 /);
    const bare = createFakeIo(process.cwd());
    expect(await run([], bare)).toBe(2);
    expect(bare.out()).toContain('Commands:');
  });

  it('prints each command help with its own options', async () => {
    const scan = createFakeIo(process.cwd());
    expect(await run(['scan', '--help'], scan)).toBe(0);
    expect(scan.out()).toContain('--stdin-path NAME');
    expect(scan.out()).toContain('--fail-on SEVERITY');
    const rules = createFakeIo(process.cwd());
    expect(await run(['rules', '-h'], rules)).toBe(0);
    expect(rules.out()).toContain('stanch rules test');
  });

  it('prints the version', async () => {
    const io = createFakeIo(process.cwd());
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^stanch \d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown command and an unknown flag with one line and a hint', async () => {
    const io = createFakeIo(process.cwd());
    expect(await run(['scna'], io)).toBe(2);
    expect(io.err()).toMatch(/^stanch: unknown command "scna"\nhint: .*scan/);
    const flag = createFakeIo(process.cwd());
    expect(await run(['scan', '--colour'], flag)).toBe(2);
    expect(flag.err()).toMatch(/^stanch: unknown option --colour\nhint: run `stanch <command> --help` for its options.*\n$/);
    expect(flag.out()).toBe('');
  });

  it('validates option values before scanning', async () => {
    for (const args of [['-f', 'xml'], ['--jobs', '0'], ['--max-file-size', 'big'], ['--min-confidence', 'sure']]) {
      const io = createFakeIo(process.cwd());
      expect(await run(['scan', ...args], io)).toBe(2);
      expect(io.err()).toMatch(/^stanch: .*must be/);
      expect(io.out()).toBe('');
    }
  });

  it('prints an unexpected failure with its stack and exits 2, never a clean report', async () => {
    const io = createFakeIo(process.cwd());
    io.readStdin = async () => {
      throw new Error('stdin vanished');
    };
    expect(await run(['scan', '-'], io)).toBe(2);
    expect(io.err()).toMatch(/^stanch: internal error: stdin vanished\nhint: this is a bug/);
    expect(io.err()).toContain('    at ');
    expect(io.out()).toBe('');
  });
});
