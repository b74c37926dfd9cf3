import { StanchError, UsageError } from '../errors.js';
import { escapeControls, escapeSourceLines } from '../report/terminal-text.js';
import { VERSION } from '../version.js';
import { MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';

// The CLI entry: dispatches to a command loaded on demand and turns failures into one line and exit 2.

type Command = (args: string[], io: CliIo) => Promise<number>;

// Commands load lazily so `stanch staged` pays only for what it uses.
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan.js')).runScan,
  rules: async () => (await import('./commands/rules.js')).runRules,
  staged: async () => (await import('./commands/staged.js')).runStaged,
  history: async () => (await import('./commands/history.js')).runHistory,
  init: async () => (await import('./commands/init.js')).runInit,
  baseline: async () => (await import('./commands/baseline.js')).runBaseline,
};

// Commands designed but not in this build yet: a clear error (exit 2), never "unknown command" or a clean run.
const PLANNED: string[] = [];

/** Runs stanch with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) {
      // A usage error, but the help is what a first-time user needs: the cause first, then the help.
      io.stderr('stanch: missing command: say what to run, e.g. `stanch scan .`\n\n');
      io.stdout(MAIN_HELP);
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout(MAIN_HELP);
      return 0;
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`stanch ${VERSION}\n`);
      return 0;
    }
    const load = COMMANDS[name];
    if (load === undefined && PLANNED.includes(name)) {
      throw new UsageError(`stanch ${name} is not available in this build yet`, `available commands: ${Object.keys(COMMANDS).join(', ')}`);
    }
    if (load === undefined) throw new UsageError(`unknown command "${name}"`, `commands: ${Object.keys(COMMANDS).join(', ')}; see stanch --help`);
    return await (await load())(args, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * Prints a failure as `stanch: cause` and `hint: ...`; unexpected errors also get their stack. Always 2. Causes
 * often quote a path from the repository: control characters in them are escaped, never sent to the terminal.
 */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof StanchError) {
    io.stderr(`stanch: ${escapeControls(error.message)}\nhint: ${escapeControls(error.hint)}\n`);
  } else {
    const detail = escapeSourceLines(error instanceof Error ? (error.stack ?? error.message) : String(error));
    io.stderr(`stanch: internal error: ${escapeControls(error instanceof Error ? error.message : String(error))}\nhint: this is a bug; please report it with the details below\n${detail}\n`);
  }
  return 2;
}
