// Build: compile the rule pack, then bundle the CLI, the library and the detection worker with esbuild.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none' };

// Runs the rule compiler; a broken rule prints its one-line reason and fails the build.
async function compileRules() {
  await build({ ...common, entryPoints: ['scripts/compile-rules.ts'], outfile: 'dist/build/compile-rules.mjs', packages: 'external' });
  try {
    execFileSync(process.execPath, ['dist/build/compile-rules.mjs'], { stdio: 'inherit' });
  } catch {
    process.exit(1);
  }
}

// One bundle per entry point; shared code and heavy dependencies go to chunks loaded only when imported.
async function bundle() {
  await build({
    ...common,
    entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts', 'detect-worker': 'src/pipeline/detect-worker.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS dependencies bundled into ESM need a real `require`.
    banner: { js: "import { createRequire as __stanchRequire } from 'node:module'; const require = __stanchRequire(import.meta.url);" },
  });
  chmodSync('dist/cli.js', 0o755);
}

rmSync('dist', { recursive: true, force: true });
await compileRules();
await bundle();
