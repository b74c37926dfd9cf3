// Build: compile the rule pack, then bundle the CLI, the library and the detection worker with esbuild.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Parts of the CLI that hold no state shared with the rest and that `stanch staged` does not load (unless a config
// file, `rules test` or a report with findings asks for them): each is its own CommonJS file, required on first use,
// so the bundle read at every start is about 0.8 MB instead of 2.5 MB.
const SIDE_FILES = { zod: 'stanch-zod.cjs', yaml: 'stanch-yaml.cjs', './builtin-examples.generated.js': 'stanch-examples.cjs', './builtin-help.generated.js': 'stanch-help.cjs' };
const SIDE_ENTRIES = { 'stanch-zod': 'zod', 'stanch-yaml': 'yaml', 'stanch-examples': 'src/rules/builtin-examples.generated.ts', 'stanch-help': 'src/rules/builtin-help.generated.ts' };
const sideFiles = {
  name: 'side-files',
  setup(b) {
    // A stand-in module that requires the side file (an external import() would stay an ES dynamic import).
    b.onResolve({ filter: /^(?:zod|yaml|\.\/builtin-(?:examples|help)\.generated\.js)$/ }, (args) => ({ path: SIDE_FILES[args.path], namespace: 'side-file' }));
    b.onLoad({ filter: /.*/, namespace: 'side-file' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${args.path}`)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/stanch-[a-z]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// The CLI as CommonJS: dist/cli.js compiles it through vm.Script with a V8 code cache (an ES module cannot take
// cached data on Node 20). Returns the main file's content hash, which keys the cache files.
async function bundleCommonJs() {
  const cjs = { ...common, format: 'cjs', outdir: 'dist', outExtension: { '.js': '.cjs' } };
  await build({ ...cjs, entryPoints: SIDE_ENTRIES });
  await build({
    ...cjs,
    entryPoints: { stanch: 'src/cli/start-cli.ts' },
    // Whitespace only (names and syntax kept, so stack traces still read): 1 MB to 0.9 MB at 1358 rules.
    minifyWhitespace: true,
    plugins: [sideFiles],
    define: { 'import.meta.url': '__stanchImportMetaUrl' },
    banner: { js: "const __stanchImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  writeFileSync('dist/stanch.cjs', escapeRegexLiterals(readFileSync('dist/stanch.cjs', 'utf8')));
  return createHash('sha256').update(readFileSync('dist/stanch.cjs')).digest('hex').slice(0, 16);
}

// esbuild escapes non-ASCII characters everywhere but in regex literals; an all-ASCII file reads (UTF-8 decoding
// included) in about half the time. Only lines that hold nothing but a regex literal are rewritten, where a
// character and its \uXXXX escape match the same (never after a backslash); anything else stays as it is.
function escapeRegexLiterals(code) {
  return code
    .split('\n')
    .map((line) => (/^\s*\/[^\n]*\/[dgimsuvy]*,?$/.test(line) && !/\\[^\x00-\x7f]/.test(line) ? line.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : line))
    .join('\n');
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
  // The executable: a small launcher of dist/stanch.cjs, in one file (no shared chunk to load first). The package's
  // `bin` is the CommonJS copy (Node starts a CommonJS main about 6 ms sooner); dist/cli.js stays for direct use.
  const launcher = { ...common, entryPoints: ['src/cli/bin.ts'], define: { __STANCH_BUNDLE_HASH__: JSON.stringify(bundleHash) } };
  await build({ ...launcher, outfile: 'dist/cli.js' });
  await build({
    ...launcher,
    format: 'cjs',
    outfile: 'dist/cli.cjs',
    define: { ...launcher.define, 'import.meta.url': '__stanchImportMetaUrl' },
    banner: { js: "const __stanchImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  chmodSync('dist/cli.js', 0o755);
  chmodSync('dist/cli.cjs', 0o755);
}

rmSync('dist', { recursive: true, force: true });
await compileRules();
await bundle(await bundleCommonJs());
