// @ts-check
/* global document, window, performance, MutationObserver, requestAnimationFrame -- used inside frame.evaluate(), which runs in the webview */
// Keypress to next card, in the real Review webview in code-server and Chromium: the time
// from the keydown in the webview to the first frame painted after the panel changed.
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { reviewDeckFromPalette, waitForWorkbench, webviewFrame } from '../e2e/helpers.mjs';

export const title = 'Review panel: keypress to next card in the real webview (code-server + Chromium)';

const cardCount = 80;
const budgetMs = 50;

/** Cards like the built-in ones: a formula on the front, prose and code on the back. */
function benchDeck() {
  const cards = [];
  for (let index = 1; index <= cardCount; index++) {
    cards.push(
      `## Card ${index} {#bench-${index}}\n\nWhy is attention scaled by $\\frac{1}{\\sqrt{d_k}}$ in case ${index}?\n\n?\n\n` +
        `The dot products grow with $d_k$; scaling keeps the softmax out of saturation.\n\n` +
        '```python\nscores = q @ k.T / math.sqrt(d_k)\n```\n',
    );
  }
  return `---\ntitle: Bench deck\nrounds: [ml-fundamentals]\n---\n\n${cards.join('\n')}`;
}

/** A year and more of heavy use (50,000 reviews of other cards), so each grade's cost includes a full journal. */
function pastJournal() {
  const start = Date.UTC(2025, 0, 1);
  const lines = [];
  for (let index = 0; index < 50_000; index++) {
    const time = start + index * 600_000;
    const memory = { stage: 'review', stability: 12.3456789, difficulty: 5.1234567, reps: 7, lapses: 1, step: 0, lastReview: time, due: time + 12 * 86_400_000, dueDay: 20_466, scheduledDays: 12 };
    lines.push(JSON.stringify({ v: 1, id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, type: 'flashcards.review', time, data: { cardId: `old-${index % 5000}`, grade: 3, previousStage: 'review', memory, durationMs: 4200 } }));
  }
  return lines.join('\n') + '\n';
}

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const profile = makeProfile('bench-review');
  addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': path.join(profile.root, 'data'), 'loopPrep.flashcards.newCardsPerDay': 1000 });
  fs.mkdirSync(path.join(profile.root, 'data'));
  fs.writeFileSync(path.join(profile.root, 'data', 'journal.jsonl'), pastJournal());
  const workspace = path.join(profile.root, 'workspace');
  fs.mkdirSync(path.join(workspace, '.loopprep', 'flashcards'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.loopprep', 'flashcards', 'bench.md'), benchDeck());
  const workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
  try {
    const { page } = workbench;
    await waitForWorkbench(page);
    await reviewDeckFromPalette(page, 'Bench deck', 30_000);
    const frame = await webviewFrame(page, '#root[data-status="card"]', 60_000);
    // Timestamps taken inside the webview: the keydown, and the first frame after the
    // panel's root changed (a rAF, then a task, runs after that frame is painted).
    await frame.evaluate(() => {
      const root = /** @type {HTMLElement} */ (document.getElementById('root'));
      /** @type {{ key: string, ms: number }[]} */
      const samples = [];
      let start = 0;
      let key = '';
      window.addEventListener('keydown', (event) => { start = performance.now(); key = event.key; }, true);
      new MutationObserver(() => {
        if (!start) return;
        const began = start;
        const pressed = key;
        start = 0;
        requestAnimationFrame(() => setTimeout(() => { samples.push({ key: pressed, ms: performance.now() - began }); }, 0));
      }).observe(root, { attributes: true, attributeFilter: ['data-card-id', 'data-revealed'] });
      Object.assign(window, { loopPrepBenchSamples: samples });
    });
    const warmUp = 5;
    for (let index = 0; index < cardCount - 1; index++) {
      const id = await frame.locator('#root').getAttribute('data-card-id');
      await frame.locator('#root').press('Space');
      await frame.locator('#root[data-revealed="true"]').waitFor();
      await frame.locator('#root').press('3');
      await frame.locator(`#root[data-status="card"]:not([data-card-id="${id}"])`).waitFor().catch(async (/** @type {unknown} */ error) => {
        // Say what the panel showed instead (a session that ended, the same card again…).
        const root = frame.locator('#root');
        const shown = `status ${await root.getAttribute('data-status')}, card ${await root.getAttribute('data-card-id')}, revealed ${await root.getAttribute('data-revealed')}: ${(await root.innerText()).replace(/\s+/g, ' ').slice(0, 300)}`;
        throw new Error(`after grade ${index + 1} (of card ${id}) the panel showed ${shown}`, { cause: error });
      });
    }
    await page.waitForTimeout(200);
    /** @type {{ key: string, ms: number }[]} */
    const samples = await frame.evaluate(() => /** @type {any} */ (window).loopPrepBenchSamples);
    const reveal = samples.filter((sample) => sample.key === ' ').slice(warmUp).map((sample) => sample.ms);
    const grade = samples.filter((sample) => sample.key === '3').slice(warmUp).map((sample) => sample.ms);
    if (grade.length < 50) throw new Error(`only ${grade.length} grade samples were recorded`);
    const gradeP95 = quantile(grade, 0.95);
    const revealP95 = quantile(reveal, 0.95);
    return [
      {
        figure: `grade key (3) to the next card painted, p95 of ${grade.length} (median ${quantile(grade, 0.5).toFixed(1)} ms; the page paints the card it already holds, the journal append follows; 50,000 past reviews in the journal)`,
        value: `${gradeP95.toFixed(1)} ms`,
        baseline: `Space to the answer painted, p95 ${revealP95.toFixed(1)} ms (the same round trip to the host, no write)`,
        ratio: `${(gradeP95 / revealP95).toFixed(2)}×`,
        target: `≤ ${budgetMs} ms`,
        met: gradeP95 <= budgetMs,
      },
    ];
  } finally {
    await workbench.close();
    profile.dispose();
  }
}
