import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { buildBaseline, readBaseline, sortEntries, writeBaseline } from '../../filters/baseline.js';
import { scanSource } from '../../pipeline/scan-source.js';
import { fileSource } from '../../sources/files.js';
import { parseCommandArgs, stringOption } from '../common-options.js';
import { BASELINE_HELP } from '../help.js';
import type { CliIo } from '../io.js';
import { parseSize } from '../parse-size.js';
import { resolveRunContext } from '../run-context.js';

// `stanch baseline`: accept what exists today so that only new findings fail from now on.

const BASELINE_OPTIONS = {
  prune: { type: 'boolean' },
  reason: { type: 'string' },
  'max-file-size': { type: 'string' },
} as const;

/** Runs `stanch baseline [PATH...]`; returns the exit code. */
export async function runBaseline(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, common } = parseCommandArgs(args, BASELINE_OPTIONS, io.env);
  if (common.help) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  const path = resolve(io.cwd, common.output ?? '.stanch-baseline.json');
  const previous = existsSync(path) ? (await readBaseline(path)).entries : [];
  // The baseline records what a scan reports, so the scan itself must not apply a baseline.
  const context = await resolveRunContext({ ...common, baseline: undefined, output: undefined }, io, availableParallelism());
  const maxFileSize = parseSize('--max-file-size', stringOption(values, 'max-file-size') ?? '10MB');
  const targets = positionals.length === 0 ? ['.'] : positionals;
  const { report } = await scanSource(fileSource(targets, { cwd: io.cwd, maxFileSize }), { mode: 'scan', pack: context.pack, filters: context.filters, jobs: context.jobs });
  const current = buildBaseline(report.findings, previous, stringOption(values, 'reason'));
  const now = new Set(current.entries.map((e) => e.fingerprint));
  const entries = values['prune'] === true
    ? previous.filter((e) => now.has(e.fingerprint))
    : [...current.entries, ...previous.filter((e) => !now.has(e.fingerprint))];
  const file = { version: 1 as const, entries: sortEntries(entries) };
  await writeBaseline(path, file);
  const removed = previous.length - previous.filter((e) => now.has(e.fingerprint)).length;
  io.stdout(`${values['prune'] === true ? `pruned ${removed} stale entr${removed === 1 ? 'y' : 'ies'}; ` : ''}${file.entries.length} entr${file.entries.length === 1 ? 'y' : 'ies'} in ${relative(io.cwd, path) || path}\n`);
  return 0;
}
