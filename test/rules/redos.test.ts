import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { loadFullDiskPack } from '../helpers/disk-pack.js';

// Every built-in regex must be free of catastrophic backtracking (V8 backtracks; a bad pattern hangs a scan).
const pack = loadFullDiskPack();
const patterns = pack.rules.flatMap((rule) => [
  ...(rule.pattern === undefined ? [] : [{ id: rule.id, what: 'pattern', source: rule.pattern, flags: rule.flags ?? '' }]),
  ...(rule.path === undefined ? [] : [{ id: rule.id, what: 'path', source: rule.path, flags: 'i' }]),
  ...rule.allow.map((source, i) => ({ id: rule.id, what: `allow[${i}]`, source, flags: 'i' })),
  ...(rule.unlessText === undefined ? [] : [{ id: rule.id, what: 'unlessText', source: rule.unlessText, flags: 'm' }]),
]);

/**
 * recheck's automaton checker is exact and fast; it falls back to fuzzing for back-references, lookarounds and
 * automata too large to build in 5 s. Fuzzing takes 0.1-3 s per pattern on a quiet machine; its 20 s limit leaves
 * room for a loaded CI runner (inside vitest's 60 s per test). Fuzzing is random: on a machine under heavy load it
 * has called about one such pattern in a hundred vulnerable that a later run, and every run on a quiet machine,
 * calls safe (once, docs-server-login-list, twice in a row); a real vulnerability is found on every run, so a pattern
 * fails only when three runs agree. A pattern that needs the fuzzer is safe within 5 s when the machine is quiet.
 */
function checkPattern(source: string, flags: string): string {
  const exact = checkSync(source, flags, { checker: 'automaton', timeout: 5000 });
  if (exact.status !== 'unknown') return exact.status;
  let status = 'unknown';
  for (let run = 0; run < 3 && status !== 'safe'; run++) status = checkSync(source, flags, { checker: 'fuzz', timeout: 20000 }).status;
  return status;
}

describe('ReDoS safety of the built-in pack', () => {
  it('detects a known-vulnerable pattern (the checker works)', () => {
    expect(checkPattern('^(a+)+$', '')).toBe('vulnerable');
  });

  it.each(patterns.map((p) => [`${p.id} ${p.what}`, p] as const))('%s is safe', (_name, p) => {
    expect(checkPattern(p.source, p.flags)).toBe('safe');
  }, 90000);
});
