// @ts-check
// The Rounds view as a user meets it: the MLE loop's rounds with progress and readiness,
// a checklist tick that survives Reload Window, another loop picked from the view title,
// and an interview date whose days left show in the view.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, pickColorTheme, pickRow, reloadWindow, reviewDeckFromPalette, runFromPalette, saveScreenshot, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

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
  const firstItem = 'Restate, clarify, brute-force, then code and trace aloud';

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

  it('ticks by keyboard alone: arrow keys to an item, Space unticks and ticks it, Enter leaves it be', async () => {
    // No click: focus the view from the palette, go to its first row, arrow down to the item.
    await runFromPalette(page, 'Loop Prep: Focus on Rounds View');
    await pane().locator('.monaco-list:focus-within').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Home');
    const focused = pane().locator('.monaco-list-row.focused');
    for (let presses = 0; !(await focused.innerText()).includes(firstItem); presses++) {
      assert.ok(presses < 40, `arrowing down never reached "${firstItem}"; the focus is on "${await focused.innerText()}"`);
      await page.keyboard.press('ArrowDown');
    }
    const checkbox = row(firstItem).locator('.custom-view-tree-node-item-checkbox');
    // Focused, not selected: the case the keybinding once missed.
    assert.doesNotMatch(String(await row(firstItem).getAttribute('class')), /\bselected\b/);
    assert.equal(await checkbox.getAttribute('aria-checked'), 'true');

    await page.keyboard.press('Space');
    await row(codingRound).filter({ hasText: /0\/\d+ · \d+% ready/ }).waitFor({ timeout: 10_000 });
    assert.equal(await checkbox.getAttribute('aria-checked'), 'false');
    await page.keyboard.press('Space');
    await row(codingRound).filter({ hasText: /1\/\d+ · \d+% ready/ }).waitFor({ timeout: 10_000 });
    assert.equal(await checkbox.getAttribute('aria-checked'), 'true');
    const ticks = journalEvents(journal).filter((event) => event.type === 'rounds.checklist');
    assert.deepEqual(ticks.map((event) => event.data['checked']), [true, false, true]);

    // Enter selects the item (it has a checkbox, so it neither ticks nor expands).
    await page.keyboard.press('Enter');
    await pane().locator('.monaco-list-row.selected', { hasText: firstItem }).waitFor({ timeout: 10_000 });
    assert.equal(await checkbox.getAttribute('aria-checked'), 'true');
    assert.equal(journalEvents(journal).filter((event) => event.type === 'rounds.checklist').length, 3);
    // Space on a round expands or collapses it, as in any tree.
    await page.keyboard.press('ArrowUp');
    assert.match(await focused.innerText(), new RegExp(codingRound));
    await page.keyboard.press('Space');
    await row(firstItem).waitFor({ state: 'hidden', timeout: 10_000 });
    await page.keyboard.press('Space');
    await row(firstItem).waitFor({ timeout: 10_000 });
    assert.equal(journalEvents(journal).filter((event) => event.type === 'rounds.checklist').length, 3);
  });

  it('shows each checklist item by its short title, whole in a 700 px side bar, and the whole item on hover; light and dark themes', async () => {
    // The coding round is expanded (the test above); its items are the tree's second level.
    const items = pane().locator('.monaco-list-row[aria-level="2"]');
    /** How many rows the pane shows in full, and how many item titles end inside their row. */
    const measure = () => pane().evaluate((element) => {
      const body = element.querySelector('.pane-body')?.getBoundingClientRect();
      const rows = Array.from(element.querySelectorAll('.monaco-list-row')).map((row) => row.getBoundingClientRect()).filter((box) => body && box.top >= body.top && box.bottom <= body.bottom + 1);
      const titles = Array.from(element.querySelectorAll('.monaco-list-row[aria-level="2"]')).map((row) => {
        const name = row.querySelector('.label-name')?.getBoundingClientRect();
        const box = row.querySelector('.monaco-icon-label-container')?.getBoundingClientRect();
        return Boolean(name && box && name.right <= box.right + 0.5);
      });
      return { width: Math.round(element.getBoundingClientRect().width), rowsShown: rows.length, items: titles.length, whole: titles.filter(Boolean).length };
    });
    await items.first().waitFor({ timeout: 10_000 });
    const narrow = await measure();
    console.log(`      side bar ${narrow.width} px: ${narrow.rowsShown} rows shown in full, ${narrow.whole} of ${narrow.items} item titles whole`);

    // Widen the side bar to 700 px by its sash, as a user drags it.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    assert.ok(sidebar);
    const edge = sidebar.x + sidebar.width;
    await page.mouse.move(edge, 450);
    await page.mouse.down();
    await page.mouse.move(edge + (700 - sidebar.width), 450, { steps: 10 });
    await page.mouse.up();
    const wide = await measure();
    console.log(`      side bar ${wide.width} px: ${wide.rowsShown} rows shown in full, ${wide.whole} of ${wide.items} item titles whole`);
    assert.ok(Math.abs(wide.width - 700) <= 10, `the side bar is ${wide.width} px wide`);
    assert.ok(wide.items >= 3, `${wide.items} item rows rendered`);
    assert.equal(wide.whole, wide.items, 'every item title is shown whole at 700 px');

    // The row says the short title; hovering it shows the whole item.
    await row(firstItem).locator('.label-name').hover();
    await page.locator('.monaco-hover, .workbench-hover', { hasText: 'hand-work an example, give the brute force' }).first().waitFor({ timeout: 10_000 });
    assert.doesNotMatch(await row(firstItem).innerText(), /hand-work/);

    for (const theme of ['Light Modern', 'Dark Modern']) {
      await pickColorTheme(page, theme);
      await saveScreenshot(page, `rounds-view-${theme.toLowerCase().replace(/\s+/g, '-')}`);
    }
  });

  it('picks another loop from the view title, shows days left to its interview date, and the scheduler ends intervals by then', async () => {
    await pane().hover();
    await pane().locator('.actions-container .action-label[aria-label^="Pick Interview Loop"]').click();
    // The loop shown is marked and highlighted, so Enter would keep it.
    const active = page.locator('.quick-input-list .monaco-list-row.focused');
    await active.waitFor({ timeout: 10_000 });
    assert.match(await active.innerText(), /TikTok MLE loop[\s\S]*current · 8 rounds · 1\/\d+ done/);
    assert.equal(await active.locator('.codicon-check').count(), 1);
    assert.equal(await page.locator('.quick-input-list .monaco-list-row .codicon-check').count(), 1, 'only the current loop is marked');
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
