import type { Report } from '../types.js';
import type { ReportOptions } from './report-options.js';

// The reporter registry: each format loads its module only when asked for.

/** A pure reporter: report and options in, text out. */
export type Reporter = (report: Report, options: ReportOptions) => string;

/** Loads the reporter for a format; for a human report with no findings (most commits), only its summary's. */
export async function loadReporter(format: 'human' | 'json' | 'sarif', report?: Report): Promise<Reporter> {
  switch (format) {
    case 'human': {
      if (report !== undefined && report.findings.length === 0) return (await import('./human-summary.js')).formatCleanHuman;
      const [{ formatHuman }, { formatHumanHistory }] = await Promise.all([import('./human.js'), import('./human-history.js')]);
      return (report, options) => (report.mode === 'history' ? formatHumanHistory(report, options) : formatHuman(report, options));
    }
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
  }
}
