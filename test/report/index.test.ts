import { describe, expect, it } from 'vitest';
import { formatHuman } from '../../src/report/human.js';
import { formatHumanHistory } from '../../src/report/human-history.js';
import { loadReporter } from '../../src/report/index.js';
import { makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';

// A clean run (most commits) loads only the summary formatter; it must print exactly what the full one would.

describe('loadReporter', () => {
  it('gives a clean run the same human text as the full formatters, in every mode', async () => {
    const options = makeReportOptions();
    for (const mode of ['scan', 'staged', 'history'] as const) {
      const clean = { ...makeReport([]), mode };
      const full = mode === 'history' ? formatHumanHistory(clean, options) : formatHuman(clean, options);
      expect((await loadReporter('human', clean))(clean, options)).toBe(full);
    }
  });

  it('formats findings with the full human report', async () => {
    const report = makeReport([makeFinding()]);
    expect((await loadReporter('human', report))(report, makeReportOptions())).toBe(formatHuman(report, makeReportOptions()));
  });
});
