import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

// Temporary project folders for tests, removed after each test.

const made: string[] = [];

// Removing 100,000 files (hostile-input) takes more than the default 10 s hook limit while the suite runs.
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Creates a temporary folder holding `files` (path → content) and returns its path. */
export function makeTempProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'stanch-test-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
