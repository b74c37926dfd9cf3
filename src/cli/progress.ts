import type { CliIo } from './io.js';

// Progress on stderr for long work: only on a terminal, only after the first second, one line rewritten.

/** A progress line updater and a way to clear it. */
export interface Progress {
  update: (progress: { phase: string; done: number; total: number; bytes: number }) => void;
  done: () => void;
}

/** Progress that writes to stderr when it is a TTY; silent otherwise. */
export function createProgress(io: CliIo, quiet: boolean): Progress {
  const started = Date.now();
  let last = 0;
  let shown = false;
  let phaseName = '';
  let phaseStarted = started; // the ETA uses the current phase's own rate
  if (!io.stderrIsTty || quiet) return { update: () => undefined, done: () => undefined };
  return {
    update: ({ phase, done, total, bytes }) => {
      const now = Date.now();
      if (phase !== phaseName) [phaseName, phaseStarted] = [phase, now];
      if (now - started < 1000 || now - last < 200) return;
      last = now;
      shown = true;
      // Counting phases (commits read so far) have no total; scanning phases show MB and an ETA.
      if (total === 0) return io.stderr(`\r\u001b[2Kstanch: reading history, ${done} ${phase}`);
      const rate = now > phaseStarted ? done / ((now - phaseStarted) / 1000) : 0;
      const eta = rate > 0 && total > done ? ` ETA ${Math.ceil((total - done) / rate)} s` : '';
      io.stderr(`\r\u001b[2Kstanch: ${phase} ${done}/${total}, ${(bytes / 1e6).toFixed(1)} MB${eta}`);
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
