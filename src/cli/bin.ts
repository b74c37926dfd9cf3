#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { openCodeCache, type CodeCache } from './code-cache.js';

// The executable: compiles the CLI's CommonJS bundle (dist/stanch.cjs) through vm.Script with a V8 code cache
// taken after a finished run, so the functions a command ran start as bytecode instead of being compiled again.
// Any cache problem only means running without one: output and exit codes never depend on it.

// The bundle's content hash, set by scripts/build.mjs.
declare const __STANCH_BUNDLE_HASH__: string | undefined;

type StartCli = (argv: string[]) => Promise<number>;
const COMMANDS = new Set(['scan', 'staged', 'history', 'rules', 'init', 'baseline']);
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n})';

function isStartCli(value: unknown): value is StartCli {
  return typeof value === 'function';
}

// The cache slot for this run: only for a command (not help or version), never when anything about it fails.
function openSlot(bundle: string, argv: string[]): CodeCache | undefined {
  const [command, ...rest] = argv;
  if (typeof __STANCH_BUNDLE_HASH__ !== 'string' || command === undefined || !COMMANDS.has(command)) return undefined;
  if (rest.includes('--help') || rest.includes('-h')) return undefined;
  try {
    return openCodeCache(bundle, dirname(bundle), __STANCH_BUNDLE_HASH__, command, process.env);
  } catch {
    return undefined;
  }
}

// Loads the bundle (with the cache when there is one), runs the command, and writes the cache after a finished run.
async function main(argv: string[]): Promise<void> {
  const bundle = join(dirname(fileURLToPath(import.meta.url)), 'stanch.cjs');
  const source = readFileSync(bundle, 'utf8');
  const cache = openSlot(bundle, argv);
  const script = new Script(WRAP_HEAD + source + WRAP_TAIL, { filename: bundle, ...(cache?.data === undefined ? {} : { cachedData: cache.data }) });
  const wrapper: unknown = script.runInThisContext();
  const module: { exports: Record<string, unknown> } = { exports: {} };
  if (typeof wrapper !== 'function') throw new Error(`${bundle} is not a CommonJS bundle`);
  Reflect.apply(wrapper, module.exports, [module.exports, createRequire(bundle), module, bundle, dirname(bundle)]);
  const startCli = module.exports['startCli'];
  if (!isStartCli(startCli)) throw new Error(`${bundle} does not export startCli`);
  const code = await startCli(argv);
  const state = cache === undefined ? 'off' : cache.data === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  let written: string | undefined;
  if (cache !== undefined && (state === 'absent' || state === 'rejected') && (code === 0 || code === 1)) {
    try {
      written = cache.save(script.createCachedData());
    } catch {
      // No cache this time.
    }
  }
  if (process.env['STANCH_CODE_CACHE_DEBUG'] === '1') process.stderr.write(`stanch: code cache ${state}${cache === undefined ? '' : ` ${cache.file}`}${written === undefined ? '' : `; wrote ${written}`}\n`);
}

// Ends the process once stdout and stderr have taken everything written (a write's callback runs after the
// writes before it). Left to itself, Node would also tear down the V8 heap first: about 50 ms after a warm
// history audit of 3,000 commits on a 2-vCPU machine, for nothing. Every command has awaited its own work by then.
function exitWhenFlushed(): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error: unknown) => {
  process.stderr.write(`stanch: internal error: cannot start: ${error instanceof Error ? error.message : String(error)}\nhint: reinstall stanch; this is a bug if it persists\n`);
  process.exitCode = 2;
});
