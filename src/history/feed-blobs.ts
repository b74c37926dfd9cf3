import type { BlobScanner } from './blob-scanner.js';

// Feeds blobs to the scanner with a bounded window in flight. The window is refilled in batches (when half of it
// is done): requests made together go to `git cat-file` in one write, and each write wakes git (one write per
// blob cost about 0.1 s of a cold audit).

/** A feed that scans blobs as they are pushed, until stopped. */
export interface BlobFeed {
  push: (oids: Iterable<string>) => void;
  /** Starts no more scans (those in flight finish; their results stay with the scanner). */
  stop: () => void;
}

/**
 * Scans pushed blobs, at most `limit` at a time, each once. Failures are left to whoever asks the scanner for
 * the blob again (it keeps failed scans), so a feed that runs ahead never reports an error itself.
 */
export function createBlobFeed(scanner: BlobScanner, limit: number): BlobFeed {
  const queue: string[] = [];
  const seen = new Set<string>();
  let next = 0;
  let inFlight = 0;
  let stopped = false;
  const settle = (): void => {
    inFlight--;
    refill();
  };
  const refill = (): void => {
    if (stopped || inFlight > limit / 2) return;
    while (inFlight < limit && next < queue.length) {
      const oid = queue[next++] ?? '';
      if (scanner.peek(oid) !== undefined) continue;
      inFlight++;
      scanner.scan(oid).then(settle, settle);
    }
  };
  return {
    push: (oids) => {
      for (const oid of oids) {
        if (seen.has(oid)) continue;
        seen.add(oid);
        queue.push(oid);
      }
      refill();
    },
    stop: () => {
      stopped = true;
    },
  };
}

/**
 * Scans every blob of `oids` (each result is left with the scanner); `onScanned` hears the count done. Blobs the
 * cache answers for are counted at once, without a promise each (a warm audit has thousands).
 */
export async function scanBlobs(oids: readonly string[], scanner: BlobScanner, limit: number, onScanned?: (done: number) => void): Promise<void> {
  let next = 0;
  let inFlight = 0;
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    const refill = (): void => {
      if (inFlight > limit / 2) return;
      const before = done;
      while (inFlight < limit && next < oids.length) {
        const oid = oids[next++] ?? '';
        if (scanner.peek(oid) !== undefined) {
          done++;
          continue;
        }
        inFlight++;
        scanner.scan(oid).then(() => {
          inFlight--;
          done++;
          onScanned?.(done);
          if (done === oids.length) resolve();
          else refill();
        }, reject);
      }
      if (done > before) onScanned?.(done);
      if (done === oids.length) resolve();
    };
    refill();
  });
}
