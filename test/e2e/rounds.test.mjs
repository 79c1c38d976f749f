// @ts-check
// The Rounds view as a user meets it: the MLE loop's rounds with progress and readiness,
// a checklist tick that survives Reload Window, another loop picked from the view title,
// and an interview date whose days left show in the view.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, pickRow, reloadWindow, reviewDeckFromPalette, runFromPalette, saveScreenshot, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

/**
 * Today plus `days`, as YYYY-MM-DD on the study clock (days start at 4 am by default).
 * @param {number} days
 */
function localDate(days) {
  const date = new Date(Date.now() - 4 * 3_600_000);
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('rounds view (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string} */
  let journal;

  /** The Rounds pane. */
  const pane = () => sidebarPane(page, 'Rounds');
  /** A row of the Rounds view by (part of) its label. @param {string | RegExp} label */
  const row = (label) => pane().locator('.monaco-list-row', { hasText: label }).first();
  const codingRound = 'Online assessment / coding screen';
  const firstItem = 'Run the live-coding routine out loud';

  before(async () => {
    profile = makeProfile('rounds');
    const dataDirectory = path.join(profile.root, 'data');
    journal = path.join(dataDirectory, 'journal.jsonl');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory });
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

  it('shows the MLE loop: each round with its progress and readiness', async () => {
    await openLoopPrep(page);
    const recruiter = row('Recruiter / HR screen');
    await recruiter.waitFor({ timeout: 20_000 });
    assert.match(await recruiter.innerText(), /0\/8 · \d+% ready/);
    assert.match(await pane().locator('.pane-header').innerText(), /TikTok MLE loop/);
  });

  it('ticks a checklist item: the journal records it, the round counts it, and it is still ticked after Reload Window', async () => {
    await row(codingRound).click();
    const item = row(firstItem);
    await item.waitFor({ timeout: 10_000 });
    const checkbox = item.locator('.custom-view-tree-node-item-checkbox');
    assert.equal(await checkbox.getAttribute('aria-checked'), 'false');
    await checkbox.click();
    await row(codingRound).filter({ hasText: /1\/\d+ · \d+% ready/ }).waitFor({ timeout: 10_000 });
    const ticks = journalEvents(journal).filter((event) => event.type === 'rounds.checklist');
    assert.deepEqual(ticks.map((event) => event.data), [{ loop: 'tiktok-mle', item: 'cs-round-routine', checked: true }]);

    await reloadWindow(page);
    await openLoopPrep(page);
    await row(codingRound).waitFor({ timeout: 20_000 });
    // The tree keeps the round expanded across the reload; expand it if it did not.
    if (!(await row(firstItem).isVisible())) await row(codingRound).click();
    const after = row(firstItem).locator('.custom-view-tree-node-item-checkbox');
    await after.waitFor({ timeout: 10_000 });
    assert.equal(await after.getAttribute('aria-checked'), 'true');
    assert.match(await row(codingRound).innerText(), /1\/\d+ · \d+% ready/);
    await saveScreenshot(page, 'rounds-view');
  });

  it('unticks by keyboard: Space on the focused item', async () => {
    await row(firstItem).locator('.label-name').click();
    // The click on the label selects the row without toggling its checkbox.
    assert.equal(await row(firstItem).locator('.custom-view-tree-node-item-checkbox').getAttribute('aria-checked'), 'true');
    await page.keyboard.press('Space');
    await row(codingRound).filter({ hasText: /0\/\d+ · \d+% ready/ }).waitFor({ timeout: 10_000 });
    const ticks = journalEvents(journal).filter((event) => event.type === 'rounds.checklist');
    assert.deepEqual(ticks.map((event) => event.data['checked']), [true, false]);
  });

  it('picks another loop from the view title, shows days left to its interview date, and the scheduler ends intervals by then', async () => {
    await pane().hover();
    await pane().locator('.actions-container .action-label[aria-label^="Pick Interview Loop"]').click();
    await pickRow(page, 'TikTok ML Scientist new-grad loop');
    await row(/^R1/).waitFor({ timeout: 10_000 });
    assert.match(await pane().locator('.pane-header').innerText(), /TikTok ML Scientist new-grad loop/);

    await runFromPalette(page, 'Loop Prep: Set Interview Date…');
    const input = page.locator('.quick-input-widget input[placeholder^="Type a date such as"]');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(localDate(2));
    // The typed date shows as the first row, checked, before Enter takes it.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: `Set to ${localDate(2)}` }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await pane().locator('.pane-header', { hasText: 'interview in 2 days' }).waitFor({ timeout: 10_000 });
    const dates = journalEvents(journal).filter((event) => event.type === 'rounds.interviewDate');
    assert.deepEqual(dates.map((event) => event.data), [{ loop: 'tiktok-mls-new-grad', date: localDate(2) }]);
    await saveScreenshot(page, 'rounds-view-interview-date');

    // A new card graded Easy would go about a week out (FSRS-6's first Easy interval);
    // with the interview in 2 days it comes back on the interview day at the latest.
    await reviewDeckFromPalette(page, 'Word2Vec');
    const frame = await webviewFrame(page, '#root[data-status="card"]');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-revealed="true"]').waitFor();
    await frame.locator('#root').press('4');
    await frame.locator('.progress', { hasText: /1 reviewed/ }).waitFor({ timeout: 10_000 });
    // The panel paints the next card before the grade is written: wait for the journal.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !journalEvents(journal).some((event) => event.type === 'flashcards.review')) await page.waitForTimeout(50);
    const [review] = journalEvents(journal).filter((event) => event.type === 'flashcards.review');
    const memory = /** @type {{ stage: string, scheduledDays: number }} */ (review?.data['memory']);
    assert.equal(memory.stage, 'review');
    assert.equal(memory.scheduledDays, 2);
  });
});
