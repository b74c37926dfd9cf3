import { parentPort, workerData } from 'node:worker_threads';
import { detectChunk, type DetectInput } from '../detect/detect-chunk.js';
import type { RulePack } from '../types.js';
import { detectBlob, type ScopedRules } from './detect-blob.js';

// Worker entry: runs detection for chunks posted by the pool, with the pack given at start-up.

/** A request from the pool: an id and a chunk to scan, or a text whose path-independent hits are wanted. */
export type DetectRequest = { id: number; chunk: DetectInput } | { id: number; bytes: Uint8Array; scoped: ScopedRules };

function isPack(value: unknown): value is RulePack {
  return typeof value === 'object' && value !== null && 'rules' in value && Array.isArray(value.rules);
}

// Answers each request with `{id, findings}`, `{id, hits}` or `{id, error}`; the pool matches answers by id.
export function serveDetection(): void {
  const port = parentPort;
  const pack: unknown = workerData;
  if (port === null || !isPack(pack)) throw new Error('detect-worker must run as a worker with a rule pack');
  port.on('message', (request: DetectRequest) => {
    try {
      if ('chunk' in request) port.postMessage({ id: request.id, findings: detectChunk(request.chunk, pack) });
      else port.postMessage({ id: request.id, ...detectBlob(request.bytes, pack, request.scoped) });
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

serveDetection();
