import type { CliIo } from '../../src/cli/io.js';

// An in-memory CliIo: commands run in-process and tests read what they printed.

/** A CliIo that records stdout and stderr. */
export interface FakeIo extends CliIo {
  out: () => string;
  err: () => string;
}

/** Builds a FakeIo rooted at `cwd`, with optional stdin text and environment. */
export function createFakeIo(cwd: string, options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => options.stdin ?? '',
    cwd,
    env: options.env ?? {},
    stdoutIsTty: options.tty ?? false,
    stderrIsTty: false,
    out: () => out,
    err: () => err,
  };
}
