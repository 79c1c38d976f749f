// @ts-check
// The Today view as a candidate meets it three weeks before an interview: the day's plan
// with minutes, an interview date typed as "+21d", Start Today's Session from the view's
// title, cards reviewed by keyboard and ticked off in the view; in a light and a dark theme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, pickColorTheme, runFromPalette, saveScreenshot, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

describe('the Today view (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string} */
  let journal;

  /** The Today pane. */
  const pane = () => sidebarPane(page, 'Today');
  /** A row of the Today view by (part of) its label. @param {string | RegExp} label */
  const row = (label) => pane().locator('.monaco-list-row', { hasText: label }).first();

  before(async () => {
    profile = makeProfile('today');
    const dataDirectory = path.join(profile.root, 'data');
    journal = path.join(dataDirectory, 'journal.jsonl');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory, 'loopPrep.timer.interviewMode': 'never' });
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

  it('shows today\'s plan with the minutes of each block, and no interview date yet', async () => {
    await openLoopPrep(page);
    await row('New cards').waitFor({ timeout: 30_000 });
    assert.match(await row('New cards').innerText(), /0 of 20 · ~\d+ min/);
    assert.match(await row('Reviews').innerText(), /nothing due/);
    assert.match(await pane().locator('.pane-header').innerText(), /no interview date/);
  });

  it('takes an interview date typed as +21d from the view\'s title, and paces the plan to it', async () => {
    await pane().hover();
    await pane().locator('.actions-container .action-label[aria-label^="Set Interview Date"]').click();
    const input = page.locator('.quick-input-widget input[placeholder^="Type a date such as"]');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    // The placeholder's example is a date ahead of today.
    const example = /such as (\d{4}-\d{2}-\d{2})/.exec((await input.getAttribute('placeholder')) ?? '')?.[1] ?? '';
    assert.ok(example > new Date().toISOString().slice(0, 10), `the example ${example} is ahead`);
    await input.fill('+21d');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Set to \d{4}-\d{2}-\d{2}/ }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await pane().locator('.pane-header', { hasText: 'interview in 21 days' }).waitFor({ timeout: 10_000 });
    const dates = journalEvents(journal).filter((event) => event.type === 'rounds.interviewDate');
    assert.equal(dates.length, 1);
    // Three weeks for the loop's cards: far more than 20 new cards a day.
    await row('New cards').locator('.label-description', { hasText: /^0 of ([4-9]\d|\d{3,})/ }).waitFor({ timeout: 10_000 });
    const newCards = Number(/0 of (\d+)/.exec(await row('New cards').innerText())?.[1]);
    assert.ok(newCards > 40, `${newCards} new cards today`);
  });

  it('Start Today\'s Session opens the review on today\'s queue; cards reviewed by keyboard tick the view off', async () => {
    await pane().hover();
    await pane().locator('.actions-container .action-label[aria-label^="Start Today\'s Session"]').click();
    const frame = await webviewFrame(page, '#root[data-status="card"]');
    for (let index = 0; index < 3; index++) {
      const id = await frame.locator('#root').getAttribute('data-card-id');
      await frame.locator('#root').press('Space');
      await frame.locator('#root[data-revealed="true"]').waitFor();
      await frame.locator('#root').press('3');
      await frame.locator(`#root:not([data-card-id="${id}"])`).waitFor();
    }
    await row(/New cards/).locator('.label-description', { hasText: /^3 of \d+/ }).waitFor({ timeout: 10_000 });
    const reviews = journalEvents(journal).filter((event) => event.type === 'flashcards.review');
    assert.equal(reviews.length, 3);
    await saveScreenshot(page, 'today-view-session');
    // The status bar says the same numbers as the view.
    const left = Number(/3 of (\d+)/.exec(await row('New cards').innerText())?.[1]) - 3;
    await page.locator('.statusbar-item', { hasText: new RegExp(`${left} new`) }).first().waitFor({ timeout: 10_000 });
    await runFromPalette(page, 'Loop Prep: Study More…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'More new cards today' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
  });

  it('reads in a light and a dark theme: the plan\'s blocks, their minutes and the rounds the new cards serve', async () => {
    for (const [theme, name] of /** @type {const} */ ([['Light Modern', 'today-view-light'], ['Dark Modern', 'today-view-dark']])) {
      await pickColorTheme(page, theme);
      await page.waitForTimeout(500);
      await saveScreenshot(page, name);
    }
    // The view opens tall enough for the whole plan (its initial size).
    for (const label of ['Reviews', 'New cards', /problem · \d+ min/]) assert.ok(await row(label).isVisible(), `${label} is in view`);
    // By keyboard: the view focused, the new cards' row opened to the rounds they serve.
    // Once more if the keys came before the tree had the focus (seen once on CI: the focus
    // stayed on the first row and nothing opened).
    for (let attempt = 0; attempt < 3; attempt++) {
      await runFromPalette(page, 'Loop Prep: Focus on Today View');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      if (await row('ML fundamentals').waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
    }
    await row('ML fundamentals').waitFor({ timeout: 5_000 });
    assert.match(await row('ML fundamentals').innerText(), /\d+ new cards/);
  });
});
