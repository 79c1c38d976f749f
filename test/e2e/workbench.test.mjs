// @ts-check
// Drives the real VS Code workbench (code-server) in headless Chromium, as a user would.
import assert from 'node:assert/strict';
import path from 'node:path';
import { makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { openLoopPrep, pickColorTheme, runFromPalette, saveScreenshot, waitForWorkbench, webviewFrame } from './helpers.mjs';

const sampleWorkspace = path.join(repoRoot, 'test', 'fixtures', 'sample-workspace');

describe('the Loop Prep workbench (e2e)', function () {
  this.timeout(120_000);
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;

  before(async () => {
    profile = makeProfile('e2e');
    workbench = await openWorkbench({ profile, workspace: sampleWorkspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  it('opens the Loop Prep container and shows its five views', async () => {
    await openLoopPrep(page);
    const titles = await page.locator('.pane-header h3.title').allInnerTexts();
    for (const view of ['TODAY', 'ROUNDS', 'FLASHCARDS', 'PROBLEMS', 'TIMER']) {
      assert.ok(titles.map((title) => title.toUpperCase()).includes(view), `view ${view} missing; saw ${titles.join(', ')}`);
    }
    // The Rounds view lists the default loop's rounds, the Problems view the catalog.
    await page.locator('.part.sidebar .monaco-list-row[aria-label^="Recruiter / HR screen:"]').waitFor({ timeout: 15_000 });
    const problems = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header h3.title', { hasText: /^Problems$/i }) });
    await problems.locator('.monaco-list-row[aria-label^="AdamW Optimiser Step,"]').waitFor({ timeout: 15_000 });
  });

  it('renders the Timer webview from the host’s state, under its CSP', async () => {
    // The text is drawn by the view's script only after the host answered its `ready`:
    // seeing it proves the nonce'd script ran and the message round trip works.
    const frame = await webviewFrame(page, '#root[data-status="idle"]');
    const heading = await frame.locator('#root h2').first().innerText();
    assert.equal(heading, 'Mock round');
  });

  it('runs a Loop Prep command from the command palette', async () => {
    await runFromPalette(page, 'Loop Prep: Show Log');
    // The Output panel switches to the Loop Prep channel, which holds the activation line.
    // (Monaco renders spaces as no-break spaces, which \s matches.)
    const activated = page.locator('.part.panel .view-lines', { hasText: /Loop\sPrep\s\d+\.\d+\.\d+\sactivated/ });
    await activated.waitFor({ timeout: 15_000 });
    await saveScreenshot(page, 'workbench');
  });

  it('follows the colour theme in its webview: light, dark and both high-contrast themes', async () => {
    const frame = await webviewFrame(page, '#root h2');
    /** @type {Record<string, string>} */
    const colours = {};
    for (const [theme, expected] of /** @type {const} */ ([
      // Each theme's editor foreground, which the webview's text must take.
      ['Light Modern', 'rgb(59, 59, 59)'],
      ['Dark Modern', 'rgb(204, 204, 204)'],
      ['Dark High Contrast', 'rgb(255, 255, 255)'],
      ['Light High Contrast', 'rgb(41, 41, 41)'],
    ])) {
      await pickColorTheme(page, theme);
      const heading = frame.locator('#root h2').first();
      const deadline = Date.now() + 15_000;
      let colour = '';
      while (Date.now() < deadline) {
        colour = await heading.evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).color ?? '');
        if (colour === expected) break;
        await page.waitForTimeout(200);
      }
      colours[theme] = colour;
      await saveScreenshot(page, `workbench-${theme.toLowerCase().replaceAll(' ', '-')}`);
    }
    assert.deepEqual(colours, {
      'Light Modern': 'rgb(59, 59, 59)',
      'Dark Modern': 'rgb(204, 204, 204)',
      'Dark High Contrast': 'rgb(255, 255, 255)',
      'Light High Contrast': 'rgb(41, 41, 41)',
    });
  });
});
