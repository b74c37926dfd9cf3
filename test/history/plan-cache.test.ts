import { appendFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlanCache } from '../../src/history/plan-cache.js';

describe('plan cache', () => {
  it('keeps the path plans of a run for the next run with the same pack, and ignores damaged lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stanch-plans-'));
    const first = await openPlanCache(dir, 'pack1');
    first.known.set('src/app.py', [3, 9]);
    first.known.set('Dockerfile', [12]);
    await first.save();
    appendFileSync(join(dir, 'stanch', 'cache-v1', readdirSync(join(dir, 'stanch', 'cache-v1'))[0] ?? ''), '["torn\n[7, [1]]\n');
    const second = await openPlanCache(dir, 'pack1');
    expect([...second.known].sort()).toEqual([['Dockerfile', [12]], ['src/app.py', [3, 9]]]);
    expect((await openPlanCache(dir, 'pack2')).known.size).toBe(0);
    await second.save(); // nothing new: nothing appended
    expect((await openPlanCache(dir, 'pack1')).known.size).toBe(2);
  });
});
