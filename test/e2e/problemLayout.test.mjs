// @ts-check
// A candidate scaffolds a practice problem and reveals a hint (issue 17): the code on the
// left, the statement's preview in one locked group on the right, and the hint written
// into the statement under "Hints you revealed", rendered under the problem's facts where
// it is seen without scrolling; in a light and a dark theme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { pickColorTheme, pickRow, runFromPalette, saveScreenshot, waitForWorkbench, webviewFrame } from './helpers.mjs';

describe('a practice problem\'s layout and hints (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    profile = makeProfile('problem-layout');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': path.join(profile.root, 'data') });
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  it('scaffold: the code on the left, the statement in a locked group on the right; a hint lands in the statement, rendered', async () => {
    await runFromPalette(page, 'Loop Prep: Scaffold Practice Problem…');
    const filter = page.locator('.quick-input-widget input[placeholder^="Type to filter by name"]');
    await filter.waitFor({ state: 'visible', timeout: 20_000 });
    await filter.fill('Jump Game');
    await pickRow(page, 'Jump Game');
    await pickRow(page, 'Python');
    const groups = page.locator('.part.editor .editor-group-container');
    await page.locator('.tab.active', { hasText: 'solution.py' }).waitFor({ timeout: 20_000 });
    const statement = await webviewFrame(page, 'h1:has-text("Jump Game")');
    assert.equal(await groups.count(), 2, 'two columns');
    assert.match(await groups.nth(0).innerText(), /solution\.py/);
    assert.match(await groups.nth(1).locator('.tabs-container').innerText(), /README\.md/);
    // The locked group shows its lock in the title bar.
    assert.equal(await groups.nth(1).locator('.codicon-lock-small, .codicon-lock').count() > 0, true, 'the statements\' group is locked');
    for (const [theme, name] of /** @type {const} */ ([['Light Modern', 'problem-layout-scaffold-light'], ['Dark Modern', 'problem-layout-scaffold-dark']])) {
      await pickColorTheme(page, theme);
      await page.waitForTimeout(500);
      await saveScreenshot(page, name);
    }

    await page.locator('.tab', { hasText: 'solution.py' }).first().click();
    await runFromPalette(page, 'Loop Prep: Reveal Hint');
    await page.locator('.notification-toast', { hasText: 'Jump Game: hint 1 of 3 added to the statement.' }).first().waitFor({ timeout: 15_000 });
    const heading = (await webviewFrame(page, 'h2:has-text("Hints you revealed")')).locator('h2:has-text("Hints you revealed")');
    const hint = heading.locator('xpath=following-sibling::ol[1]/li[1]');
    const box = await heading.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && viewport && box.y > 0 && box.y + box.height < viewport.height, `the heading is in view without scrolling: ${JSON.stringify(box)}`);
    assert.match(await hint.innerText(), /only how far you could possibly get/);
    assert.ok(statement, 'the statement was shown before the hint');
    assert.equal(await groups.count(), 2, 'still two columns');
    for (const [theme, name] of /** @type {const} */ ([['Light Modern', 'problem-layout-hint-light'], ['Dark Modern', 'problem-layout-hint-dark']])) {
      await pickColorTheme(page, theme);
      await page.waitForTimeout(500);
      await saveScreenshot(page, name);
    }
  });
});
