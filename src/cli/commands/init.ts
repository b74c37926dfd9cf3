import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { IoError, StanchError, UsageError } from '../../errors.js';
import { runGit } from '../../git/run-git.js';
import { canRunByName, describeRunner } from '../../hooks/locate-cli.js';
import { planHooks, usesHusky, type HookChange, type HookRefusal } from '../../hooks/plan-hooks.js';
import { parseCommandArgs } from '../common-options.js';
import { INIT_HELP } from '../help.js';
import type { CliIo } from '../io.js';

// `stanch init`: adds `stanch staged` to the pre-commit and pre-merge-commit hooks, idempotently.

/** Runs `stanch init [--dry-run]`; returns the exit code. */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, common } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' } }, io.env);
  if (common.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`stanch init takes no arguments: ${positionals.join(' ')}`, 'run it inside the repository: stanch init [--dry-run]');
  const ctx = { cwd: io.cwd, env: io.env };
  const [root = io.cwd, hooksPath = '.git/hooks'] = (await runGit(ctx, ['rev-parse', '--show-toplevel', '--git-path', 'hooks'])).toString('utf8').trim().split('\n');
  const husky = usesHusky(root);
  // husky v9 keeps hooks in .husky/; otherwise git's hooks folder, which honours core.hooksPath.
  const hooksDir = husky ? resolve(root, '.husky') : isAbsolute(hooksPath) ? hooksPath : resolve(io.cwd, hooksPath);
  const dryRun = values['dry-run'] === true;
  // A plain hook that cannot run stanch by name calls this CLI by its absolute path (hooks in .git are local).
  const byName = canRunByName(root, io.env);
  const runner = byName || husky ? undefined : describeRunner(io.entry, process.execPath);
  const changes = planHooks(hooksDir, husky, runner);
  const failed = applyChanges(changes, root, dryRun, io);
  if (!dryRun && failed.length === 0) io.stdout(husky ? 'husky hooks updated: commits now run `stanch staged`.\n' : 'git hooks installed: commits now run `stanch staged`.\n');
  if (!byName) warnNotRunnable(io, runner, changes.some((c) => c.action !== 'unchanged' && c.action !== 'refuse'));
  // husky v9 points core.hooksPath at .husky/_ when `husky` runs (the prepare script); until then .husky/ is inert.
  if (husky && !/(^|[\\/])\.husky[\\/]_[\\/]?$/.test(hooksPath)) io.stdout('note: husky is not active in this clone yet: run `npx husky` (and keep "prepare": "husky" in package.json).\n');
  if (failed.length > 0) throw describePartial(changes, failed, dryRun);
  return 0;
}

interface Failure {
  name: string;
  error: StanchError;
}

// Writes every change it can (one refused or unwritable hook does not stop the other); returns the failures.
function applyChanges(changes: readonly (HookChange | HookRefusal)[], root: string, dryRun: boolean, io: CliIo): Failure[] {
  const failed: Failure[] = [];
  for (const change of changes) {
    if (change.action === 'refuse') {
      failed.push({ name: change.name, error: change.error });
      continue;
    }
    const shown = relative(root, change.path) || change.path;
    io.stdout(`${dryRun ? 'would ' : ''}${change.action === 'unchanged' ? 'keep' : change.action} ${shown}${change.action === 'unchanged' ? ' (stanch staged already there)' : ''}\n`);
    if (dryRun) for (const line of change.added) io.stdout(`  + ${line}\n`);
    if (dryRun || change.action === 'unchanged') continue;
    try {
      mkdirSync(dirname(change.path), { recursive: true });
      writeFileSync(change.path, change.content);
      chmodSync(change.path, 0o755);
    } catch (error) {
      failed.push({ name: change.name, error: new IoError(`cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}`, 'check the permissions of the hooks folder') });
    }
  }
  return failed;
}

// The first failure, plus which hooks run stanch and which do not.
function describePartial(changes: readonly (HookChange | HookRefusal)[], failed: readonly Failure[], dryRun: boolean): StanchError {
  const [first] = failed;
  if (first === undefined) return new IoError('no hook failed', 'report this bug');
  const done = changes.filter((c) => !failed.some((f) => f.name === c.name)).map((c) => c.name);
  const verb = dryRun ? 'would run' : 'now runs';
  const state = done.length === 0 ? 'stanch staged runs in neither hook' : `stanch staged ${verb} in ${done.join(', ')}, not in ${failed.map((f) => f.name).join(', ')}`;
  const message = `${first.error.message}: ${state}`;
  return first.error instanceof IoError ? new IoError(message, first.error.hint) : new UsageError(message, first.error.hint);
}

// stanch is neither on PATH nor in node_modules/.bin: say how the hooks will run it, or that they cannot.
function warnNotRunnable(io: CliIo, runner: string | undefined, changed: boolean): void {
  if (runner === undefined) {
    io.stderr('warning: `stanch` is neither on PATH nor in node_modules/.bin: commits will fail until it is installed (npm install --save-dev stanch).\n');
  } else if (changed) {
    io.stdout(`note: \`stanch\` is neither on PATH nor in node_modules/.bin, so the hooks run ${runner} (run \`init\` again if it moves).\n`);
  }
}
