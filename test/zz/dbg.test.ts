import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { loadDiskPack } from '../helpers/disk-pack.js';
it('dbg', () => {
  const pack = loadDiskPack();
  const text = readFileSync('/tmp/dbg/in.txt', 'utf8');
  for (const f of detectChunk({ path: process.env.DBGP ?? 'a.py', text }, pack)) console.error('F', f.line, f.ruleId, f.severity, f.confidence);
});
