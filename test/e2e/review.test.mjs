// @ts-check
// The Review panel as issue 17 asks for it, in code-server's workbench with the journal on
// disk: Space grades Good on the answer side (and the setting that turns it off), the
// card's state tag, and a window reload that brings the panel back exactly as it was,
// while the Flashcards view says it is loading rather than that nothing is there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, pickColorTheme, reloadWindow, reviewDeckFromPalette, runFromPalette, saveScreenshot, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

const day = 86_400_000;

/**
 * The study day (days since 1970 of the local date, the day starting at 4 am) of `time`, as Loop Prep counts it.
 * @param {number} time
 */
function studyDayOf(time) {
  const local = new Date(time - 4 * 3_600_000);
  return Math.floor(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / day);
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads until `accept` holds or 10 s have passed, and returns the last read. The panel
 * paints the next card before the host has written the grade, so the journal on disk
 * catches up a moment after the screen.
 * @template T
 * @param {() => T} read
 * @param {(value: T) => boolean} accept
 */
async function eventually(read, accept) {
  const deadline = Date.now() + 10_000;
  let value = read();
  while (!accept(value) && Date.now() < deadline) {
    await sleep(50);
    value = read();
  }
  return value;
}

/** @param {unknown} a @param {unknown} b */
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const deck = [
  '---',
  'title: Ranking review',
  'rounds: [ml-fundamentals]',
  '---',
  '',
  ...['due', 'one', 'two', 'three', 'four', 'five'].flatMap((name) => [`## Card ${name} {#rank-${name}}`, '', `What is ranking question ${name}?`, '', '?', '', `Ranking answer ${name}.`, '']),
].join('\n');

describe('the Review panel: Space grades Good, the card’s state, a reload that changes nothing (e2e)', function () {
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
    profile = makeProfile('review-keys');
    const dataDirectory = path.join(profile.root, 'data');
    journal = path.join(dataDirectory, 'journal.jsonl');
    // rank-due was learnt weeks ago: on the long-term schedule, due two days ago.
    const today = studyDayOf(Date.now());
    const lastReview = Date.now() - 40 * day;
    const memory = { stage: 'review', stability: 38, difficulty: 5, reps: 3, lapses: 0, step: 0, lastReview, due: (today - 2) * day, dueDay: today - 2, scheduledDays: 38 };
    fs.mkdirSync(dataDirectory, { recursive: true });
    fs.writeFileSync(journal, `${JSON.stringify({ v: 1, id: 'seeded-review', type: 'flashcards.review', time: lastReview, data: { cardId: 'rank-due', grade: 3, previousStage: 'review', memory } })}\n`);
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory, 'loopPrep.flashcards.newCardsPerDay': 100 });
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(path.join(workspace, '.loopprep', 'flashcards'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.loopprep', 'flashcards', 'ranking.md'), deck);
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  /** The reviews in the journal on disk, as [card, grade], leaving out the seeded one. */
  const reviews = () => journalEvents(journal).filter((event) => event.type === 'flashcards.review' && event.id !== 'seeded-review').map((event) => [event.data['cardId'], event.data['grade']]);

  it('while the decks load, the Flashcards view says "Loading decks…", never that no deck is loaded', async () => {
    await openLoopPrep(page);
    const pane = sidebarPane(page, 'Flashcards');
    /** @type {string[]} */
    const seen = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const text = await pane.innerText().catch(() => '');
      if (seen.at(-1) !== text) seen.push(text);
      // A deck row with its counts (the list is alphabetical and may run past the pane).
      if (/\d+ (new|due|learning)|nothing due/.test(text)) break;
      await sleep(50);
    }
    assert.match(seen.at(-1) ?? '', /\d+ (new|due|learning)|nothing due/, 'the decks are listed in the end');
    for (const text of seen) assert.doesNotMatch(text, /No flashcard decks/, `the view said: ${text}`);
    console.log(`      the Flashcards view showed: ${seen.map((text) => JSON.stringify(text.split('\n').slice(0, 2).join(' '))).join(' → ')}`);
  });

  it('a due card is tagged Review and a new card New; on the answer side Space grades Good and the journal records it', async () => {
    await reviewDeckFromPalette(page, 'Ranking review');
    const frame = await webviewFrame(page, '#root[data-status="card"][data-card-id="rank-due"]');
    const tag = frame.locator('header .stage');
    assert.equal(await tag.innerText(), 'Review');
    assert.equal(await tag.getAttribute('aria-label'), 'Card state: review');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-revealed="true"] .grades button').first().waitFor();
    assert.equal(await frame.locator('.grades button[data-grade="3"]').getAttribute('aria-keyshortcuts'), '3 Space Enter');
    await saveScreenshot(page, 'review-tag-review-dark');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-card-id="rank-one"][data-revealed="false"]').waitFor({ timeout: 10_000 });
    assert.deepEqual(await eventually(reviews, (list) => list.length > 0), [['rank-due', 3]], 'Space on the answer side recorded Good');
    assert.equal(await tag.innerText(), 'New');
    assert.equal(await tag.getAttribute('aria-label'), 'Card state: new');
    await pickColorTheme(page, 'Light Modern');
    await saveScreenshot(page, 'review-tag-new-light');
    await pickColorTheme(page, 'Dark Modern');
  });

  it('after Reload Window the panel shows the same card, side and "1 reviewed" from its first paint, with no flip, and so does the host', async () => {
    // A fresh session: one card graded, the next one's answer on screen.
    await reviewDeckFromPalette(page, 'Ranking review');
    let frame = await webviewFrame(page, '#root[data-status="card"][data-card-id="rank-one"]');
    await frame.locator('#root').press('Space');
    const revealed = '#root[data-revealed="true"] .grades button[data-grade="3"][aria-keyshortcuts="3 Space Enter"]';
    if (!(await frame.locator(revealed).waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
      // Once in CI the answer never came: the page had been loaded again (a page whose script
      // failed to load is, see setWebviewPage), and this frame was the old one. Found again, logged.
      console.log('      Space showed no answer within 5 s: the panel\'s page is looked up again');
      frame = await webviewFrame(page, '#root[data-status="card"][data-card-id="rank-one"]');
      await frame.locator('#root').press('Space');
      await frame.locator(revealed).waitFor({ timeout: 15_000 });
    }
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-card-id="rank-two"][data-revealed="false"]').waitFor({ timeout: 10_000 });
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-card-id="rank-two"][data-revealed="true"]').waitFor();
    assert.match(await frame.locator('.progress').innerText(), /^1 reviewed/);
    // Every counter, "to go" too: it once changed after the reload when the loops (which
    // decide each deck's share of new cards) loaded after the decks.
    const progressBefore = await frame.locator('.progress').evaluate((element) => element.textContent ?? '');

    await reloadWindow(page);
    frame = await webviewFrame(page, '#root[data-card-id]', 40_000);
    /** @type {string[]} */
    const samples = [];
    /** @type {string[]} */
    const flashcardsView = [];
    const firstSeen = Date.now();
    let confirmedAt = 0;
    // Every 50 ms for at least 3 s, and on until a second after the new extension host has
    // sent its own state (data-status "card" rather than "restoring").
    while (Date.now() - firstSeen < 3_000 || !confirmedAt || Date.now() - confirmedAt < 1_000) {
      assert.ok(Date.now() - firstSeen < 45_000, `the host never confirmed the panel's state: ${samples.at(-1)}`);
      const sample = await frame.locator('#root').evaluate((root) => {
        const data = /** @type {HTMLElement} */ (root).dataset;
        return `${data['status']} ${data['cardId']} revealed=${data['revealed']} | ${root.querySelector('.progress')?.textContent ?? ''}`;
      }).catch(() => 'gone');
      if (samples.at(-1) !== sample) samples.push(sample);
      if (!confirmedAt && sample.startsWith('card ')) confirmedAt = Date.now();
      const view = await sidebarPane(page, 'Flashcards').innerText({ timeout: 200 }).catch(() => '');
      if (view && flashcardsView.at(-1) !== view) flashcardsView.push(view);
      await sleep(50);
    }
    console.log(`      the panel after the reload: ${samples.join(' → ')}`);
    for (const sample of samples) {
      assert.match(sample, /^(restoring|card) rank-two revealed=true \| 1 reviewed · /, `a flip: ${samples.join(' → ')}`);
      assert.ok(sample.endsWith(`| ${progressBefore}`), `the counters changed from "${progressBefore}": ${samples.join(' → ')}`);
    }
    for (const text of flashcardsView) assert.doesNotMatch(text, /No flashcard decks/, `the Flashcards view said: ${text}`);
    // The host agrees: the answer side takes a grade, counted as the second of the session.
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-card-id="rank-three"]').waitFor({ timeout: 10_000 });
    assert.match(await frame.locator('.progress').innerText(), /^2 reviewed/);
    assert.deepEqual((await eventually(reviews, (list) => same(list.at(-1), ['rank-two', 3]))).slice(-2), [['rank-one', 3], ['rank-two', 3]]);
  });
  it('with loopPrep.flashcards.spaceGradesGood off, Space still shows the answer but grades nothing', async () => {
    // Turned off in the Settings editor, as a user does (a write to settings.json behind
    // the workbench's back was not always noticed after a reload).
    await runFromPalette(page, 'Preferences: Open Settings (UI)');
    const search = page.locator('.settings-editor .settings-header .suggest-input-container');
    await search.click();
    await page.keyboard.type('loopPrep.flashcards.spaceGradesGood');
    const checkbox = page.locator('.settings-editor .setting-item-bool .setting-value-checkbox').first();
    await checkbox.waitFor({ timeout: 15_000 });
    assert.equal(await checkbox.getAttribute('aria-checked'), 'true', 'on by default');
    await checkbox.click();
    assert.equal(await checkbox.getAttribute('aria-checked'), 'false');
    await saveScreenshot(page, 'review-setting-space-grades-good');
    await page.locator('.tab', { hasText: /^Review/ }).click();
    const frame = await webviewFrame(page, '#root[data-card-id="rank-three"]');
    await frame.locator('#root').focus();
    await frame.locator('#root').press('Space');
    // The setting reaches the panel: Good no longer names Space as its key.
    await frame.locator('#root[data-revealed="true"] .grades button[data-grade="3"][aria-keyshortcuts="3"]').waitFor({ timeout: 15_000 });
    const before = reviews();
    await frame.locator('#root').press('Space');
    await frame.locator('#root').press('Enter');
    await sleep(1_500);
    assert.deepEqual(reviews(), before, 'nothing more was recorded');
    assert.equal(await frame.locator('#root').getAttribute('data-card-id'), 'rank-three');
    assert.equal(await frame.locator('#root').getAttribute('data-revealed'), 'true', 'still on the answer side');
    await frame.locator('#root').press('3');
    await frame.locator('#root[data-card-id="rank-four"]').waitFor({ timeout: 10_000 });
    assert.deepEqual(await eventually(reviews, (list) => list.length > before.length), [...before, ['rank-three', 3]], 'the number keys still grade');
  });

  it('a card link in a checklist opens the card as a preview, question first: Reveal, then Back to queue; nothing is recorded', async () => {
    const before = journalEvents(journal).length;
    const rounds = sidebarPane(page, 'Rounds');
    const row = (/** @type {string} */ label) => rounds.locator('.monaco-list-row', { hasText: label }).first();
    await row('Online assessment / coding screen').waitFor({ timeout: 20_000 });
    if (!(await row('Restate, clarify, brute-force, then code and trace aloud').isVisible())) await row('Online assessment / coding screen').click();
    await row('Restate, clarify, brute-force, then code and trace aloud').locator('.label-name').click();
    await page.keyboard.press('ArrowRight');
    await row('Running the coding round').click();
    const frame = await webviewFrame(page, '#root[data-preview="true"][data-card-id="code-round-habits"]');
    assert.equal(await frame.locator('#root').getAttribute('data-revealed'), 'false', 'question first');
    assert.equal(await frame.locator('.preview-note').innerText(), 'Preview — nothing is recorded');
    assert.deepEqual((await frame.locator('.actions button').allInnerTexts()).map((label) => label.split('\n')[0]), ['Reveal', 'Close']);
    assert.equal(await frame.locator('.grades').count(), 0, 'no grade buttons');
    await saveScreenshot(page, 'review-preview-question-dark');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-preview="true"][data-revealed="true"]').waitFor();
    assert.deepEqual((await frame.locator('.actions button').allInnerTexts()).map((label) => label.split('\n')[0]), ['Back to queue', 'Close']);
    await pickColorTheme(page, 'Light Modern');
    await saveScreenshot(page, 'review-preview-answer-light');
    await pickColorTheme(page, 'Dark Modern');
    // Number keys take no grade here.
    await frame.locator('#root').press('3');
    await sleep(1_000);
    assert.equal(journalEvents(journal).length, before, 'the journal gained nothing');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-status="card"]:not([data-preview])').waitFor({ timeout: 10_000 });
    assert.equal(journalEvents(journal).length, before, 'the journal gained nothing');
  });

  it('a grade the journal cannot take is taken back on screen: the card it was for, its answer side, and why', async () => {
    const frame = await webviewFrame(page, '#root[data-status="card"][data-card-id="rank-four"]');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-card-id="rank-four"][data-revealed="true"] .grades button').first().waitFor();
    // The journal cannot be appended to: a folder stands where the file was.
    const saved = `${journal}.saved`;
    fs.renameSync(journal, saved);
    fs.mkdirSync(journal);
    try {
      await frame.locator('#root').press('3');
      const notice = frame.locator('#root[data-card-id="rank-four"][data-revealed="true"] .notice');
      await notice.waitFor({ timeout: 10_000 });
      assert.match(await notice.innerText(), /^Not recorded: .*EISDIR.* Grade it again, or see the notification\.$/s);
      assert.equal(await notice.getAttribute('role'), 'alert');
      await saveScreenshot(page, 'review-grade-not-recorded');
    } finally {
      fs.rmSync(journal, { recursive: true, force: true });
      fs.renameSync(saved, journal);
    }
    assert.equal(reviews().filter(([cardId]) => cardId === 'rank-four').length, 0, 'nothing was written for it');
    await frame.locator('#root').press('3');
    await frame.locator('#root[data-card-id="rank-five"]').waitFor({ timeout: 10_000 });
    assert.deepEqual((await eventually(reviews, (list) => same(list.at(-1), ['rank-four', 3]))).at(-1), ['rank-four', 3], 'graded again, it is recorded');
  });
});
