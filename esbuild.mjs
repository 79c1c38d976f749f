// @ts-check
// Builds Loop Prep: one Node bundle for the extension host, one browser bundle per
// webview, and (with --tests) the test files of every tier. Type checking is separate
// (`npm run typecheck`): esbuild only strips types.
//
//   node esbuild.mjs                 development build: sourcemaps, not minified
//   node esbuild.mjs --production    minified, no sourcemaps (what `npm run package` ships)
//   node esbuild.mjs --watch         rebuild on change
//   node esbuild.mjs --tests         also build test/unit, test/integration and test/bench
//                                    (test/e2e and test/host are plain Node modules that run as they are)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Webviews, each a browser bundle: `src/webviews/<name>/main.ts` → `dist/webviews/<name>.js`. */
export const webviews = fs
  .readdirSync('src/webviews', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join('src/webviews', entry.name, 'main.ts')))
  .map((entry) => entry.name);

/** Set to the number of builds below; counts down as each finishes for the first time. */
let initialBuildsLeft = 0;

/**
 * Prints errors in the `file:line:column: error: text` shape the `$esbuild-watch`
 * problem matcher reads, and marks the start and end of each rebuild in watch mode.
 * @type {esbuild.Plugin}
 */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const [kind, messages] of /** @type {const} */ ([['ERROR', result.errors], ['WARNING', result.warnings]])) {
        for (const { text, location } of messages) {
          console.error(`${kind === 'ERROR' ? '✘' : '▲'} [${kind}] ${text}`);
          if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
      }
      if (watch) console.log('[watch] build finished');
      // Each context builds once when watching starts; after the last of those, say so
      // (npm start waits for this line before serving the bundles).
      initialBuildsLeft -= 1;
      if (watch && initialBuildsLeft === 0) console.log('[watch] ready');
    });
  },
};

// A production build starts clean, so no development sourcemap is left beside it.
if (production) fs.rmSync('dist', { recursive: true, force: true });

/**
 * Gives the bundle one copy of the `vscode` API object instead of one per importing file.
 * For `import * as vscode from 'vscode'` of an external CommonJS module, esbuild wraps the
 * require in `__toESM`, which copies every property of the API (several hundred) onto a new
 * object, in each of the 16 files that import it. That copying was most of activate()'s
 * "load code" time: 15–20 ms in the real extension host. Routed through one ES module that
 * re-exports `vscode`, the copy happens once (about 1 ms).
 * @type {esbuild.Plugin}
 */
const vscodeOncePlugin = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  // yaml's Node entry is CommonJS, which cannot be tree-shaken; its ESM build (the one it
  // names for browsers, plain JS with no DOM use) lets the bundle keep only the parser:
  // about 17 KB less, which keeps dist/extension.js within its 300 KB budget.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // The plugin prints errors and warnings once, in the problem matcher's shape.
  logLevel: 'silent',
  plugins: [problemMatcherPlugin],
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    // The extension, and its heavy parts as bundles of their own that it requires on
    // first use (src/features/lazyModules.ts), so activation parses only what it runs.
    entryPoints: {
      extension: 'src/extension.ts',
      'lazy/decks': 'src/core/decks/index.ts',
      'lazy/scheduler': 'src/core/scheduling/scheduler.ts',
      'lazy/plan': 'src/core/plan/index.ts',
      'lazy/protocols': 'src/webviews/protocols.ts',
      'lazy/timer': 'src/features/timer/lazyEntry.ts',
      // A worker thread's entry: parses the user's files with decks.js off the host's thread.
      'lazy/parseWorker': 'src/workers/parseWorker.ts',
      // A worker thread, never loaded by the host itself: the FSRS optimiser (and its pool's threads).
      'lazy/fsrsOptimizer': 'src/workers/fsrsOptimizer.ts',
      // Not for the extension host: required by the user's Node in front of a TypeScript
      // problem's tests (`node --require`), to strip types.
      'runners/ts-hook': 'src/runners/tsHook.ts',
    },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [...(common.plugins ?? []), vscodeOncePlugin],
  },
  {
    ...common,
    // Node's test runner imports its reporter as an ES module.
    entryPoints: { 'node-reporter': 'src/runners/nodeReporter.ts' },
    outdir: 'dist/runners',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: {
      ...Object.fromEntries(webviews.map((name) => [name, `src/webviews/${name}/main.ts`])),
      // KaTeX, which the review page loads only when a card has math (review/mathLoader.ts):
      // inside review.js it was 260 KB of the page's 433 KB.
      'review-math': 'src/webviews/review/mathEntry.ts',
    },
    outdir: 'dist/webviews',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

if (tests) {
  // Start clean, so a deleted test leaves no stale bundle behind for mocha to run.
  fs.rmSync('out/test', { recursive: true, force: true });
  /** @param {string} dir @returns {string[]} */
  const testFiles = (dir) =>
    fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(dir, file));
  builds.push({
    ...common,
    // Tests are never minified: stack traces must point at readable lines.
    minify: false,
    sourcemap: true,
    entryPoints: [
      ...testFiles('test/unit'),
      ...testFiles('test/integration'),
      ...testFiles('test/bench'),
    ],
    outbase: 'test',
    outdir: 'out/test',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // mocha is loaded from node_modules at run time, so the bundled reporter and the
    // runner share one instance.
    external: ['vscode', 'mocha'],
  });
}

// The Python runner needs no build: it ships beside the other runners as it is.
fs.mkdirSync('dist/runners', { recursive: true });
fs.copyFileSync('src/runners/python_runner.py', 'dist/runners/python_runner.py');

/**
 * The FSRS optimiser's WebAssembly build (fsrs-rs, by the open-spaced-repetition project),
 * published as @open-spaced-repetition/binding-wasm32-wasi. Its package declares
 * `"cpu": ["wasm32"]`, so npm will not install it as a dependency on any real machine (and
 * `npm ci` would fail on one that it could not skip); it is fetched with `npm pack` instead,
 * once (npm's cache serves it after), checked against the registry's published integrity,
 * and its .wasm copied beside the worker that loads it (dist/lazy/fsrs-binding.wasm.br).
 */
const fsrsWasm = {
  spec: '@open-spaced-repetition/binding-wasm32-wasi@0.1.2',
  integrity: 'sha512-2Hq/b4Y4aH4leia74t0Uj5e1t+KY4NYT/IsM+z5HWR5nKDZFbRpy0jkl5IlZSbdRKH7Drh7T0vgEnWoDfh+4Gg==',
  cache: path.join('node_modules', '.cache', 'fsrs-binding-wasm32-wasi-0.1.2'),
};
function ensureFsrsWasm() {
  const wasm = path.join(fsrsWasm.cache, 'package', 'fsrs-binding.wasm32-wasi.wasm');
  if (!fs.existsSync(wasm)) {
    fs.mkdirSync(fsrsWasm.cache, { recursive: true });
    const tarball = execFileSync('npm', ['pack', fsrsWasm.spec, '--silent', '--pack-destination', fsrsWasm.cache], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    const file = path.join(fsrsWasm.cache, tarball);
    const digest = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
    if (digest !== fsrsWasm.integrity) throw new Error(`${fsrsWasm.spec}: integrity ${digest} is not the published ${fsrsWasm.integrity}`);
    execFileSync('tar', ['-xzf', file, '-C', fsrsWasm.cache]);
  }
  // Shipped Brotli-compressed and inflated by the worker when it loads: the .vsix's zip
  // deflate makes 584 KB of the 2.4 MB module, Brotli 387 KB (inflating takes ~15 ms).
  const compressed = `${wasm}.br`;
  if (!fs.existsSync(compressed)) {
    const bytes = fs.readFileSync(wasm);
    const { constants } = zlib;
    fs.writeFileSync(compressed, zlib.brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  }
  fs.mkdirSync('dist/lazy', { recursive: true });
  fs.rmSync('dist/lazy/fsrs-binding.wasm', { force: true });
  fs.copyFileSync(compressed, 'dist/lazy/fsrs-binding.wasm.br');
}
ensureFsrsWasm();

initialBuildsLeft = builds.length;
if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  const results = await Promise.allSettled(builds.map((options) => esbuild.build(options)));
  if (results.some((result) => result.status === 'rejected')) process.exit(1);
}
