// @ts-check
// The .vsix a user would install: packaged with vsce, installed with code-server's own
// CLI, and seen activating in the workbench with no development path at all.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { addSettings, installVsix, makeProfile, repoRoot, run } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, runFromPalette, waitForWorkbench, webviewFrame } from './helpers.mjs';

// The simulated FSRS learner of the benchmark (built to out/test by `node esbuild.mjs --tests`).
const { journalLines, simulateLearner } = /** @type {{ journalLines(reviews: unknown[]): string, simulateLearner(options: { reviews: number, seed: number }): unknown[] }} */ (
  createRequire(import.meta.url)(path.join(repoRoot, 'out', 'test', 'bench', 'fsrsLearner.js'))
);

const vsix = path.join(repoRoot, 'loop-prep.vsix');
const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** @param {string} dir @returns {string[]} every file below dir, relative to it */
function filesBelow(dir) {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => fs.statSync(path.join(dir, file)).isFile());
}

describe('the packaged extension (e2e)', function () {
  this.timeout(180_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {string} */
  let installed;

  before(async () => {
    await run('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    profile = makeProfile('vsix');
    await installVsix(vsix, profile.extensionsDir, profile.userDataDir);
    installed = path.join(profile.extensionsDir, `loop-prep.loop-prep-${version}`);
  });

  after(() => profile?.dispose());

  it('installs into code-server from the .vsix with only the allowlisted files', () => {
    assert.ok(fs.existsSync(installed), `not installed at ${installed}`);
    const files = filesBelow(installed);
    for (const expected of ['package.json', 'dist/extension.js', 'dist/lazy/fsrsOptimizer.js', 'dist/lazy/fsrs-binding.wasm', 'dist/lazy/decks.js', 'dist/lazy/scheduler.js', 'dist/lazy/plan.js', 'dist/webviews/timer.js', 'dist/webviews/review.js', 'media/webview.css', 'dist/runners/ts-hook.js', 'dist/runners/node-reporter.mjs', 'dist/runners/python_runner.py', 'problems/README.md', 'problems/jump-game/problem.yaml', 'problems/jump-game/README.md', 'problems/jump-game/python/reference.py', 'problems/jump-game/typescript/solution.test.ts']) {
      assert.ok(files.includes(expected), `${expected} is missing from the package`);
    }
    const outside = files.filter(
      (file) => !/^(dist\/(extension\.js|webviews\/[^/]+\.js|lazy\/[^/]+\.(js|wasm)|runners\/(ts-hook\.js|node-reporter\.mjs|python_runner\.py))|(media|flashcards|problems|rounds)\/.+|package\.json|README\.md|readme\.md|LICENSE(\.txt)?|\.vsixmanifest|CHANGELOG\.md)$/.test(file),
    );
    assert.deepEqual(outside, [], 'files outside the allowlist were packaged');
    assert.ok(!files.some((file) => file.endsWith('.map')), 'a sourcemap was packaged');
    // problems/<slug>/wrong/ holds the wrong solutions the content tests run: never shipped.
    assert.deepEqual(files.filter((file) => `/${file.replaceAll('\\', '/')}`.includes('/wrong/')), [], 'wrong solutions were packaged');
  });

  it('activates from the installed package in the workbench', async () => {
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(workspace);
    // No development path: only the installed package can provide Loop Prep.
    const { page, close } = await openWorkbench({ profile, workspace });
    try {
      await waitForWorkbench(page);
      await openLoopPrep(page);
      await webviewFrame(page, '#root[data-status="idle"]');
      await runFromPalette(page, 'Loop Prep: Show Log');
      const line = new RegExp(`Loop\\sPrep\\s${version.replaceAll('.', '\\.')}\\sactivated`);
      await page.locator('.part.panel .view-lines', { hasText: line }).waitFor({ timeout: 15_000 });
      // Not a development host: the title would say "[Extension Development Host]".
      assert.doesNotMatch(await page.title(), /Extension Development Host/);
    } finally {
      await close();
    }
  });

  it('optimises FSRS parameters from the installed package: the WebAssembly optimiser runs, and Apply applies', async () => {
    const workspace = path.join(profile.root, 'workspace-fsrs');
    const data = path.join(profile.root, 'fsrs-data');
    fs.mkdirSync(workspace);
    fs.mkdirSync(data);
    fs.writeFileSync(path.join(data, 'journal.jsonl'), journalLines(simulateLearner({ reviews: 3_000, seed: 21 })));
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': data });
    const { page, close } = await openWorkbench({ profile, workspace });
    try {
      await waitForWorkbench(page);
      await openLoopPrep(page);
      await runFromPalette(page, 'Loop Prep: Optimize FSRS Parameters');
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'Optimised FSRS parameters' });
      await dialog.waitFor({ timeout: 120_000 });
      assert.match(await dialog.innerText(), /Current \(FSRS-6 defaults\): log loss \d\.\d{4} · RMSE \(bins\)[^]*Optimised: log loss \d\.\d{4}/);
      await dialog.getByRole('button', { name: 'Apply' }).click();
      await page.locator('.notifications-toasts .notification-list-item', { hasText: 'FSRS parameters applied' }).first().waitFor({ timeout: 15_000 });
      const recorded = journalEvents(path.join(data, 'journal.jsonl')).filter((event) => event.type === 'flashcards.fsrsWeights');
      assert.equal(recorded.length, 1);
      const [event] = recorded;
      assert.ok(event);
      assert.equal(event.data['source'], 'optimizer');
      assert.equal(/** @type {unknown[]} */ (event.data['weights']).length, 21);
    } finally {
      await close();
    }
  });
});
