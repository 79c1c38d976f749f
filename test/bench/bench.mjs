// @ts-check
// `npm run bench`: prints every benchmark figure, each beside a baseline measured in the
// same run, because these machines are noisy. Figures come from `test/bench/*.bench.mjs`
// (plain Node) and `test/bench/*.bench.ts` (TypeScript over src/core, built to out/test/bench):
// each exports `title` and `measure()`, which returns rows. Add a file to add figures.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, run } from '../host/codeServer.mjs';

/**
 * @typedef {object} Row
 * @property {string} figure what was measured
 * @property {string} value the measurement, with its unit
 * @property {string} [baseline] the same-run baseline it is compared with
 * @property {string} [ratio] value ÷ baseline (or ÷ budget)
 * @property {string} [target] what the issue asks for
 * @property {boolean} [met] whether the target holds
 */

console.log('Building the probes, then the production bundles and the .vsix…');
// In this order: a test build also rebuilds dist/ for development, and the figures are
// of the production build a user installs.
await run('node', ['esbuild.mjs', '--tests'], { cwd: repoRoot });
await run('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });

const only = process.argv.slice(2);
const files = [
  ...fs.readdirSync(path.join(repoRoot, 'test', 'bench')).filter((file) => file.endsWith('.bench.mjs')).map((file) => path.join(repoRoot, 'test', 'bench', file)),
  ...fs.readdirSync(path.join(repoRoot, 'out', 'test', 'bench')).filter((file) => file.endsWith('.bench.js')).map((file) => path.join(repoRoot, 'out', 'test', 'bench', file)),
]
  // A name picks the bench of that name, or else every bench whose name starts with it
  // (`parsers` is parsers.bench.ts alone, not parsersHost.bench.mjs too).
  .filter((file, _, all) => only.length === 0 || only.some((name) => {
    const benchName = (/** @type {string} */ candidate) => path.basename(candidate).replace(/\.bench\.m?js$/, '');
    return all.some((candidate) => benchName(candidate) === name) ? benchName(file) === name : benchName(file).startsWith(name);
  }))
  .sort((a, b) => path.basename(a).localeCompare(path.basename(b)));

let failures = 0;
for (const file of files) {
  /** @type {{ title: string, measure: () => Promise<Row[]> }} */
  const bench = await import(pathToFileURL(file).href);
  console.log(`\n${bench.title}`);
  try {
    for (const row of await bench.measure()) {
      const parts = [`  ${row.figure}: ${row.value}`];
      if (row.baseline) parts.push(`baseline ${row.baseline}`);
      if (row.ratio) parts.push(`ratio ${row.ratio}`);
      if (row.target) parts.push(`target ${row.target} ${row.met ? '✔ met' : '✘ NOT met'}`);
      console.log(parts.join(' · '));
    }
  } catch (error) {
    failures += 1;
    console.log(`  ✘ could not measure: ${error instanceof Error ? error.stack : error}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
