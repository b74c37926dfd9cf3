import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentHit } from '../detect/content-hits.js';
import { detectBlob, type BlobHits, type ScopedRules } from './detect-blob.js';
import { detectChunk, type DetectInput } from '../detect/detect-chunk.js';
import { StanchError } from '../errors.js';
import type { Finding, RulePack } from '../types.js';

// Spreads detection over worker threads; small inputs and `--jobs 1` stay on the main thread.

/** Runs detection somewhere; `close` ends the workers. */
export interface DetectPool {
  detect: (chunk: DetectInput) => Promise<Finding[]>;
  /** Path-independent hits of a blob's raw bytes (history scans reuse them for every path of the blob). */
  detectBlob: (bytes: Uint8Array, scoped?: ScopedRules) => Promise<BlobHits>;
  close: () => Promise<void>;
  /** Number of worker threads (0: main thread only). */
  readonly threads: number;
}

/** Work below this many bytes in total never starts workers. */
const START_WORKERS_AFTER = 8 * 1024 * 1024;

/**
 * Young-generation cap per worker. Detection makes short-lived strings and match arrays; V8's default young
 * generation (48 MB) lets each worker hold that much garbage between scavenges. 12 MB cut peak RSS of a
 * node_modules scan from about 290 MB to about 250 MB with two workers, and ran no slower.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** Chunks smaller than this are scanned on the main thread: posting them costs more than scanning. */
const MIN_WORKER_CHUNK = 2048;

type Answer = { id: number; findings?: Finding[]; hits?: ContentHit[]; binary?: boolean; error?: string };
type Pending = { resolve: (answer: Answer) => void; reject: (error: Error) => void };

/** A pool of `jobs` workers for `pack`, started after `startWorkersAfter` bytes; main thread only when jobs <= 1 or no worker bundle exists. */
export function createDetectPool(pack: RulePack, jobs: number, startWorkersAfter = START_WORKERS_AFTER): DetectPool {
  const script = locateWorkerScript();
  if (jobs <= 1 || script === undefined) {
    return { detect: async (chunk) => detectChunk(chunk, pack), detectBlob: async (bytes, scoped) => detectBlob(bytes, pack, scoped), close: async () => {}, threads: 0 };
  }
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  let seenBytes = 0;
  const fail = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const workers: Worker[] = [];
  const start = (): Worker[] => Array.from({ length: jobs }, () => {
    const worker = new Worker(script, { workerData: pack, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (answer: Answer) => {
      const p = pending.get(answer.id);
      pending.delete(answer.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if (answer.error === undefined) p?.resolve(answer);
      else p?.reject(new StanchError('internal', `detection failed: ${answer.error}`, 'report this as a bug'));
    });
    worker.on('error', (error) => fail(new StanchError('internal', `a detection worker crashed: ${error.message}`, 'rerun with --jobs 1 and report this as a bug')));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new StanchError('internal', `a detection worker exited with code ${code}`, 'rerun with --jobs 1 and report this as a bug'));
    });
    load.set(worker, 0);
    return worker;
  });
  // Workers start only once the work is big enough to repay their start-up (about 50 ms each).
  const useWorkers = (bytes: number): boolean => {
    seenBytes += bytes;
    if (workers.length === 0 && seenBytes >= startWorkersAfter) workers.push(...start());
    return workers.length > 0 && bytes >= MIN_WORKER_CHUNK;
  };
  // Posts to the least-loaded worker.
  const post = (message: { chunk: DetectInput } | { bytes: Uint8Array; scoped: ScopedRules }, transfer: ArrayBuffer[] = []): Promise<Answer> => {
    const worker = [...load].sort((a, b) => a[1] - b[1])[0]?.[0];
    if (worker === undefined) return Promise.reject(new StanchError('internal', 'no detection worker is running', 'rerun with --jobs 1'));
    const id = nextId++;
    load.set(worker, (load.get(worker) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message }, transfer);
    });
  };
  return {
    get threads() {
      return workers.length;
    },
    detect: async (chunk) => (useWorkers(chunk.text.length) ? ((await post({ chunk })).findings ?? []) : detectChunk(chunk, pack)),
    // Blob bytes move to the worker without a copy (a fresh ArrayBuffer is transferred), and are decoded there.
    detectBlob: async (bytes, scoped) => {
      if (!useWorkers(bytes.length)) return detectBlob(bytes, pack, scoped);
      const owned = new Uint8Array(bytes.length);
      owned.set(bytes);
      const answer = await post({ bytes: owned, scoped }, [owned.buffer]);
      return { hits: answer.hits ?? [], binary: answer.binary === true };
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

// The bundled worker sits beside the running bundle; from TypeScript sources (tests) use the build in dist/.
function locateWorkerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const candidates = here.endsWith('.ts')
    ? [fileURLToPath(new URL('../../dist/detect-worker.js', import.meta.url))]
    : // In the bundle this code sits in dist/chunks/ (code splitting) or beside the worker in dist/.
      [fileURLToPath(new URL('../detect-worker.js', import.meta.url)), fileURLToPath(new URL('./detect-worker.js', import.meta.url))];
  return candidates.find((path) => existsSync(path));
}
