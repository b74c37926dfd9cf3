import { UsageError } from '../../errors.js';
import { scanSource } from '../../pipeline/scan-source.js';
import { stagedSource } from '../../sources/staged.js';
import { parseCommandArgs } from '../common-options.js';
import { emitReport } from '../emit-report.js';
import { STAGED_HELP } from '../help.js';
import type { CliIo } from '../io.js';
import { MAX_FILE_SIZE_OPTION, readMaxFileSize } from '../parse-size.js';
import { resolveRunContext, withRunNotices } from '../run-context.js';

// `stanch staged`: the pre-commit job. Scans the index, reports findings on added lines only.

/** Runs `stanch staged`; returns the exit code. */
export async function runStaged(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, common } = parseCommandArgs(args, MAX_FILE_SIZE_OPTION, io.env);
  if (common.help) {
    io.stdout(STAGED_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('stanch staged takes no paths: it scans what is staged', 'stage files with git add, or use stanch scan PATH');
  const maxFileSize = readMaxFileSize(values);
  // A commit is small: worker threads cost more to start than they save, unless asked for.
  const context = await resolveRunContext({ ...common, jobs: common.jobs ?? 1 }, io, 1);
  const events = stagedSource({ cwd: io.cwd, env: io.env, ...(io.signal ? { signal: io.signal } : {}) }, maxFileSize);
  const { report } = await scanSource(events, { mode: 'staged', pack: context.pack, filters: context.filters, jobs: context.jobs, ...(io.signal === undefined ? {} : { signal: io.signal }) });
  return emitReport(withRunNotices(report, context), context.output, io);
}
