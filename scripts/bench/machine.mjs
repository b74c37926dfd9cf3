// What the numbers were measured on.
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** Cores, memory, Node and git versions, date and the stanch commit. */
export function describeMachine() {
  const sh = (cmd) => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    git: sh('git --version').replace('git version ', ''),
    date: new Date().toISOString().slice(0, 10),
    commit: sh('git rev-parse --short HEAD'),
  };
}
