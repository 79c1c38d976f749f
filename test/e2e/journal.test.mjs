// @ts-check
// A candidate whose data directory cannot be used (issue 16): the Flashcards view says the
// journal could not be loaded, instead of "nothing due" on every deck, in a light and a
// dark theme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { openLoopPrep, pickColorTheme, saveScreenshot, sidebarPane, waitForWorkbench } from './helpers.mjs';

describe('a journal that cannot be loaded (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    profile = makeProfile('journal-unusable');
    // A file where the data directory should be: the journal cannot be opened.
    const notAFolder = path.join(profile.root, 'data');
    fs.writeFileSync(notAFolder, 'not a folder\n');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': notAFolder });
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

  it('the Flashcards view says the journal could not be loaded, with the reason; Today and Rounds point there', async () => {
    await openLoopPrep(page);
    const pane = sidebarPane(page, 'Flashcards');
    // The message (every deck's row says "journal not loaded" too, read through the view's
    // probe in the integration test: here the message can fill the pane and hide the rows).
    await pane.locator('.message', { hasText: 'Review journal not loaded' }).first().waitFor({ timeout: 30_000 });
    const rows = await pane.locator('.monaco-list-row').allInnerTexts();
    assert.ok(rows.every((row) => !row.includes('nothing due')), rows.join(' | '));
    assert.match(await pane.locator('.message').first().innerText(), /Review journal not loaded, so what is due is unknown: .*not a directory.*loopPrep\.dataDirectory/s);
    // Today and Rounds say the same, not "Loading today's plan" for ever or "reload the window".
    for (const title of ['Today', 'Rounds']) {
      const message = sidebarPane(page, title).locator('.message', { hasText: 'review journal could not be loaded (see the Flashcards view)' }).first();
      await message.waitFor({ timeout: 10_000 });
    }
    for (const [theme, name] of /** @type {const} */ ([['Light Modern', 'journal-unusable-light'], ['Dark Modern', 'journal-unusable-dark']])) {
      await pickColorTheme(page, theme);
      await page.waitForTimeout(500);
      await saveScreenshot(page, name);
    }
  });
});
