import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectContentHits } from '../../src/detect/content-hits.js';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { createDetectPool } from '../../src/pipeline/detect-pool.js';
import type { RulePack } from '../../src/types.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Worker threads must give exactly what the main thread gives (the worker bundle comes from npm run build).
const pack = loadDiskPack();
const STRIPE = ['sk', 'live', 'Hq3Zv8Nm2Kx7Wp5Rc1Lt6Yb9'].join('_');
const text = `${'const a = computeSomething(index);\n'.repeat(4000)}const stripe = require("stripe")("${STRIPE}");\n`;

describe.skipIf(!existsSync('dist/detect-worker.js'))('detection worker pool', () => {
  it('returns the same findings and hits as the main thread', async () => {
    const pool = createDetectPool(pack, 2, 0);
    try {
      const chunk = { path: 'web/server.js', text };
      expect(await pool.detect(chunk)).toEqual(detectChunk(chunk, pack));
      expect(await pool.detectBlob(Buffer.from(text))).toEqual({ hits: detectContentHits(text, pack), binary: false });
      expect(await pool.detectBlob(Buffer.concat([Buffer.from(text), Buffer.alloc(4096)]).subarray(0, 8192).fill(0, 10, 11))).toEqual({ hits: [], binary: true });
      expect((await pool.detect(chunk)).map((f) => f.ruleId)).toContain('stripe-secret-key');
      expect(pool.threads).toBe(2);
    } finally {
      await pool.close();
    }
  });
});

describe('detection pool start-up', () => {
  it('stays on the main thread until enough work has been seen', async () => {
    const pool = createDetectPool(pack, 2, 1 << 30);
    try {
      await pool.detect({ path: 'a.js', text });
      expect(pool.threads).toBe(0);
    } finally {
      await pool.close();
    }
  });
});

describe.skipIf(!existsSync('dist/detect-worker.js'))('a crashing detection worker', () => {
  it('fails the scan with an internal error instead of losing the chunk', async () => {
    // A pack the worker cannot read (as if read from a corrupt build) makes it crash at start-up.
    const broken: RulePack = JSON.parse('{"hash":"broken","rules":"not a list","examples":{}}');
    const pool = createDetectPool(broken, 2, 0);
    try {
      await expect(pool.detect({ path: 'a.js', text })).rejects.toThrow(/detection worker (crashed|exited)/);
    } finally {
      await pool.close();
    }
  });
});
