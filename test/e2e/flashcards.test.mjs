// @ts-check
// Reviewing flashcards as a user does: from the Flashcards view, by keyboard alone, in
// the real workbench; the journal on disk records every review and undo.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, pickColorTheme, reloadWindow, reviewDeckFromPalette, runFromPalette, saveScreenshot, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

/** A deck whose every card holds one of the XSS payloads, front and back. */
function xssDeck() {
  const payloads = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'xss-payloads.txt'), 'utf8').split('\n').filter(Boolean);
  const cards = payloads.map((payload, index) => `## Payload ${index + 1} {#xss-${index + 1}}\n\n${payload}\n\n?\n\n${payload}\n`);
  return { count: payloads.length, text: `---\ntitle: XSS payloads\nrounds: [coding]\n---\n\n${cards.join('\n')}` };
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The journal's events once `accept` holds (or after 10 s): the panel paints the next card
 * before the host has written the grade, so the file catches up a moment after the screen.
 * @param {string} file
 * @param {(events: ReturnType<typeof journalEvents>) => boolean} accept
 */
async function journalOnceItHas(file, accept) {
  const deadline = Date.now() + 10_000;
  let events = journalEvents(file);
  while (!accept(events) && Date.now() < deadline) {
    await sleep(50);
    events = journalEvents(file);
  }
  return events;
}

describe('flashcard review (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string} */
  let journal;
  /** @type {string[]} */
  const dialogs = [];
  /** @type {{ count: number, text: string }} */
  let xss;
  /** The title of the deck listed first in the Flashcards view. */
  let firstDeck = '';

  before(async () => {
    profile = makeProfile('flashcards');
    const dataDirectory = path.join(profile.root, 'data');
    journal = path.join(dataDirectory, 'journal.jsonl');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory, 'loopPrep.flashcards.newCardsPerDay': 100 });
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(path.join(workspace, '.loopprep', 'flashcards'), { recursive: true });
    xss = xssDeck();
    fs.writeFileSync(path.join(workspace, '.loopprep', 'flashcards', 'xss.md'), xss.text);
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    // An alert, confirm or prompt from any frame means a payload ran.
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  it('lists the built-in decks with their counts, and the status bar shows what is due', async () => {
    await openLoopPrep(page);
    // The view is short and its list virtual: take the first deck shown, whichever it is.
    const row = sidebarPane(page, 'Flashcards').locator('.monaco-list-row').first();
    await row.waitFor({ timeout: 20_000 });
    firstDeck = (await row.locator('.label-name').innerText()).trim();
    // Its counts follow once the plan is made (the loops included): "loading…" until then.
    await sidebarPane(page, 'Flashcards').locator('.monaco-list-row', { hasText: firstDeck }).filter({ hasText: /\d+ new/ }).first().waitFor({ timeout: 20_000 });
    // Today's counts, as every surface writes them: "20 new", "3 learning · 12 due"….
    await page.locator('.statusbar-item', { hasText: /\d+ (new|learning|due)/ }).first().waitFor({ timeout: 10_000 });
  });

  it('reviews a deck by keyboard alone: Space reveals, 3 grades, u undoes; the journal records each', async () => {
    // VS Code drops a click on a tree row that is being refreshed (the row's node is
    // replaced under it), and the counts refresh the rows as the plan's parts load after
    // start-up: wait until the views are quiet, and click again if the first click was
    // dropped, as a user would. (Noticed on CI in about one run in three; see the closing
    // note of issue 14.)
    const deckRow = page.locator('.part.sidebar .monaco-list-row', { hasText: firstDeck });
    for (let quiet = 0, last = ''; quiet < 4;) {
      await sleep(250);
      const text = await page.locator('.part.sidebar').innerText();
      quiet = text === last ? quiet + 1 : 0;
      last = text;
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      await deckRow.click();
      if (await webviewFrame(page, '#root[data-status="card"]', 5_000).then(() => true, () => false)) break;
    }
    const frame = await webviewFrame(page, '#root[data-status="card"]');
    const first = await frame.locator('#root').getAttribute('data-card-id');
    assert.ok(first);
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-revealed="true"] .grades button').first().waitFor();
    const labels = await frame.locator('.grades button').allInnerTexts();
    assert.deepEqual(labels.map((label) => label.split('\n')[0]), ['Again', 'Hard', 'Good', 'Easy']);
    assert.match(labels[2] ?? '', /3 · 10m/, 'Good shows its key and next interval');
    await saveScreenshot(page, 'review-answer');

    await frame.locator('#root').press('3');
    await frame.locator(`#root[data-status="card"]:not([data-card-id="${first}"])`).waitFor();
    assert.match(await frame.locator('.progress').innerText(), /1 reviewed/);
    assert.deepEqual((await journalOnceItHas(journal, (events) => events.length > 0)).map((event) => [event.type, event.data['cardId'], event.data['grade']]), [['flashcards.review', first, 3]]);

    await frame.locator('#root').press('u');
    await frame.locator(`#root[data-card-id="${first}"][data-revealed="false"]`).waitFor();
    assert.deepEqual(journalEvents(journal).map((event) => event.type), ['flashcards.review', 'flashcards.undo']);
  });

  it(`renders the XSS payloads as text in the real webview: no script runs`, async () => {
    await reviewDeckFromPalette(page, 'XSS payloads');
    const frame = await webviewFrame(page, '#root[data-card-id^="xss-"]');
    for (let index = 0; index < xss.count; index++) {
      const id = await frame.locator('#root').getAttribute('data-card-id');
      assert.match(id ?? '', /^xss-\d+$/, `card ${index + 1} is from the XSS deck`);
      await frame.locator('#root').press('Space');
      await frame.locator('#root[data-revealed="true"]').waitFor();
      await frame.locator('#root').press('3');
      await frame.locator(`#root:not([data-card-id="${id}"])`).waitFor();
    }
    await frame.locator('#root[data-status="done"]').waitFor();
    assert.deepEqual(dialogs, [], 'a payload opened a dialog');
    const reviewed = journalEvents(journal).filter((event) => event.type === 'flashcards.review' && String(event.data['cardId']).startsWith('xss-'));
    assert.equal(reviewed.length, xss.count, 'every payload card was shown and graded');
    await saveScreenshot(page, 'review-done');
  });
  it('shows the stats: forecast, today in the heatmap, retention and each deck; a deck row starts its review', async () => {
    const events = journalEvents(journal);
    const undone = new Set(events.filter((event) => event.type === 'flashcards.undo').map((event) => event.data['reviewId']));
    const reviews = events.filter((event) => event.type === 'flashcards.review' && !undone.has(/** @type {any} */ (event).id));
    const reviewedCards = new Set(reviews.map((event) => event.data['cardId']));
    await runFromPalette(page, 'Loop Prep: Show Flashcard Stats');
    const frame = await webviewFrame(page, '#root[data-status="stats"]');
    // Every card reviewed today is in learning steps: due again within the 30 days.
    assert.match(await frame.locator('section.chart .summary').first().innerText(), new RegExp(`^${reviewedCards.size} cards over 30 days`));
    assert.equal(await frame.locator('rect.cell').last().locator('title').textContent().then((text) => /: (\d+) reviews?$/.exec(text ?? '')?.[1]), String(reviews.length), 'today’s heatmap cell');
    assert.match(await frame.locator('#root').innerText(), /No reviews of cards on the long-term schedule in the last 30 days yet/);
    const row = frame.locator('tbody tr', { has: frame.locator('th', { hasText: 'XSS payloads' }) });
    const cells = await row.locator('td').allInnerTexts();
    // New today, Learning (steps up now), Due today, Unseen, Young, Mature, Cards: every card
    // graded Good once, so each waits in its 10-minute learning step.
    assert.deepEqual(cells.map(Number), [0, 0, 0, 0, 0, 0, xss.count]);
    await saveScreenshot(page, 'stats');
    await row.locator('button').click();
    await page.locator('.tab', { hasText: 'Review: XSS payloads' }).waitFor({ timeout: 10_000 });
  });

  it('draws the Review and Stats panels in the theme’s colours: light, dark and both high-contrast themes', async () => {
    await runFromPalette(page, 'Loop Prep: Show Flashcard Stats');
    /** Brings a panel's tab forward and returns its webview's frame. @param {string} tab @param {string} selector */
    const panel = async (tab, selector) => {
      await page.locator('.tab', { hasText: tab }).click();
      try {
        return await webviewFrame(page, selector);
      } catch {
        // Seen about once in ten runs here, in this test and in others' by three people: the
        // panel's tab comes forward but code-server shows no webview in it at all (not even
        // the page's "Loading…" placeholder, which is in its HTML). Going to another tab and
        // back, as a user would, brings it.
        console.log(`      (the ${tab} panel showed no page after 20 s; its tab is clicked again)`);
        await page.locator('.tab', { hasNotText: tab }).first().click();
        await page.locator('.tab', { hasText: tab }).click();
        return webviewFrame(page, selector);
      }
    };
    /** @param {import('playwright-core').Locator} locator @param {string} property */
    const computed = (locator, property) => locator.evaluate((node, name) => node.ownerDocument.defaultView?.getComputedStyle(node).getPropertyValue(name) ?? '', property);
    /** @type {Record<string, string[]>} */
    const seen = {};
    for (const [theme, foreground] of /** @type {const} */ ([
      ['Light Modern', 'rgb(59, 59, 59)'],
      ['Dark Modern', 'rgb(204, 204, 204)'],
      ['Dark High Contrast', 'rgb(255, 255, 255)'],
      ['Light High Contrast', 'rgb(41, 41, 41)'],
    ])) {
      await pickColorTheme(page, theme);
      const deadline = Date.now() + 15_000;
      let colours = ['', '', ''];
      while (Date.now() < deadline) {
        const stats = await panel('Flashcard Stats', '#root[data-status="stats"]');
        colours = [await computed(stats.locator('#root h1'), 'color'), await computed(stats.locator('rect.bar').first(), 'fill')];
        await saveScreenshot(page, `stats-${theme.toLowerCase().replaceAll(' ', '-')}`);
        const review = await panel('Review: XSS payloads', '#root[data-status="done"]');
        colours.unshift(await computed(review.locator('#root h2'), 'color'));
        if (colours[0] === foreground && colours[1] === foreground) break;
        await page.waitForTimeout(200);
      }
      seen[theme] = colours;
      await saveScreenshot(page, `review-${theme.toLowerCase().replaceAll(' ', '-')}`);
    }
    for (const [theme, [reviewText, statsText, bar]] of Object.entries(seen)) {
      assert.equal(reviewText, statsText, `${theme}: both panels use the theme's foreground`);
      assert.match(bar ?? '', /^rgb/, `${theme}: the forecast bars take a chart colour`);
    }
    assert.deepEqual(Object.values(seen).map(([text]) => text), ['rgb(59, 59, 59)', 'rgb(204, 204, 204)', 'rgb(255, 255, 255)', 'rgb(41, 41, 41)']);
    await pickColorTheme(page, 'Dark Modern');
  });

  it('survives a window reload: the Review panel comes back, showing the host’s state of its session', async () => {
    // A session with cards left: Word2Vec (not the deck reviewed above) has only new cards.
    await reviewDeckFromPalette(page, 'Word2Vec');
    await webviewFrame(page, '#root[data-status="card"]');
    await reloadWindow(page);
    // "card" (not "restoring") only once the new extension host has sent its state.
    const frame = await webviewFrame(page, '#root[data-status="card"]', 40_000);
    assert.match(await frame.locator('header .deck').textContent() ?? '', /Word2Vec/);
  });

  it('after a window reload, a review in the restored panel is recorded in the same journal', async () => {
    const frame = await webviewFrame(page, '#root[data-status="card"]', 40_000);
    const id = await frame.locator('#root').getAttribute('data-card-id');
    const before = journalEvents(journal).length;
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-revealed="true"]').waitFor();
    await frame.locator('#root').press('4');
    await frame.locator(`#root:not([data-card-id="${id}"])`).waitFor();
    const events = await journalOnceItHas(journal, (list) => list.length > before);
    assert.equal(events.length, before + 1, 'the review after the reload is in the journal');
    assert.deepEqual([events.at(-1)?.data['cardId'], events.at(-1)?.data['grade']], [id, 4]);
  });
});
