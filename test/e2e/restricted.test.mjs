// @ts-check
// Restricted Mode, as a user meets it: the workspace is not trusted, and running a
// scaffolded problem's tests starts no process; Loop Prep says why.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { runFromPalette, saveScreenshot, waitForWorkbench } from './helpers.mjs';

describe('Restricted Mode (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string} */
  let journal;

  before(async () => {
    profile = makeProfile('restricted', { trustWorkspaces: true });
    const dataDirectory = path.join(profile.root, 'data');
    journal = path.join(dataDirectory, 'journal.jsonl');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory });
    // A problem scaffolded earlier, as Scaffold Practice Problem writes it.
    const folder = path.join(profile.root, 'workspace', 'practice', 'jump-game');
    fs.mkdirSync(folder, { recursive: true });
    for (const file of ['solution.py', 'test_solution.py']) fs.copyFileSync(path.join(repoRoot, 'problems', 'jump-game', 'python', file), path.join(folder, file));
    fs.writeFileSync(path.join(folder, 'README.md'), '# Jump Game\n');
    fs.writeFileSync(path.join(folder, '.loopprep-problem.json'), JSON.stringify({ problem: 'jump-game', language: 'python', scaffoldedAt: Date.now() }));
    workbench = await openWorkbench({ profile, workspace: path.join(profile.root, 'workspace'), extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  it('runs no process for a problem\'s tests in an untrusted workspace, and says why', async () => {
    // VS Code asks whether to trust the folder: the user says no.
    await page.getByRole('button', { name: /No, I don.t trust the authors/ }).click({ timeout: 30_000 });
    await page.locator('.monaco-workbench').focus();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input[type="text"]').fill('solution.py');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'solution.py' }).filter({ hasNotText: 'test_' }).first().click();
    await page.locator('.tab.active', { hasText: 'solution.py' }).waitFor({ timeout: 15_000 });
    await runFromPalette(page, 'Loop Prep: Run Problem Tests');
    await page.locator('.notifications-toasts', { hasText: 'Loop Prep runs no code in Restricted Mode' }).waitFor({ timeout: 15_000 });
    await saveScreenshot(page, 'restricted-mode-run');
    const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes('python_runner.py'));
    assert.deepEqual(processes, []);
    const attempts = fs.existsSync(journal) ? fs.readFileSync(journal, 'utf8').split('\n').filter((line) => line.includes('"problems.attempt"')) : [];
    assert.deepEqual(attempts, [], 'no run was recorded');
  });
});
