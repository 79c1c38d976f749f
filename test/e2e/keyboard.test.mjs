// @ts-check
// A whole study session with the keyboard alone, as a candidate who never touches the
// mouse works (issue 17): from a text editor, Review Due Cards on its chord; five cards
// reviewed with Space (show the answer, then Good); a checklist item ticked in the Rounds
// view after arrowing to it; a custom timer started and paused on its chords. Not one
// click: the palette is typed into and confirmed with Enter.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, saveScreenshot, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a study session by keyboard alone (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string} */
  let journal;
  /** @type {string} */
  let notes;

  /** @param {string} type */
  const events = (type) => journalEvents(journal).filter((event) => event.type === type);

  /**
   * Waits until `read()` satisfies `done`, and returns what it read last.
   * @template T
   * @param {() => T} read
   * @param {(value: T) => boolean} done
   * @param {string} what
   */
  async function eventually(read, done, what, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = read();
      if (done(value)) return value;
      assert.ok(Date.now() < deadline, `${what}: still ${JSON.stringify(value)}`);
      await sleep(100);
    }
  }

  /**
   * F1, the command's label typed, Enter: the palette as a keyboard user drives it. The
   * palette's first match must be the command itself (checked before Enter).
   * @param {string} label
   */
  async function palette(label) {
    const input = page.locator('.quick-input-widget input[type="text"]');
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(label);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  before(async () => {
    profile = makeProfile('keyboard');
    const dataDirectory = path.join(profile.root, 'data');
    journal = path.join(dataDirectory, 'journal.jsonl');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory });
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    notes = path.join(workspace, 'notes.md');
    fs.writeFileSync(notes, '# Notes\n\nWhat I study today.\n');
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  it('reviews five cards from an editor, ticks a checklist item, starts and pauses a timer, without a click', async () => {
    // A text editor with the cursor in it: where a candidate is when they decide to review.
    await page.locator('.monaco-workbench').focus();
    await page.keyboard.press('Control+P');
    await page.keyboard.type('notes.md');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'notes.md' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: 15_000 });

    // Review Due Cards on its chord, from the editor.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+Alt+R');
    const frame = await webviewFrame(page, '#root[data-status="card"][data-card-id]', 30_000);
    const root = frame.locator('#root');
    /** @type {string[]} */
    const seen = [];
    for (let card = 1; card <= 5; card++) {
      const id = await root.getAttribute('data-card-id');
      assert.ok(id, `card ${card} has an id`);
      assert.ok(!seen.includes(id), `card ${card} (${id}) was shown before`);
      seen.push(id);
      // The panel takes the keys once its page has the focus; it is given it as it opens.
      await frame.locator(`#root[data-card-id="${id}"][data-revealed="false"]`).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Space');
      await frame.locator(`#root[data-card-id="${id}"][data-revealed="true"]`).waitFor({ timeout: 10_000 });
      if (card === 5) await saveScreenshot(page, 'keyboard-review-answer');
      await page.keyboard.press('Space');
      await frame.locator(`#root:not([data-card-id="${id}"]), #root[data-status="done"]`).waitFor({ timeout: 10_000 });
    }
    const reviews = await eventually(() => events('flashcards.review'), (list) => list.length === 5, 'five reviews in the journal');
    assert.deepEqual(reviews.map((event) => [event.data['cardId'], event.data['grade']]), seen.map((id) => [id, 3]), 'each card graded Good, in the order shown');

    // The Rounds view by its focus command; arrow keys to the first item of a round; Space.
    const pane = sidebarPane(page, 'Rounds');
    for (let attempt = 1; ; attempt++) {
      await palette('Loop Prep: Focus on Rounds View');
      try {
        await pane.locator('.monaco-list:focus-within').waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        // Seen on every run here, also 3 s after the last grade (so not a state message of
        // the panel's): run from the Review panel, the focus goes back to the panel as the
        // palette closes, the workbench handing a webview its focus back late. The second
        // time it stays. A user would simply ask again.
        if (attempt === 3) throw error;
        console.log(`      (the Rounds view did not keep the focus; asking again, attempt ${attempt + 1})`);
      }
    }
    await page.keyboard.press('Home');
    const focused = pane.locator('.monaco-list-row.focused');
    await focused.waitFor({ timeout: 10_000 });
    // The first round (collapsed): Right arrow opens it, Down goes to its first item.
    assert.equal(await focused.getAttribute('aria-level'), '1');
    if ((await focused.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
    // Its items come a moment later (the tree asks for them); Down before that goes to the next round.
    await pane.locator('.monaco-list-row[aria-level="2"]').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused.getAttribute('aria-level'), '2', 'the focus is on an item of the round');
    const item = (await focused.locator('.label-name').innerText()).trim();
    await page.keyboard.press('Space');
    const ticks = await eventually(() => events('rounds.checklist'), (list) => list.length === 1, 'a tick in the journal');
    assert.equal(ticks[0]?.data['checked'], true);
    // The row shows its tick (the tree redraws once the journal has the event).
    await pane.locator('.monaco-list-row', { hasText: item }).first().locator('.custom-view-tree-node-item-checkbox[aria-checked="true"]').waitFor({ timeout: 10_000 });
    await saveScreenshot(page, 'keyboard-rounds-ticked');

    // Start Timer on its chord: a custom timer of 5 minutes; then pause it on its chord.
    await page.keyboard.press('Control+Alt+T');
    const input = page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Custom timer');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Custom timer' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'How many minutes' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await eventually(() => events('timer.start'), (list) => list.length === 1, 'the timer started');
    await page.locator('.statusbar-item', { hasText: /\d+:\d\d/ }).first().waitFor({ timeout: 10_000 });
    // A keyboard user's focus after a quick pick goes back where it was; the chord works from anywhere.
    await page.keyboard.press('Control+Alt+P');
    await eventually(() => events('timer.pause'), (list) => list.length === 1, 'the timer paused');
    const timer = await webviewFrame(page, 'p.phase');
    await timer.locator('p.phase', { hasText: /^Paused/ }).waitFor({ timeout: 10_000 });
    // The view's title offers what the next press does: Resume (a play icon) while paused.
    const actions = sidebarPane(page, 'Timer').locator('.pane-header .actions');
    await actions.locator('[aria-label^="Resume Timer"]').waitFor({ timeout: 10_000 });
    assert.equal(await actions.locator('[aria-label^="Pause or Resume Timer"]').count(), 0);
    await saveScreenshot(page, 'keyboard-timer-paused');
    await page.keyboard.press('Control+Alt+P');
    await eventually(() => events('timer.resume'), (list) => list.length === 1, 'the timer resumed');
    await actions.locator('[aria-label^="Pause or Resume Timer"]').waitFor({ timeout: 10_000 });
  });
});
