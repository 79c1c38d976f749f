// @ts-check
// Two defects found against the real product (issue 20), checked where they showed: in
// code-server's workbench, by keyboard, with the journal on disk and a listener on a port.
//  1. On the interview day a long-term card graded Good came straight back, up to the
//     daily limit: it must leave the queue, its button saying when it returns.
//  2. A card's image could make a GET to any port of the machine through code-server's
//     origin (`/proxy/<port>/…`): only data: images and the deck folder's own files load.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { addSettings, freePort, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, pickRow, reviewDeckFromPalette, runFromPalette, saveScreenshot, waitForWorkbench, webviewFrame } from './helpers.mjs';

const day = 86_400_000;
/** A 1×1 PNG. */
const pixelBase64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * The study day (days since 1970 of the local date, the day starting at 4 am) of `time`, as Loop Prep counts it.
 * @param {number} time
 */
function studyDayOf(time) {
  const local = new Date(time - 4 * 3_600_000);
  return Math.floor(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / day);
}

describe('card safety: the interview day and card images (e2e)', function () {
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
  let workspace;
  /** @type {http.Server} */
  let listener;
  /** @type {string[]} */
  const requests = [];
  const today = studyDayOf(Date.now());

  before(async () => {
    listener = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from(pixelBase64, 'base64'));
    });
    await new Promise((resolve) => listener.listen(0, '127.0.0.1', () => resolve(undefined)));

    profile = makeProfile('card-safety');
    const dataDirectory = path.join(profile.root, 'data');
    journal = path.join(dataDirectory, 'journal.jsonl');
    // A card learnt weeks ago, on the long-term schedule and due two days ago.
    const lastReview = Date.now() - 40 * day;
    const memory = { stage: 'review', stability: 38, difficulty: 5, reps: 3, lapses: 0, step: 0, lastReview, due: (today - 2) * day, dueDay: today - 2, scheduledDays: 38 };
    fs.mkdirSync(dataDirectory, { recursive: true });
    fs.writeFileSync(journal, `${JSON.stringify({ v: 1, id: 'seeded-review', type: 'flashcards.review', time: lastReview, data: { cardId: 'iday-card', grade: 3, previousStage: 'review', memory } })}\n`);
    const interviewDate = new Date(today * day).toISOString().slice(0, 10);
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory, 'loopPrep.flashcards.interviewDate': interviewDate });
    workspace = path.join(profile.root, 'workspace');
    const decks = path.join(workspace, '.loopprep', 'flashcards');
    fs.mkdirSync(path.join(decks, 'images'), { recursive: true });
    fs.writeFileSync(path.join(decks, 'interview.md'), '---\ntitle: Interview day\nrounds: [ml-fundamentals]\n---\n\n## Recall on the day {#iday-card}\n\nWhat does NDCG normalise by?\n\n?\n\nThe DCG of the ideal ordering.\n');
    fs.writeFileSync(path.join(decks, 'images', 'inside.png'), Buffer.from(pixelBase64, 'base64'));
    fs.writeFileSync(path.join(workspace, '.loopprep', 'outside.png'), Buffer.from(pixelBase64, 'base64'));
    // The code-server port is chosen first: a card below points at its origin.
    const codeServerPort = await freePort();
    const { port } = /** @type {import('node:net').AddressInfo} */ (listener.address());
    const card = [
      `![via proxy](/proxy/${port}/pixel.png)`,
      `![via origin](http://127.0.0.1:${codeServerPort}/proxy/${port}/pixel.png)`,
      `![direct](http://127.0.0.1:${port}/pixel.png)`,
      '![outside](../outside.png)',
      `![dot](data:image/png;base64,${pixelBase64})`,
      '![inside](images/inside.png)',
    ].join('\n\n');
    fs.writeFileSync(path.join(decks, 'images.md'), `---\ntitle: Images\nrounds: [coding]\n---\n\n## Pictures {#img-card}\n\n${card}\n\n?\n\n${card}\n`);
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot], port: codeServerPort });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
    await new Promise((resolve) => listener?.close(() => resolve(undefined)));
  });

  it('on the interview day, a long-term card graded Good leaves the queue; its button says when it comes back', async () => {
    await openLoopPrep(page);
    await reviewDeckFromPalette(page, 'Interview day');
    const frame = await webviewFrame(page, '#root[data-card-id="iday-card"]');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-revealed="true"] .grades button').first().waitFor();
    const labels = (await frame.locator('.grades button').allInnerTexts()).map((label) => label.replace(/\s+/g, ' '));
    for (const label of labels.slice(1)) assert.match(label, /· [\d.]+(d|mo|y)$/, `${label}: Hard, Good and Easy schedule days ahead, not minutes`);
    await frame.locator('#root').press('3');
    await frame.locator('#root[data-status="done"]').waitFor({ timeout: 10_000 });
    const review = journalEvents(journal).at(-1);
    assert.equal(review?.data['cardId'], 'iday-card');
    const memory = /** @type {{ dueDay: number }} */ (review?.data['memory']);
    assert.ok(memory.dueDay >= today + 1, `due ${memory.dueDay - today} days from today`);
    // Still gone a moment later: nothing brings it back today.
    await page.waitForTimeout(1_500);
    assert.equal(await frame.locator('#root').getAttribute('data-status'), 'done');
  });

  it('shows data: images and images in the deck’s folder; any other image is its alt text, and no request leaves the webview', async () => {
    // The interview is today: the plan introduces nothing new, so the deck's card is asked
    // for as a user would, with Study More for that one deck.
    await runFromPalette(page, 'Loop Prep: Study More…');
    await pickRow(page, 'One deck beyond today\'s limits');
    await page.locator('.quick-input-widget input[placeholder="Which deck?"]').fill('Images');
    await pickRow(page, 'Images');
    const count = page.locator('.quick-input-widget input[type="text"]');
    await count.fill('1');
    await page.keyboard.press('Enter');
    const frame = await webviewFrame(page, '#root[data-card-id="img-card"]');
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-revealed="true"]').waitFor();
    for (const alt of ['dot', 'inside']) {
      const images = frame.locator(`img[alt="${alt}"]`);
      assert.equal(await images.count(), 2, `${alt} on both sides`);
      const loaded = () => images.evaluateAll((nodes) => nodes.every((node) => /** @type {HTMLImageElement} */ (node).complete && /** @type {HTMLImageElement} */ (node).naturalWidth === 1));
      const deadline = Date.now() + 10_000;
      while (!(await loaded()) && Date.now() < deadline) await page.waitForTimeout(100);
      assert.ok(await loaded(), `${alt} loaded (1×1 pixels) on both sides`);
    }
    assert.equal(await frame.locator('img').count(), 4, 'only the two allowed images, front and back');
    const blocked = await frame.locator('.image-blocked').allInnerTexts();
    assert.deepEqual(blocked.map((text) => text.split(' (')[0]), ['via proxy', 'via origin', 'direct', 'outside', 'via proxy', 'via origin', 'direct', 'outside']);
    assert.match(blocked[0] ?? '', /image not shown/);
    const policy = (await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    assert.doesNotMatch(/img-src ([^;]*)/.exec(policy)?.[1] ?? '', /'self'|127\.0\.0\.1/, policy);
    await saveScreenshot(page, 'review-blocked-images');
    await page.waitForTimeout(1_000);
    assert.deepEqual(requests, [], 'the listener was never called');
  });
});
