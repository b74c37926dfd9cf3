import { writeFile } from 'node:fs/promises';
import { IoError } from '../errors.js';
import { loadReporter } from '../report/index.js';
import { withBuiltinHelp } from '../rules/lean-builtin-pack.js';
import { isBlocking } from '../report/report-options.js';
import { countOf } from '../report/style.js';
import { escapeControls } from '../report/terminal-text.js';
import type { Report } from '../types.js';
import type { CliIo } from './io.js';
import type { OutputOptions } from './run-context.js';

// Writes the report once (stdout or -o FILE) and turns it into the exit code.

/**
 * Formats and writes the report; returns 1 when a finding blocks, else 0. `--quiet` prints only what blocks.
 * The run's notices (shallow clone, stale baseline entries) go to stderr once, whatever the format: a report
 * file and the JSON and SARIF documents carry them as data, a human report on stdout does not repeat them.
 */
export async function emitReport(report: Report, output: OutputOptions, io: CliIo): Promise<number> {
  const blocking = report.findings.filter((f) => isBlocking(f, output.failOn, output.minConfidence)).length;
  if (output.output === undefined) {
    // --quiet: a human report is printed only when something blocks (and not even formatted otherwise).
    const shown = output.format === 'human' ? withoutNotices(report) : report;
    if (!output.quiet || output.format !== 'human' || blocking > 0) io.stdout(await formatReport(shown, output));
  } else {
    const text = await formatReport(report, output);
    try {
      await writeFile(output.output, text);
    } catch (error) {
      throw new IoError(`cannot write ${output.output}: ${error instanceof Error ? error.message : String(error)}`, 'choose a writable path for -o');
    }
  }
  const notices = [...(report.summary.notices ?? []), ...(output.format === 'sarif' ? (await import('../report/sarif.js')).sarifNotices(report) : [])];
  for (const notice of notices) io.stderr(`stanch: note: ${escapeControls(notice)}\n`);
  if (output.output !== undefined && !output.quiet) {
    io.stderr(`stanch: ${countOf(report.findings.length, 'finding')}, ${blocking} blocking; report written to ${escapeControls(output.output)}\n`);
  }
  return blocking > 0 ? 1 : 0;
}

// Fix hints (human) and rule descriptions (SARIF) read the rules' help texts: loaded only for a report that shows them.
async function formatReport(report: Report, output: OutputOptions): Promise<string> {
  const reporter = await loadReporter(output.format, report);
  const withHelp = report.findings.length > 0 && output.format !== 'json';
  return reporter(report, withHelp ? { ...output, pack: await withBuiltinHelp(output.pack) } : output);
}

function withoutNotices(report: Report): Report {
  const { notices: _omitted, ...summary } = report.summary;
  return { ...report, summary };
}
