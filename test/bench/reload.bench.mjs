// @ts-check
/* global document, navigator, Event, performance -- used inside page.waitForFunction(), which runs in the workbench */
// After Developer: Reload Window, in code-server + Chromium, with all built-in decks, 50,000
// past reviews and 500 scaffolded problems: how long until the status bar and the
// Flashcards view show today's counts (from Loop Prep's activation, as the extension host
// logs it), and until the Review panel is back with its card, beside an empty panel under
// the same CSP that the probe extension has VS Code restore in the same reload.
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { openLoopPrep, sidebarPane, waitForWorkbench } from '../e2e/helpers.mjs';
import { installLoopPrepAndProbe, pastJournal, quantile, webviewOwner, whenShown } from './panels.bench.mjs';
import { writeScaffolds } from './problemsRefresh.bench.mjs';

export const title = 'After Reload Window: counts, and the Review panel restored (code-server + Chromium; built-in decks, 50,000 reviews, 500 problems)';

/** 30 reloads: a p95 of 10 is the slowest reload; of 30 it is the second slowest (issue 18 asks at least 10). */
const reloads = Number(process.env['LOOP_PREP_BENCH_RELOADS'] ?? 30);
const countsBudgetMs = 1000;
const restoreAllowanceMs = 300;
const countsText = /\d+ (new|learning|due)|nothing due/;

const keys = {
  review: { key: 'ctrl+alt+shift+f5', press: 'Control+Alt+Shift+F5', command: 'loopPrep.reviewDueCards' },
  empty: { key: 'ctrl+alt+shift+f8', press: 'Control+Alt+Shift+F8', command: 'loopPrepBench.openEmptyPanel', args: 2 },
  reload: { key: 'ctrl+alt+shift+f11', press: 'Control+Alt+Shift+F11', command: 'workbench.action.reloadWindow' },
};

/**
 * When the extension host last logged Loop Prep's activation (ms since the epoch), after `since`.
 * @param {string} logsDir
 * @param {number} since
 */
function activationTime(logsDir, since) {
  /** @type {number[]} */
  const times = [];
  for (const file of fs.readdirSync(logsDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('exthost.log'))) {
    for (const line of fs.readFileSync(path.join(logsDir, file), 'utf8').split('\n')) {
      const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[info\] ExtensionService#_doActivateExtension loop-prep\.loop-prep\b/.exec(line);
      // The log's clock is the machine's local time, as is Date's parse of a time without a zone.
      if (match) times.push(new Date(`${match[1]}T${match[2]}`).getTime());
    }
  }
  return times.filter((time) => time >= since).sort((a, b) => a - b)[0];
}

/**
 * VS Code's webview frame (pre/index.html) makes the page's frame only once its service
 * worker is ready: when a worker already controls it but under another address (another
 * webview's), it waits for a 'controllerchange'. With several panels restored at once that
 * event can come before the frame listens, and the frame then waits for ever, with the
 * page it was given unshown (seen for the probe's panel and for Loop Prep's). This hands
 * every webview frame that holds no page the event it missed; a panel that shows then had
 * been given its page by its extension.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>} the extensions whose frames were nudged
 */
async function nudgeStuckFrames(page) {
  const nudged = await Promise.all(page.frames().map((frame) => {
    const owner = webviewOwner(frame.url());
    if (!owner) return undefined;
    return frame.evaluate(() => {
      if (document.querySelector('iframe')) return false;
      // The event it waits for, and (should it wait on the worker's answer instead) the question again.
      navigator.serviceWorker.dispatchEvent(new Event('controllerchange'));
      navigator.serviceWorker.controller?.postMessage({ channel: 'version' });
      return true;
    }).then((done) => (done ? owner : undefined), () => undefined);
  }));
  return nudged.filter((owner) => owner !== undefined);
}

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const profile = makeProfile('bench-reload');
  const dataDir = path.join(profile.root, 'data');
  const workspace = path.join(profile.root, 'workspace');
  addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDir, 'loopPrep.flashcards.newCardsPerDay': 1000, 'workbench.welcomePage.walkthroughs.openOnInstall': false });
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'keybindings.json'), JSON.stringify(Object.values(keys).map(({ key, command, ...rest }) => ({ key, command, ...('args' in rest ? { args: rest.args } : {}) })), null, 2));
  writeScaffolds(workspace, dataDir);
  fs.appendFileSync(path.join(dataDir, 'journal.jsonl'), pastJournal(50_000));
  await installLoopPrepAndProbe(profile);
  const workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [] });
  try {
    const { page } = workbench;
    // What webview frames say about their service worker (VS Code's pre/index.html logs it
    // when it waits for one): printed with a panel that never showed.
    /** @type {{ at: number, text: string }[]} */
    const workerSays = [];
    page.on('console', (message) => {
      if (/service worker|webview fatal/i.test(message.text())) workerSays.push({ at: Date.now(), text: `${webviewOwner(message.location().url) ?? message.location().url.slice(0, 60)}: ${message.text().slice(0, 200)}` });
    });
    await waitForWorkbench(page);
    await page.locator('.statusbar-item', { hasText: countsText }).first().waitFor({ timeout: 180_000 });
    await openLoopPrep(page);
    await sidebarPane(page, 'Flashcards').locator('.monaco-list-row', { hasText: countsText }).first().waitFor({ timeout: 60_000 });
    // The panels VS Code will restore: Loop Prep's Review panel in the first group, the probe's empty panel in the second.
    await page.locator('.monaco-workbench').focus();
    const card = whenShown(page, '#root[data-status="card"]', 60_000);
    await page.keyboard.press(keys.review.press);
    await card.done;
    await page.locator('.monaco-workbench').focus();
    const empty = whenShown(page, '#root[data-status="empty"]', 60_000);
    await page.keyboard.press(keys.empty.press);
    await empty.done;
    await page.waitForTimeout(2_000);

    const logsDir = path.join(profile.userDataDir, 'logs');
    /** @type {{ statusBar: number[], view: number[], drawn: number[], review: number[], reviewFirst: string[], empty: number[], reviewMissing: string[], emptyMissing: string[], reviewOnlyMissing: number, reviewShownWhenNudged: number }} */
    const samples = { statusBar: [], view: [], drawn: [], review: [], reviewFirst: [], empty: [], reviewMissing: [], emptyMissing: [], reviewOnlyMissing: 0, reviewShownWhenNudged: 0 };
    for (let trial = 0; trial < reloads; trial++) {
      await page.locator('.monaco-workbench').focus();
      const pressed = Date.now();
      await Promise.all([page.waitForEvent('load', { timeout: 120_000 }), page.keyboard.press(keys.reload.press)]);
      // Watched from the new page's load on: the old page's frames are gone.
      // A panel that never shows its card is counted (and fails its row), not the end of the
      // run: the counts' figures of every reload are still measured.
      const review = whenShown(page, '#root[data-status="card"]', 30_000);
      const emptyPanel = whenShown(page, '#root[data-status="empty"]', 30_000);
      const counts = (/** @type {'statusbar' | 'view' | 'drawn'} */ where) => page.waitForFunction(({ place, pattern }) => {
        const matches = (/** @type {Element} */ node) => new RegExp(pattern).test(node.textContent ?? '');
        if (place === 'statusbar') return Array.from(document.querySelectorAll('.statusbar-item')).some(matches) ? Date.now() : false;
        const pane = Array.from(document.querySelectorAll('.part.sidebar .pane')).find((candidate) => /^flashcards$/i.test(candidate.querySelector('.pane-header h3.title')?.textContent?.trim() ?? ''));
        // 'drawn': the view shows anything at all (its "Loading decks…" welcome or a row): VS Code's part, not ours.
        if (place === 'drawn') return pane?.querySelector('.welcome-view-content, .monaco-list-row') ? Date.now() : false;
        return pane && Array.from(pane.querySelectorAll('.monaco-list-row')).some(matches) ? Date.now() : false;
      }, { place: where, pattern: countsText.source }, { polling: 'raf', timeout: 120_000 }).then((handle) => /** @type {Promise<number>} */ (handle.jsonValue()));
      // The probe's panel may not show either: VS Code's webview frame sometimes never makes
      // the page of a restored tab, whoever's it is (see nudgeStuckFrames). Counted, like ours.
      let shownWhenNudged = false;
      const [statusBarAt, viewAt, drawnAt, reviewShown, emptyShown] = await Promise.all([counts('statusbar'), counts('view'), counts('drawn'), review.done.catch(async (/** @type {unknown} */ error) => {
        samples.reviewMissing.push(String(error));
        // In full on stderr, with what Loop Prep logged in this reload: whether the frame
        // was empty or the page never started, and whether the panel said anything.
        const logged = fs.readdirSync(logsDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('Loop Prep.log'))
          .filter((name) => fs.statSync(path.join(logsDir, name)).mtimeMs >= pressed)
          .flatMap((name) => fs.readFileSync(path.join(logsDir, name), 'utf8').trim().split('\n').slice(-12).map((line) => `  ${name}: ${line}`));
        const said = workerSays.filter((entry) => entry.at >= pressed).map((entry) => `  ${entry.text}`);
        // Then whether the page had been given to the frame: the frame's missed event handed to it.
        const nudged = await nudgeStuckFrames(page);
        shownWhenNudged = await whenShown(page, '#root[data-status="card"]', 5_000).done.then(() => true, () => false);
        if (shownWhenNudged) samples.reviewShownWhenNudged += 1;
        console.error(`reload ${trial + 1}: the Review panel did not show its card; frames nudged: ${nudged.join(', ') || 'none'}; its card shown then: ${shownWhenNudged ? 'yes' : 'no'}. ${String(error)}\nLoop Prep's log in this reload:\n${logged.join('\n') || '  (nothing)'}\nWebview frames on their service worker in this reload:\n${said.join('\n') || '  (nothing)'}`);
        return undefined;
      }), emptyPanel.done.catch((/** @type {unknown} */ error) => {
        samples.emptyMissing.push(String(error));
        console.error(`reload ${trial + 1}: the probe's empty panel did not show. ${String(error)}`);
        return undefined;
      })]);
      const navigationStart = await page.evaluate(() => performance.timeOrigin);
      const activatedAt = activationTime(logsDir, pressed);
      if (activatedAt === undefined) throw new Error('the extension host logged no activation of Loop Prep after the reload');
      samples.statusBar.push(statusBarAt - activatedAt);
      samples.drawn.push(drawnAt - activatedAt);
      samples.view.push(viewAt - activatedAt);
      if (reviewShown && emptyShown) {
        samples.review.push(reviewShown.at - navigationStart);
        samples.reviewFirst.push(reviewShown.first);
        samples.empty.push(emptyShown.at - navigationStart);
      } else if (!reviewShown && emptyShown && !shownWhenNudged) {
        // Loop Prep's page not shown, the probe's shown, and not VS Code's frame waiting for its worker.
        samples.reviewOnlyMissing += 1;
      }
      await page.waitForTimeout(1_500);
    }
    // Pages whose script failed to load and were loaded again (setWebviewPage), from Loop Prep's logs.
    const reloadedPages = fs.readdirSync(logsDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('Loop Prep.log'))
      .flatMap((name) => fs.readFileSync(path.join(logsDir, name), 'utf8').split('\n')).filter((line) => line.includes('could not load its script')).length;
    const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
    const countsRow = (/** @type {string} */ label, /** @type {number[]} */ values, note = '') => ({
      figure: `${label}: Loop Prep's activation to today's counts shown, median of ${values.length} reloads (p95 ${ms(quantile(values, 0.95))})${note}`,
      value: ms(quantile(values, 0.5)),
      baseline: `budget ${ms(countsBudgetMs)}`,
      target: `≤ ${ms(countsBudgetMs)} (median and p95)`,
      met: quantile(values, 0.5) <= countsBudgetMs && quantile(values, 0.95) <= countsBudgetMs,
    });
    const reviewMedian = quantile(samples.review, 0.5);
    const reviewP95 = quantile(samples.review, 0.95);
    const emptyMedian = quantile(samples.empty, 0.5);
    const emptyP95 = quantile(samples.empty, 0.95);
    return [
      countsRow('status bar', samples.statusBar),
      countsRow('Flashcards view', samples.view, `; the view first drew anything (its "Loading decks…" or a row) at median ${ms(quantile(samples.drawn, 0.5))}, p95 ${ms(quantile(samples.drawn, 0.95))}`),
      {
        figure: `Review panel restored with its card (host-confirmed): the new page's start to the card painted, median of ${samples.review.length} reloads (p95 ${ms(reviewP95)}); its first paint was blank ${samples.reviewFirst.filter((text) => text === '').length} times; a page whose script failed to load was loaded again ${reloadedPages} times${samples.reviewMissing.length > 0 ? `; not shown with its card within 30 s in ${samples.reviewMissing.length} of ${reloads} reloads: ${samples.reviewShownWhenNudged} shown once VS Code's frame was handed the service-worker event it waited for (the page had been given), ${samples.reviewOnlyMissing} not, while the probe's panel showed (each printed in full above)` : ''}${samples.emptyMissing.length > 0 ? `; the probe's empty panel not shown within 30 s in ${samples.emptyMissing.length} of ${reloads} reloads (each printed in full above)` : ''}`,
        value: ms(reviewMedian),
        baseline: `the probe's empty panel (same CSP) restored in the same reloads: median ${ms(emptyMedian)}, p95 ${ms(emptyP95)}`,
        ratio: `+${ms(reviewMedian - emptyMedian)} (p95 +${ms(reviewP95 - emptyP95)})`,
        target: `≤ baseline + ${ms(restoreAllowanceMs)} (median and p95)`,
        // Missing counts against Loop Prep only when the probe's panel, restored in the same
        // reload, did show (then code-server drew pages, and ours was not one of them), and
        // ours did not show once its frame had the worker's event (see nudgeStuckFrames).
        met: samples.reviewOnlyMissing === 0 && reviewMedian <= emptyMedian + restoreAllowanceMs && reviewP95 <= emptyP95 + restoreAllowanceMs,
      },
    ];
  } finally {
    await workbench.close();
    profile.dispose();
  }
}
