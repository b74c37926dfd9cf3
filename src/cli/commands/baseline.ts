import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { findConfigForTargets } from '../../config/load-config.js';
import { UsageError } from '../../errors.js';
import { buildBaseline, readBaseline, sortEntries, writeBaseline, type BaselineEntry } from '../../filters/baseline.js';
import { scanHistory } from '../../history/scan-history.js';
import { scanSource } from '../../pipeline/scan-source.js';
import { fileSource } from '../../sources/files.js';
import type { Finding } from '../../types.js';
import { parseCommandArgs, stringOption } from '../common-options.js';
import { BASELINE_HELP } from '../help.js';
import type { CliIo } from '../io.js';
import { MAX_FILE_SIZE_OPTION, readMaxFileSize } from '../parse-size.js';
import { resolveRunContext, type RunContext } from '../run-context.js';

// `stanch baseline`: accept what exists today so that only new findings fail from now on.

const BASELINE_OPTIONS = {
  prune: { type: 'boolean' },
  reason: { type: 'string' },
  history: { type: 'boolean' },
  ...MAX_FILE_SIZE_OPTION,
} as const;

/** Runs `stanch baseline [PATH...]` (or `--history [RANGE...]`); returns the exit code. */
export async function runBaseline(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, common } = parseCommandArgs(args, BASELINE_OPTIONS, io.env);
  if (common.help) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  const path = resolve(io.cwd, common.output ?? '.stanch-baseline.json');
  const previous = existsSync(path) ? (await readBaseline(path)).entries : [];
  // The baseline records what a scan reports, so the scan itself must not apply a baseline.
  const history = values['history'] === true;
  // Without -c, a files baseline takes its config from the scanned paths, like `stanch scan`.
  const config = common.config ?? (history ? undefined : findConfigForTargets(io.cwd, positionals.length === 0 ? ['.'] : positionals));
  const context = await resolveRunContext({ ...common, ...(config === undefined ? {} : { config }), baseline: undefined, output: undefined }, io, availableParallelism());
  const maxFileSize = readMaxFileSize(values);
  const findings = history ? await scanAllHistory(positionals, context, io, maxFileSize) : await scanFiles(positionals, context, io, maxFileSize);
  const prune = values['prune'] === true;
  const { entries, removed } = mergeEntries(previous, findings, prune, stringOption(values, 'reason'));
  await writeBaseline(path, { version: 1, entries });
  const count = `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`;
  io.stdout(`${prune ? `pruned ${removed} stale entr${removed === 1 ? 'y' : 'ies'}; ` : ''}${count} in ${relative(io.cwd, path) || path}\n`);
  return 0;
}

/** The new file's entries: without --prune, today's findings plus every earlier entry; with it, only earlier entries that still match. */
export function mergeEntries(previous: readonly BaselineEntry[], findings: readonly Finding[], prune: boolean, reason?: string): { entries: BaselineEntry[]; removed: number } {
  const current = buildBaseline(findings, previous, reason).entries;
  const now = new Set(current.map((e) => e.fingerprint));
  const kept = previous.filter((e) => now.has(e.fingerprint));
  const entries = prune ? kept : [...current, ...previous.filter((e) => !now.has(e.fingerprint))];
  return { entries: sortEntries(entries), removed: previous.length - kept.length };
}

async function scanFiles(targets: string[], context: RunContext, io: CliIo, maxFileSize: number): Promise<Finding[]> {
  const source = fileSource(targets.length === 0 ? ['.'] : targets, { cwd: io.cwd, env: io.env, maxFileSize });
  const { report } = await scanSource(source, { mode: 'scan', pack: context.pack, filters: context.filters, jobs: context.jobs });
  return report.findings;
}

// Every commit's findings (fingerprints name rule, value and path, not the commit), for `--baseline` on history audits.
async function scanAllHistory(revisions: string[], context: RunContext, io: CliIo, maxFileSize: number): Promise<Finding[]> {
  if (revisions.some((r) => r.startsWith('-'))) throw new UsageError(`a range cannot start with "-": ${revisions.find((r) => r.startsWith('-'))}`, 'ranges look like BASE..HEAD');
  const report = await scanHistory(
    { cwd: io.cwd, env: io.env },
    { pack: context.pack, filters: context.filters, jobs: context.jobs, revisions: revisions.length === 0 ? ['--all'] : revisions, useCache: true, maxFileSize },
  );
  return report.findings;
}
