import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempProject } from './temp-dir.js';

// Temporary git repositories for tests, with a fixed identity and no global config influence.

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: '/nonexistent',
};

/** A temporary repository and helpers to change it. */
export interface TestRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (path: string, content: string | Buffer) => void;
  /** Writes files, stages them and commits; returns the new commit id. */
  commit: (message: string, files?: Record<string, string | Buffer>) => string;
}

/** Creates an empty repository (branch main). */
export function makeRepo(): TestRepo {
  const dir = makeTempProject({});
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env: ENV, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  const write = (path: string, content: string | Buffer): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const commit = (message: string, files: Record<string, string | Buffer> = {}): string => {
    for (const [path, content] of Object.entries(files)) write(path, content);
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  return { dir, git, write, commit };
}

/** The environment tests run git (and hooks) with. */
export const GIT_TEST_ENV = ENV;
