// Build: compile the rule pack, then bundle the CLI, the library and the detection worker with esbuild.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
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

// The whole CLI as one CommonJS file: dist/cli.js compiles it through vm.Script with a V8 code cache (an ES module
// cannot take cached data on Node 20). Returns its content hash, which keys the cache files.
async function bundleCommonJs() {
  await build({
    ...common,
    format: 'cjs',
    entryPoints: ['src/cli/start-cli.ts'],
    outfile: 'dist/stanch.cjs',
    define: { 'import.meta.url': '__stanchImportMetaUrl' },
    banner: { js: "const __stanchImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  return createHash('sha256').update(readFileSync('dist/stanch.cjs')).digest('hex').slice(0, 16);
}

// One bundle per entry point; shared code and heavy dependencies go to chunks loaded only when imported.
async function bundle(bundleHash) {
  await build({
    ...common,
    entryPoints: { index: 'src/index.ts', 'detect-worker': 'src/pipeline/detect-worker.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS dependencies bundled into ESM need a real `require`.
    banner: { js: "import { createRequire as __stanchRequire } from 'node:module'; const require = __stanchRequire(import.meta.url);" },
  });
  // The executable: a small launcher of dist/stanch.cjs, in one file (no shared chunk to load first).
  await build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', define: { __STANCH_BUNDLE_HASH__: JSON.stringify(bundleHash) } });
  chmodSync('dist/cli.js', 0o755);
}

rmSync('dist', { recursive: true, force: true });
await compileRules();
await bundle(await bundleCommonJs());
