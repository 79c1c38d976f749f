// @ts-check
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installVsix, makeProfile, repoRoot, run } from '../host/codeServer.mjs';
import { runExtensionTests } from '../host/workbench.mjs';

export const title = 'activate() in the real extension host (code-server)';

/** Fresh extension hosts to measure; the issue asks for at least 5. */
const runs = Math.max(5, Number(process.env.LOOP_PREP_BENCH_RUNS ?? 5));
const budgetMs = 20;
const benchDir = path.join(repoRoot, 'test', 'bench');

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[middle]) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Installs Loop Prep's .vsix and the empty reference extension's into one extensions
 * folder, so both load exactly as a user's installed extensions do. (The web workbench
 * loads only one development path, which carries the probe.)
 */
async function installBoth() {
  const profile = makeProfile('bench-extensions');
  const referenceVsix = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-reference-')), 'reference.vsix');
  await run('node', [path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--skip-license', '--out', referenceVsix], {
    cwd: path.join(benchDir, 'reference-extension'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await installVsix(path.join(repoRoot, 'loop-prep.vsix'), profile.extensionsDir, profile.userDataDir);
  await installVsix(referenceVsix, profile.extensionsDir, profile.userDataDir);
  fs.rmSync(path.dirname(referenceVsix), { recursive: true, force: true });
  return profile;
}

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const installed = await installBoth();
  /** @typedef {{ activateMs: number, loadCodeMs: number, callActivateMs: number }} Timing */
  /** @type {Timing[]} */
  const loopPrep = [];
  /** @type {Timing[]} */
  const reference = [];
  try {
    for (let index = 0; index < runs; index++) {
      const { code, output } = await runExtensionTests({
        extensionTestsPath: path.join(repoRoot, 'out', 'test', 'bench', 'activationProbe'),
        extensionDevelopmentPaths: [path.join(benchDir, 'probe-extension')],
        extensionsDir: installed.extensionsDir,
        echo: false,
        timeoutMs: 120_000,
      });
      const line = /LOOP_PREP_BENCH_ACTIVATION (\{.*\})/.exec(output)?.[1];
      if (code !== 0 || !line) throw new Error(`fresh host ${index + 1} reported nothing (exit ${code}):\n${output.slice(-3000)}`);
      const times = JSON.parse(line);
      const ours = times['loop-prep.loop-prep'];
      const theirs = times['loop-prep-bench.reference-empty'];
      loopPrep.push(ours);
      reference.push(theirs);
      console.log(
        `  host ${index + 1}/${runs}: Loop Prep ${ours.activateMs} ms (load ${ours.loadCodeMs} + activate ${ours.callActivateMs}), ` +
          `reference ${theirs.activateMs} ms (load ${theirs.loadCodeMs} + activate ${theirs.callActivateMs})`,
      );
    }
  } finally {
    installed.dispose();
  }
  const ours = median(loopPrep.map((timing) => timing.activateMs));
  const baseline = median(reference.map((timing) => timing.activateMs));
  const own = median(loopPrep.map((timing, index) => timing.activateMs - (reference[index]?.activateMs ?? 0)));
  const callActivate = median(loopPrep.map((timing) => timing.callActivateMs));
  // The reference can take 0 ms at VS Code's 1 ms resolution: compare with at least 1.
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => `${(a / Math.max(b, 1)).toFixed(2)}×`;
  return [
    {
      // Both activate on onStartupFinished, in the same burst as the built-in extensions
      // that do: VS Code's Load Code then includes the other extensions' code loaded in
      // between (its timer spans an await), about 20 ms on these machines even for an
      // empty extension. What Loop Prep adds is its figure less the reference's.
      figure: `Loop Prep's own start-up cost: its activation less the empty reference's, both activated on onStartupFinished in the same host (VS Code's Load Code + Call Activate; median of ${runs} fresh hosts)`,
      value: `${own} ms`,
      baseline: `Loop Prep ${ours} ms, empty reference ${baseline} ms`,
      ratio: ratio(ours, baseline),
      target: `≤ ${budgetMs} ms`,
      met: own <= budgetMs,
    },
    {
      figure: 'Call Activate alone: the time in Loop Prep\'s activate() (its work is deferred until it returns)',
      value: `${callActivate} ms`,
      baseline: `empty reference ${median(reference.map((timing) => timing.callActivateMs))} ms`,
      target: `≤ ${budgetMs} ms`,
      met: callActivate <= budgetMs,
    },
  ];
}
