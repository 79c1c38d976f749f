// @ts-check
/* global document -- used inside frame.evaluate(), which runs in the webview */
// KaTeX left the review page's script for a bundle of its own, which the page loads when a
// card has math (issue 18: review.js at most 200 KB). In the real webview, under its CSP:
// a card with math shows MathML, never its TeX source, and never a blank panel meanwhile;
// the next card with math shows at once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { reviewDeckFromPalette, waitForWorkbench, webviewFrame } from './helpers.mjs';

const deck = `---
title: Math deck
rounds: [ml-fundamentals]
---

## Scaled attention {#math-1}

Why is attention scaled by $\\frac{1}{\\sqrt{d_k}}$?

?

$$
\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V
$$

## Cross-entropy {#math-2}

What is $-\\sum_i y_i \\log p_i$ for a one-hot $y$?

?

$-\\log p_{\\text{true}}$
`;

describe('card math in the real Review webview (e2e)', function () {
  this.timeout(240_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;

  before(async () => {
    profile = makeProfile('review-math');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': path.join(profile.root, 'data'), 'loopPrep.flashcards.newCardsPerDay': 1000 });
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(path.join(workspace, '.loopprep', 'flashcards'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.loopprep', 'flashcards', 'math.md'), deck);
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    await waitForWorkbench(workbench.page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  it('renders a card’s TeX as MathML from the math bundle, loaded under the page’s CSP', async () => {
    const page = /** @type {import('../host/workbench.mjs').Workbench} */ (workbench).page;
    await reviewDeckFromPalette(page, 'Math deck', 60_000);
    const frame = await webviewFrame(page, '#root[data-status="card"]', 60_000);
    const root = frame.locator('#root');
    assert.ok(await root.locator('.front math').count() > 0, 'the question’s formula is MathML');
    assert.equal(await root.locator('.math-source').count(), 0, 'no formula is left as its TeX');
    assert.doesNotMatch(await root.locator('.front').innerText(), /\\frac|\$/, 'no TeX source shows');
    // Our two bundles (VS Code adds an inline script of its own, with no src).
    const scripts = await frame.evaluate(() => Array.from(document.scripts, (script) => script.src.split('/').pop()).filter(Boolean));
    assert.deepEqual(scripts.sort(), ['review-math.js', 'review.js']);

    // The answer's display math, and the next card's, render as the first did.
    await root.press('Space');
    await frame.locator('#root[data-revealed="true"]').waitFor();
    assert.ok(await root.locator('.back .math-block math[display="block"]').count() > 0, 'the answer’s display formula is MathML');
    await root.press('3');
    await frame.locator('#root[data-status="card"][data-revealed="false"] .front math').first().waitFor({ timeout: 10_000 });
    assert.equal(await root.locator('.math-source').count(), 0);
  });
});
