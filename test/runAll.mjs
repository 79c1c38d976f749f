// @ts-check
// The one test command (`npm test`): static checks, then every tier in order. Each tier
// ends with `N passed, N failed`; this script adds them up and exits non-zero if any
// check or test failed or a tier did not report.
//
//   npm test                      everything
//   npm test -- unit e2e          only the named tiers (static checks always run)
//
// LOOP_PREP_VSCODE_HOST=electron runs the integration tier in a downloaded desktop VS
// Code (@vscode/test-electron) instead of code-server.
import { spawn } from 'node:child_process';
import { ensureCodeServer, repoRoot } from './host/codeServer.mjs';

/** @typedef {{ name: string, command: string[], needsCodeServer?: boolean }} Tier */

const mocha = ['node', 'node_modules/mocha/bin/mocha.js', '--reporter', 'test/summaryReporter.cjs'];
const integrationRunner =
  process.env.LOOP_PREP_VSCODE_HOST === 'electron' ? 'test/integration/runElectron.mjs' : 'test/integration/runCodeServer.mjs';

/** @type {Tier[]} */
const tiers = [
  { name: 'unit', command: [...mocha, '--enable-source-maps', 'out/test/unit/**/*.test.js'] },
  {
    name: 'integration',
    command: ['node', integrationRunner],
    needsCodeServer: process.env.LOOP_PREP_VSCODE_HOST !== 'electron',
  },
  { name: 'e2e', command: [...mocha, '--timeout', '180000', '--require', 'test/e2e/failures.mjs', 'test/e2e/**/*.test.mjs'], needsCodeServer: true },
];

/**
 * Runs a command, echoing its output, and returns its exit code and what it printed.
 * @param {string[]} command
 * @returns {Promise<{ code: number, output: string }>}
 */
function run([program, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(/** @type {string} */ (program), args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** @param {string} title */
function heading(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

const selected = process.argv.slice(2);
const unknown = selected.filter((name) => !tiers.some((tier) => tier.name === name));
if (unknown.length > 0) {
  console.error(`Unknown tier(s): ${unknown.join(', ')}. Tiers: ${tiers.map((tier) => tier.name).join(', ')}.`);
  process.exit(2);
}

const started = Date.now();
/** @type {string[]} */
const problems = [];
let passed = 0;
let failed = 0;

heading('static checks: build, type check, lint');
for (const step of [
  ['node', 'esbuild.mjs', '--tests'],
  ['node', 'node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'],
  ['node', 'node_modules/typescript/bin/tsc', '--noEmit', '-p', 'src/webviews'],
  ['node', 'node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'],
]) {
  const { code } = await run(step);
  if (code !== 0) problems.push(`${step.slice(1).join(' ')} failed`);
}
if (problems.length === 0) console.log('build, type check and lint: clean');

for (const tier of tiers.filter((tier) => selected.length === 0 || selected.includes(tier.name))) {
  heading(`${tier.name} tests`);
  const tierStarted = Date.now();
  if (tier.needsCodeServer) {
    try {
      await ensureCodeServer();
    } catch (error) {
      problems.push(`${tier.name}: could not install code-server: ${error instanceof Error ? error.message : error}`);
      continue;
    }
  }
  const { code, output } = await run(tier.command);
  const summaries = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)];
  const last = summaries.at(-1);
  if (!last) {
    problems.push(`${tier.name}: no "N passed, N failed" line (exit code ${code})`);
    failed += 1;
    continue;
  }
  passed += Number(last[1]);
  failed += Number(last[2]);
  if (code !== 0 && Number(last[2]) === 0) problems.push(`${tier.name}: exited with ${code}`);
  console.log(`(${tier.name}: ${((Date.now() - tierStarted) / 1000).toFixed(1)} s)`);
}

heading('summary');
for (const problem of problems) console.log(`✘ ${problem}`);
console.log(`all tiers in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
