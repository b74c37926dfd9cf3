import type { ScopedRules } from '../pipeline/detect-blob.js';

// Lists of path-scoped rules, as history plans and caches them. Equal lists are one shared array, so checking
// that a cached scan covers a planned one is an identity test for almost every blob.

const interned = new Map<string, readonly number[]>();

/** The shared array equal to `list` (pack indices, ascending). */
export function internScoped(list: readonly number[]): readonly number[] {
  const key = list.join(',');
  let shared = interned.get(key);
  if (shared === undefined) {
    shared = Object.freeze([...list]);
    interned.set(key, shared);
  }
  return shared;
}

/** The list written as `3,17,40` in the cache, shared. */
export function parseScoped(text: string): readonly number[] {
  return interned.get(text) ?? internScoped(text === '' ? [] : text.split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 0));
}

/** Whether a scan with the `done` path-scoped rules answers for one that needs the `needed` ones. */
export function coversScoped(done: ScopedRules, needed: ScopedRules): boolean {
  if (done === undefined || done === needed) return true;
  if (needed === undefined) return false;
  return needed.every((index) => done.includes(index));
}
