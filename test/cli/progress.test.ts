import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { createFakeIo } from '../helpers/fake-io.js';

// History progress: a rewritten stderr line on a terminal after the first second; silent otherwise.

const tty = () => ({ ...createFakeIo('/'), stderrIsTty: true });
const step = { phase: 'blobs', done: 50, total: 200, bytes: 3_500_000 };

describe('createProgress', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0, toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('stays silent during the first second, then shows blobs, MB and an ETA, and clears the line when done', () => {
    const io = tty();
    const progress = createProgress(io, false);
    progress.update(step);
    expect(io.err()).toBe('');
    vi.setSystemTime(2000);
    progress.update(step);
    expect(io.err()).toBe('\r\u001b[2Kstanch: blobs 50/200, 3.5 MB ETA 6 s');
    progress.done();
    expect(io.err().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('counts commits while reading history, then times the blob phase from its own start', () => {
    const io = tty();
    const progress = createProgress(io, false);
    vi.setSystemTime(1500);
    progress.update({ phase: 'commits', done: 1200, total: 0, bytes: 0 });
    expect(io.err()).toBe('\r\u001b[2Kstanch: reading history, 1200 commits');
    vi.setSystemTime(11_000);
    progress.update({ ...step, done: 0 });
    vi.setSystemTime(13_000);
    progress.update(step);
    expect(io.err().endsWith('stanch: blobs 50/200, 3.5 MB ETA 6 s')).toBe(true);
  });

  it('is silent when stderr is not a terminal, or with --quiet', () => {
    for (const [io, quiet] of [[createFakeIo('/'), false], [tty(), true]] as const) {
      const progress = createProgress(io, quiet);
      vi.setSystemTime(5000);
      progress.update(step);
      progress.done();
      expect(io.err()).toBe('');
    }
  });
});
