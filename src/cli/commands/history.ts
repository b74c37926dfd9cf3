import { availableParallelism } from 'node:os';
import { UsageError } from '../../errors.js';
import { scanHistory } from '../../history/scan-history.js';
import { parseCommandArgs, stringOption } from '../common-options.js';
import { emitReport } from '../emit-report.js';
import { HISTORY_HELP } from '../help.js';
import type { CliIo } from '../io.js';
import { MAX_FILE_SIZE_OPTION, readMaxFileSize } from '../parse-size.js';
import { createProgress } from '../progress.js';
import { resolveRunContext, withRunNotices } from '../run-context.js';

// `stanch history [RANGE...]`: CI ranges and whole-repository audits.

const HISTORY_OPTIONS = {
  'since-commit': { type: 'string' },
  'no-cache': { type: 'boolean' },
  ...MAX_FILE_SIZE_OPTION,
} as const;

/** Runs `stanch history`; returns the exit code. */
export async function runHistory(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, common } = parseCommandArgs(args, HISTORY_OPTIONS, io.env);
  if (common.help) {
    io.stdout(HISTORY_HELP);
    return 0;
  }
  const since = stringOption(values, 'since-commit');
  if (since !== undefined && positionals.length > 0) throw new UsageError('give either a RANGE or --since-commit, not both', 'e.g. stanch history origin/main..HEAD');
  if (positionals.some((p) => p.startsWith('-'))) throw new UsageError(`a range cannot start with "-": ${positionals.find((p) => p.startsWith('-'))}`, 'ranges look like BASE..HEAD');
  const revisions = since !== undefined ? [`${since}..HEAD`] : positionals.length > 0 ? positionals : ['--all'];
  // `git log` and `git cat-file` run beside detection and need a core of their own (on two cores, detecting in
  // the main thread alone is 12% faster than two workers).
  const context = await resolveRunContext(common, io, availableParallelism() - 1);
  const progress = createProgress(io, common.quiet);
  try {
    const report = await scanHistory(
      { cwd: io.cwd, env: io.env, ...(io.signal ? { signal: io.signal } : {}) },
      {
        pack: context.pack,
        filters: context.filters,
        jobs: context.jobs,
        revisions,
        useCache: values['no-cache'] !== true,
        maxFileSize: readMaxFileSize(values),
        onProgress: progress.update,
      },
    );
    progress.done();
    return await emitReport(withRunNotices(report, context), context.output, io);
  } finally {
    progress.done();
  }
}
