// @ts-check
// A candidate runs a practice problem's tests from its editor (issue 17): the verdict shows
// in the status bar and a notification, red with the first failure named when a test
// fails, and a click opens the failing test with its message; in a light and a dark theme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { pickColorTheme, runFromPalette, saveScreenshot, waitForWorkbench } from './helpers.mjs';

describe('the verdict of a test run (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    profile = makeProfile('verdict', { trustWorkspaces: false });
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': path.join(profile.root, 'data'), 'testing.automaticallyOpenPeekView': 'never' });
    const workspace = path.join(profile.root, 'workspace');
    // Jump Game as the scaffold leaves it, with a wrong solution: "always yes".
    const folder = path.join(workspace, 'practice', 'jump-game');
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'problems', 'jump-game', 'python', 'test_solution.py'), path.join(folder, 'test_solution.py'));
    fs.copyFileSync(path.join(repoRoot, 'problems', 'jump-game', 'README.md'), path.join(folder, 'README.md'));
    fs.writeFileSync(path.join(folder, 'solution.py'), 'def can_reach_end(nums):\n    return True\n');
    fs.writeFileSync(path.join(folder, '.loopprep-problem.json'), `${JSON.stringify({ problem: 'jump-game', language: 'python', scaffoldedAt: Date.now() })}\n`);
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  /** Opens practice/jump-game/solution.py through Quick Open and runs its tests from the palette. */
  async function runTests() {
    await runFromPalette(page, 'Loop Prep: Run Problem Tests');
  }

  it('a failing run: the status bar says how many passed, the notification names the first failure, a click opens it', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('practice/jump-game/solution.py');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'solution.py' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'solution.py' }).first().waitFor({ timeout: 15_000 });
    await runTests();
    const verdict = page.locator('.statusbar-item', { hasText: /Jump Game · \d+\/\d+ passed · \d+\.\d\d s/ }).first();
    await verdict.waitFor({ timeout: 60_000 });
    assert.match(await verdict.innerText(), /Jump Game · [1-9]\d*\/\d+ passed/);
    const notice = page.locator('.notification-toast', { hasText: 'First failure' }).first();
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), /Jump Game \(Python\): \d+ of \d+ tests passed\. First failure, /);
    for (const [theme, name] of /** @type {const} */ ([['Light Modern', 'verdict-failing-light'], ['Dark Modern', 'verdict-failing-dark']])) {
      await pickColorTheme(page, theme);
      await notice.waitFor({ timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
      await saveScreenshot(page, name);
    }
    await verdict.click();
    await page.locator('.tab.active', { hasText: 'test_solution.py' }).waitFor({ timeout: 15_000 });
    // The failure's message in the peek under its line: expected beside actual, the test (and its inputs) just above.
    // The diff's Expected and Actual headers render a moment after the peek opens.
    const peek = page.locator('.peekview-widget', { hasText: 'AssertionError' }).filter({ hasText: 'Expected' }).filter({ hasText: 'Actual' }).first();
    await peek.waitFor({ timeout: 15_000 });
    await saveScreenshot(page, 'verdict-failure-peek-dark');
  });

  it('a passing run turns the status bar to all passed', async () => {
    fs.copyFileSync(path.join(repoRoot, 'problems', 'jump-game', 'python', 'reference.py'), path.join(/** @type {ReturnType<typeof makeProfile>} */ (profile).root, 'workspace', 'practice', 'jump-game', 'solution.py'));
    await page.keyboard.press('Escape');
    await runTests();
    const verdict = page.locator('.statusbar-item', { hasText: /Jump Game · (\d+)\/\1 passed · \d+\.\d\d s/ }).first();
    await verdict.waitFor({ timeout: 60_000 });
    await pickColorTheme(page, 'Light Modern');
    await saveScreenshot(page, 'verdict-passing-light');
  });
});
