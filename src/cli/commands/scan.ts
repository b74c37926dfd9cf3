import { availableParallelism } from 'node:os';
import { findConfigForTargets } from '../../config/load-config.js';
import { UsageError } from '../../errors.js';
import { scanSource } from '../../pipeline/scan-source.js';
import { fileSource } from '../../sources/files.js';
import { stdinSource } from '../../sources/stdin.js';
import { parseCommandArgs, stringOption } from '../common-options.js';
import { emitReport } from '../emit-report.js';
import { SCAN_HELP } from '../help.js';
import type { CliIo } from '../io.js';
import { MAX_FILE_SIZE_OPTION, readMaxFileSize } from '../parse-size.js';
import { resolveRunContext, withRunNotices } from '../run-context.js';

// `stanch scan [PATH...]` and `stanch scan -`: files and directories, honouring .gitignore and .stanchignore.

const SCAN_OPTIONS = {
  'stdin-path': { type: 'string' },
  ...MAX_FILE_SIZE_OPTION,
  'skip-unreadable': { type: 'boolean' },
} as const;

/** Runs `stanch scan`; returns the exit code. */
export async function runScan(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, common } = parseCommandArgs(args, SCAN_OPTIONS, io.env);
  if (common.help) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const maxFileSize = readMaxFileSize(values);
  const stdinPath = stringOption(values, 'stdin-path');
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) throw new UsageError('`-` (stdin) cannot be combined with paths', 'scan stdin and the paths in two runs');
  if (!fromStdin && stdinPath !== undefined) throw new UsageError('--stdin-path needs `-` as the path to scan', 'stanch scan - --stdin-path NAME < file');
  const targets = positionals.length === 0 ? ['.'] : positionals;
  // Without -c, the config comes from the scanned paths (a project scanned from elsewhere keeps its own).
  const config = common.config ?? (fromStdin ? undefined : findConfigForTargets(io.cwd, targets));
  const context = await resolveRunContext({ ...common, ...(config === undefined ? {} : { config }) }, io, availableParallelism());
  const events = fromStdin
    ? stdinSource(io.readStdin, stdinPath ?? 'stdin')
    : fileSource(targets, { cwd: io.cwd, env: io.env, maxFileSize, skipUnreadable: values['skip-unreadable'] === true });
  const { report } = await scanSource(events, { mode: 'scan', pack: context.pack, filters: context.filters, jobs: context.jobs, ...(io.signal === undefined ? {} : { signal: io.signal }) });
  return emitReport(withRunNotices(report, context), context.output, io);
}
