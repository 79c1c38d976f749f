// @ts-check
// Refreshing the practice problems with 500 scaffolded in the workspace, in the real
// extension host (code-server): Loop Prep's Refresh Practice Problems (the Testing view's
// discovery of every folder and its cases, then the Problems view) against VS Code's own
// search for the 500 marker files, in the same host.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../host/codeServer.mjs';
import { runExtensionTests } from '../host/workbench.mjs';

export const title = 'Practice problems: refreshing the Testing and Problems views with 500 scaffolded problems';

const scaffolded = 500;
const budgetMs = 100;

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * A workspace as 500 scaffolds leave it: practice/<slug>-<n>/ with the stub, the tests and
 * the marker, in both languages over the whole catalog; and a journal with each scaffold
 * and three runs of each.
 * @param {string} workspace
 * @param {string} dataDir
 */
function writeScaffolds(workspace, dataDir) {
  const slugs = fs.readdirSync(path.join(repoRoot, 'problems'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const events = [];
  let time = Date.UTC(2026, 5, 1);
  for (let index = 0; index < scaffolded; index++) {
    const slug = /** @type {string} */ (slugs[index % slugs.length]);
    const language = index % 2 === 0 ? 'python' : 'typescript';
    const folder = path.join(workspace, 'practice', `${slug}-${index + 1}`);
    fs.mkdirSync(folder, { recursive: true });
    const source = path.join(repoRoot, 'problems', slug, language);
    for (const file of language === 'python' ? ['solution.py', 'test_solution.py'] : ['solution.ts', 'solution.test.ts']) fs.copyFileSync(path.join(source, file), path.join(folder, file));
    fs.copyFileSync(path.join(repoRoot, 'problems', slug, 'README.md'), path.join(folder, 'README.md'));
    fs.writeFileSync(path.join(folder, '.loopprep-problem.json'), `${JSON.stringify({ problem: slug, language, scaffoldedAt: time }, null, 2)}\n`);
    const relative = `practice/${slug}-${index + 1}`;
    events.push({ v: 1, id: randomUUID(), type: 'problems.scaffold', time, data: { problem: slug, language, folder: relative } });
    for (const passed of [2, 5, 8]) {
      time += 300_000;
      events.push({ v: 1, id: randomUUID(), type: 'problems.attempt', time, data: { problem: slug, language, passed, total: 8, seconds: 900, hintsRevealed: 0, folder: relative } });
    }
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'journal.jsonl'), events.map((event) => JSON.stringify(event)).join('\n') + '\n');
}

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-bench-problems-'));
  try {
    const workspace = path.join(root, 'workspace');
    const dataDir = path.join(root, 'data');
    writeScaffolds(workspace, dataDir);
    const { code, output } = await runExtensionTests({
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'bench', 'problemsRefreshProbe'),
      extensionDevelopmentPaths: [repoRoot],
      workspace,
      settings: { 'loopPrep.dataDirectory': dataDir },
      echo: false,
      timeoutMs: 180_000,
    });
    const line = /LOOP_PREP_BENCH_PROBLEMS_REFRESH (\{.*\})/.exec(output)?.[1];
    if (code !== 0 || !line) throw new Error(`the host reported nothing (exit ${code}):\n${output.slice(-3000)}`);
    /** @type {{ firstMs: number, firstFound: number, refreshes: number[], searches: number[], found: number, markers: number }} */
    const result = JSON.parse(line);
    if (result.found !== scaffolded || result.markers !== scaffolded) throw new Error(`found ${result.found} problems and ${result.markers} markers, not ${scaffolded}`);
    const ours = median(result.refreshes);
    const baseline = median(result.searches);
    return [
      {
        figure: `Refresh Practice Problems with ${scaffolded} scaffolded (Testing view: every folder and its cases; Problems view with ${scaffolded * 4} journal events), median of ${result.refreshes.length}`,
        value: `${ours.toFixed(1)} ms`,
        baseline: `VS Code's search for the ${scaffolded} marker files alone ${baseline.toFixed(1)} ms`,
        ratio: `${(ours / Math.max(baseline, 0.1)).toFixed(2)}×`,
        target: `≤ ${budgetMs} ms`,
        met: ours <= budgetMs,
      },
      {
        figure: 'the first refresh after activation (test items created, not updated)',
        value: `${result.firstMs.toFixed(1)} ms`,
      },
    ];
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
