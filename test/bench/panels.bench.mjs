// @ts-check
/* global document, window, navigator, requestAnimationFrame -- used inside frame.evaluate(), which runs in the page or a webview */
// Opening Loop Prep's panels in a warm host (code-server + Chromium), as a user does:
// the key of a command to the frame that first shows the result. Each beside its baseline
// in the same host and the same minute: an empty webview panel under Loop Prep's CSP, and
// a quick pick of fixed items, both opened by a probe extension (test/bench/webview-probe-extension).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addSettings, installVsix, makeProfile, repoRoot, run } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { waitForWorkbench } from '../e2e/helpers.mjs';

export const title = 'Opening the Review and Stats panels and the deck picker in a warm host (code-server + Chromium)';

/**
 * 30 measured openings of each: a p95 of 10 is the slowest trial, decided by one slow moment
 * of the machine; of 30 it is the second slowest (issue 18 asks at least 10).
 */
const trials = Number(process.env['LOOP_PREP_BENCH_TRIALS'] ?? 30);
const warmUp = 2;
/** Past reviews in the journal: issue 18 asks 50,000 for the Review panel and 100,000 for Stats; both get 100,000. */
const pastReviews = 100_000;

/** The keys the bench presses, bound in the profile's keybindings.json. */
const keys = {
  review: { key: 'ctrl+alt+shift+f5', press: 'Control+Alt+Shift+F5', command: 'loopPrep.reviewDueCards' },
  stats: { key: 'ctrl+alt+shift+f6', press: 'Control+Alt+Shift+F6', command: 'loopPrep.showStats' },
  deck: { key: 'ctrl+alt+shift+f7', press: 'Control+Alt+Shift+F7', command: 'loopPrep.reviewDeck' },
  empty: { key: 'ctrl+alt+shift+f8', press: 'Control+Alt+Shift+F8', command: 'loopPrepBench.openEmptyPanel' },
  pick: { key: 'ctrl+alt+shift+f9', press: 'Control+Alt+Shift+F9', command: 'loopPrepBench.quickPick' },
  close: { key: 'ctrl+alt+shift+f10', press: 'Control+Alt+Shift+F10', command: 'workbench.action.closeAllEditors' },
};

/**
 * Installs Loop Prep's .vsix (the production build `npm run bench` makes) and the webview
 * probe's into the profile, so both load as a user's installed extensions do. (The web
 * workbench loads only one development path.)
 * @param {{ extensionsDir: string, userDataDir: string }} profile
 */
export async function installLoopPrepAndProbe(profile) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-webview-probe-'));
  try {
    const probeVsix = path.join(folder, 'webview-probe.vsix');
    await run('node', [path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--skip-license', '--out', probeVsix], {
      cwd: path.join(repoRoot, 'test', 'bench', 'webview-probe-extension'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await installVsix(path.join(repoRoot, 'loop-prep.vsix'), profile.extensionsDir, profile.userDataDir);
    await installVsix(probeVsix, profile.extensionsDir, profile.userDataDir);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** A year and more of heavy use: reviews of cards other than the built-in ones. @param {number} count */
export function pastJournal(count) {
  const start = Date.UTC(2024, 0, 1);
  const lines = [];
  for (let index = 0; index < count; index++) {
    const time = start + index * 300_000;
    const memory = { stage: 'review', stability: 12.3456789, difficulty: 5.1234567, reps: 7, lapses: 1, step: 0, lastReview: time, due: time + 12 * 86_400_000, dueDay: 20_466, scheduledDays: 12 };
    lines.push(JSON.stringify({ v: 1, id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, type: 'flashcards.review', time, data: { cardId: `old-${index % 5000}`, grade: 3, previousStage: 'review', memory, durationMs: 4200 } }));
  }
  return lines.join('\n') + '\n';
}

/** @param {number[]} values @param {number} q */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/**
 * Whose webview a frame's address belongs to (the extension id VS Code puts in a webview's
 * outer frame), or undefined for any other frame.
 * @param {string} url
 */
export function webviewOwner(url) {
  return /extensionId=([^&]+)/.exec(url)?.[1];
}

let watches = 0;

/**
 * Resolves with the wall-clock time of the first animation frame at which some frame of the
 * page (the workbench or a webview) matches `selector`, and what that frame's `#root` held
 * when first looked at ('' for a blank page). Start it before the key. Every 16 ms each frame
 * is asked; a document not seen before gets a requestAnimationFrame loop that stamps the
 * first frame showing `selector` (webviews write their documents without a navigation, so
 * watching navigations alone misses them).
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {number} timeoutMs
 * @returns {{ done: Promise<{ at: number, first: string }> }}
 */
export function whenShown(page, selector, timeoutMs) {
  watches += 1;
  const key = `loopPrepBenchWatch${watches}`;
  const deadline = Date.now() + timeoutMs;
  const look = (/** @type {import('playwright-core').Frame} */ frame) =>
    frame.evaluate(({ wanted, name, until }) => {
      const slots = /** @type {Record<string, { at: number, first: string } | null | undefined>} */ (/** @type {unknown} */ (window));
      const page = /** @type {{ loopPrepBenchFirsts?: Record<string, string> }} */ (/** @type {unknown} */ (window));
      const firsts = (page.loopPrepBenchFirsts ??= {});
      // The root's text the first time this watch saw the root (a page's HTML holds it from the start).
      const root = document.getElementById('root');
      if (root && firsts[name] === undefined) firsts[name] = (root.textContent ?? '').trim();
      if (slots[name] === undefined) {
        slots[name] = null;
        const tick = () => {
          if (document.querySelector(wanted)) slots[name] = { at: Date.now(), first: firsts[name] ?? '' };
          else if (Date.now() < until) requestAnimationFrame(tick);
        };
        tick();
      }
      // Also when asked: a frame that is not drawing runs no animation frames.
      if (!slots[name] && document.querySelector(wanted)) slots[name] = { at: Date.now(), first: firsts[name] ?? '' };
      return slots[name] ?? null;
    }, { wanted: selector, name: key, until: deadline }).catch(() => null);
  const done = (async () => {
    while (Date.now() < deadline) {
      const found = (await Promise.all(page.frames().map(look))).find((value) => value !== null);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    // Each frame: whose webview it is (the extension id in a webview's address), then its #root
    // ('-' for none), and whether the frame has a body at all: an empty frame and a page that
    // never started are different faults.
    const roots = await Promise.all(page.frames().map(async (frame) => {
      const url = frame.url();
      const owner = webviewOwner(url) ?? (/\/pre\/(fake\.html|index\.html)/.exec(url)?.[0] ?? url.slice(0, 60));
      // A webview's outer frame (VS Code's pre/index.html) makes its inner frame, the page,
      // only once its service worker controls it: 'no worker' there means the page was never
      // going to be made, whoever's panel it is.
      const inside = await frame.evaluate(() => `${document.getElementById('root')?.outerHTML.slice(0, 150) ?? '-'} (body ${document.body?.innerHTML.length ?? 'none'} chars, ${document.readyState}, ${navigator.serviceWorker?.controller ? 'worker' : 'no worker'}, ${document.querySelectorAll('iframe').length} frames in it)`).catch((error) => `! ${String(error).slice(0, 80)}`);
      return `${owner}: ${inside}`;
    }));
    throw new Error(`nothing showed ${selector} within ${timeoutMs / 1000} s; the frames: ${roots.join(' | ')}`);
  })();
  return { done };
}

/**
 * Presses `key` with the workbench focused and resolves with the milliseconds until `selector` shows.
 * @param {import('playwright-core').Page} page
 * @param {string} press
 * @param {string} selector
 */
async function timeKey(page, press, selector) {
  await page.keyboard.press(keys.close.press);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
  await page.locator('.monaco-workbench').focus();
  await page.waitForTimeout(100);
  const shown = whenShown(page, selector, 30_000);
  const started = Date.now();
  await page.keyboard.press(press);
  const { at, first } = await shown.done;
  return { ms: at - started, first };
}

/**
 * @param {string} label
 * @param {number[]} ours
 * @param {number[]} base
 * @param {number} allowanceMs
 * @param {string} baseLabel
 * @returns {import('./bench.mjs').Row}
 */
function row(label, ours, base, allowanceMs, baseLabel) {
  const median = quantile(ours, 0.5);
  const p95 = quantile(ours, 0.95);
  const baseMedian = quantile(base, 0.5);
  const baseP95 = quantile(base, 0.95);
  return {
    figure: `${label}, median of ${ours.length} (p95 ${p95.toFixed(0)} ms)`,
    value: `${median.toFixed(0)} ms`,
    baseline: `${baseLabel} median ${baseMedian.toFixed(0)} ms, p95 ${baseP95.toFixed(0)} ms`,
    ratio: `+${(median - baseMedian).toFixed(0)} ms (p95 +${(p95 - baseP95).toFixed(0)} ms)`,
    target: `≤ baseline + ${allowanceMs} ms (median and p95)`,
    met: median <= baseMedian + allowanceMs && p95 <= baseP95 + allowanceMs,
  };
}

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const profile = makeProfile('bench-panels');
  addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': path.join(profile.root, 'data'), 'loopPrep.flashcards.newCardsPerDay': 1000, 'workbench.welcomePage.walkthroughs.openOnInstall': false });
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'keybindings.json'), JSON.stringify(Object.values(keys).map(({ key, command }) => ({ key, command })), null, 2));
  fs.mkdirSync(path.join(profile.root, 'data'));
  fs.writeFileSync(path.join(profile.root, 'data', 'journal.jsonl'), pastJournal(pastReviews));
  const workspace = path.join(profile.root, 'workspace');
  fs.mkdirSync(workspace);
  await installLoopPrepAndProbe(profile);
  const workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [] });
  try {
    const { page } = workbench;
    await waitForWorkbench(page);
    // Warm: the journal and decks loaded (the status bar counts them), each panel opened once.
    await page.locator('.statusbar-item', { hasText: /\d+ (new|learning|due)/ }).first().waitFor({ timeout: 120_000 });
    /** @type {Record<'empty' | 'review' | 'stats' | 'pick' | 'deck', number[]>} */
    const samples = { empty: [], review: [], stats: [], pick: [], deck: [] };
    /** What each panel's root held when first seen, per trial; '' is a blank first paint. */
    const firsts = { review: /** @type {string[]} */ ([]), stats: /** @type {string[]} */ ([]) };
    const deckRow = '.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row';
    for (let trial = 0; trial < trials + warmUp; trial++) {
      const measured = trial >= warmUp;
      const empty = await timeKey(page, keys.empty.press, '#root[data-status="empty"]');
      const review = await timeKey(page, keys.review.press, '#root[data-status="card"]');
      const emptyAgain = await timeKey(page, keys.empty.press, '#root[data-status="empty"]');
      const stats = await timeKey(page, keys.stats.press, '#root[data-status="stats"]');
      const pick = await timeKey(page, keys.pick.press, deckRow);
      const deck = await timeKey(page, keys.deck.press, deckRow);
      if (!measured) continue;
      samples.empty.push(empty.ms, emptyAgain.ms);
      samples.review.push(review.ms);
      samples.stats.push(stats.ms);
      samples.pick.push(pick.ms);
      samples.deck.push(deck.ms);
      firsts.review.push(review.first);
      firsts.stats.push(stats.first);
    }
    await page.keyboard.press('Escape');
    const blankReview = firsts.review.filter((text) => text === '').length;
    const blankStats = firsts.stats.filter((text) => text === '').length;
    const deckMedian = quantile(samples.deck, 0.5);
    const deckP95 = quantile(samples.deck, 0.95);
    return [
      row(`Review Due Cards: key to the first card painted (${pastReviews.toLocaleString('en')} past reviews, built-in decks)`, samples.review, samples.empty, 150, 'empty panel with the same CSP (probe extension):'),
      {
        figure: `the Review panel's first paint: what it showed in ${firsts.review.length} openings`,
        value: `${blankReview} blank; first seen: ${[...new Set(firsts.review)].map((text) => JSON.stringify(text.slice(0, 40))).join(', ')}`,
        target: 'never blank (a skeleton or the card)',
        met: blankReview === 0,
      },
      row(`Stats: key to the stats painted (${pastReviews.toLocaleString('en')} past reviews)`, samples.stats, samples.empty, 300, 'empty panel with the same CSP (probe extension):'),
      {
        figure: `the Stats panel's first paint: what it showed in ${firsts.stats.length} openings`,
        value: `${blankStats} blank; first seen: ${[...new Set(firsts.stats)].map((text) => JSON.stringify(text.slice(0, 40))).join(', ')}`,
      },
      {
        figure: `Review Deck…: key to the deck picker's items shown, median of ${samples.deck.length} (p95 ${deckP95.toFixed(0)} ms)`,
        value: `${deckMedian.toFixed(0)} ms`,
        baseline: `a quick pick of 22 fixed items (probe extension): median ${quantile(samples.pick, 0.5).toFixed(0)} ms, p95 ${quantile(samples.pick, 0.95).toFixed(0)} ms`,
        ratio: `+${(deckMedian - quantile(samples.pick, 0.5)).toFixed(0)} ms`,
        target: '≤ 100 ms (median and p95)',
        met: deckMedian <= 100 && deckP95 <= 100,
      },
    ];
  } finally {
    await workbench.close();
    profile.dispose();
  }
}
