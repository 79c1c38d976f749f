// @ts-check
// What the e2e tests do to the workbench, in one place, so selectors change once.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../host/codeServer.mjs';

/** Where screenshots go; printed so a person can look at them. */
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

/** @param {import('playwright-core').Page} page */
export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  // Extensions register their containers shortly after the workbench appears.
  await page.locator('.part.activitybar .action-item a[aria-label^="Loop Prep"]').waitFor({ timeout: 60_000 });
}

/** Clicks the Loop Prep icon in the activity bar and waits for its views. @param {import('playwright-core').Page} page */
export async function openLoopPrep(page) {
  const icon = page.locator('.part.activitybar .action-item a[aria-label^="Loop Prep"]');
  const rounds = page.locator('.part.sidebar .pane-header h3.title', { hasText: /rounds/i });
  // After a reload the workbench may restore the container on its own, a moment after it
  // appears; a click then would close it again. So: click, look, and click again if the
  // container ended up closed.
  for (let attempt = 1; ; attempt++) {
    if (await rounds.isVisible()) return;
    await icon.click();
    try {
      await rounds.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Runs a command by its palette label, as a user would: F1, type, Enter.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
export async function runFromPalette(page, label) {
  const input = page.locator('.quick-input-widget input[type="text"]');
  // A webview panel that has just come forward takes the focus a moment later, which
  // closes a palette opened in between: open it again, as a user would.
  for (let attempt = 1; ; attempt++) {
    await page.locator('.monaco-workbench').focus();
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${label}`, { timeout: 3_000 });
      await pickRow(page, label);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
}

/**
 * Developer: Reload Window, and waits for the new workbench: not the old page, whose
 * webviews linger until the reload takes effect.
 * @param {import('playwright-core').Page} page
 */
export async function reloadWindow(page) {
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), runFromPalette(page, 'Developer: Reload Window')]);
  await waitForWorkbench(page);
}

/**
 * A view's pane in the side bar, by its title.
 * @param {import('playwright-core').Page} page
 * @param {string} title e.g. 'Today'
 */
export function sidebarPane(page, title) {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${title}$`, 'i') }) });
}

/**
 * Picks the quick-pick row labelled exactly `label` (not merely the first fuzzy match).
 * @param {import('playwright-core').Page} page
 * @param {string} label
 * @param {number} [timeoutMs] how long the row may take to appear and be clicked
 */
export async function pickRow(page, label, timeoutMs = 10_000) {
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name').getByText(label, { exact: true }) })
    .first();
  await row.waitFor({ timeout: timeoutMs });
  await row.click({ timeout: timeoutMs });
}

/**
 * Loop Prep: Review Deck…, then the deck, as a user picks it.
 * @param {import('playwright-core').Page} page
 * @param {string} title the deck's title
 * @param {number} [timeoutMs] how long the deck picker may take to appear
 */
export async function reviewDeckFromPalette(page, title, timeoutMs = 15_000) {
  // The deck picker, not the palette it replaces.
  const input = page.locator('.quick-input-widget input[placeholder="Pick a deck to review"]');
  for (let attempt = 1; ; attempt++) {
    await runFromPalette(page, 'Loop Prep: Review Deck…');
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    try {
      await input.fill(title, { timeout: 5_000 });
      break;
    } catch (error) {
      // A quick pick closes when focus leaves it. Once in CI the picker closed just after it
      // opened, right after a colour-theme switch had re-rendered two webview panels (a
      // webview taking focus as it re-renders); a user would simply open it again, so do so.
      if (attempt === 3 || (await input.isVisible())) throw error;
      console.log(`      (the deck picker closed before it could be typed into; opening it again, attempt ${attempt + 1})`);
    }
  }
  await pickRow(page, title);
}

/**
 * Switches the colour theme the way a user does: Preferences: Color Theme, then the theme.
 * @param {import('playwright-core').Page} page
 * @param {string} theme its label, e.g. "Default High Contrast"
 */
export async function pickColorTheme(page, theme) {
  const input = page.locator('.quick-input-widget input[type="text"]');
  // As in runFromPalette: a webview panel revealed just before takes the focus when its
  // page loads and closes the picker (on CI, before the theme was typed, or before its
  // row was clicked); pick again.
  for (let attempt = 1; ; attempt++) {
    try {
      await runFromPalette(page, 'Preferences: Color Theme');
      await input.fill(theme, { timeout: 5_000 });
      await pickRow(page, theme, 5_000);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * The frame of a webview whose document matches `selector`. Webviews are nested iframes
 * (an outer host frame and the active inner frame), so search every frame.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {number} [timeoutMs]
 */
export async function webviewFrame(page, selector, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview frame shows ${selector} after ${timeoutMs / 1000} s`);
}

/**
 * Saves a screenshot of the whole workbench and prints where it went.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function saveScreenshot(page, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  // Away from the activity bar, so no hover tooltip covers the views.
  await page.mouse.move(800, 300);
  await page.locator('.monaco-hover, .workbench-hover').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  await page.screenshot({ path: file });
  console.log(`      screenshot: ${path.relative(process.cwd(), file)}`);
  return file;
}

/**
 * Every event of a journal file as written on disk, in file order (none if there is no file yet).
 * @param {string} file
 * @returns {{ id: string, type: string, time: number, data: Record<string, unknown> }[]}
 */
export function journalEvents(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
