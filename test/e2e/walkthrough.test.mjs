// @ts-check
/* global Image, document -- the WebP encoding runs in the browser page */
// The Get Started walkthrough (issue 21), in one code-server window as a new user meets it:
// Loop Prep: Get Started opens it on the Welcome page, each step's action is done from the
// step's own button, and the step is ticked only then. Each step's picture is taken here,
// from the real product in a light and a dark theme, into media/walkthrough/ (the
// walkthrough and the README show them, so they stay current).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { journalEvents, openLoopPrep, pickColorTheme, pickRow, runFromPalette, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

const mediaDir = path.join(repoRoot, 'media', 'walkthrough');
const title = 'Get ready for your ML interview loop';

describe('the Get Started walkthrough (e2e)', function () {
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

  before(async () => {
    profile = makeProfile('walkthrough');
    const data = path.join(profile.root, 'data');
    journal = path.join(data, 'journal.jsonl');
    // Interview mode would ask before the mock round starts; the walkthrough's step is the round.
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': data, 'loopPrep.timer.interviewMode': 'never', 'testing.automaticallyOpenPeekView': 'never' });
    workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    fs.mkdirSync(mediaDir, { recursive: true });
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  /** The walkthrough's page on the Welcome editor. */
  const walkthrough = () => page.locator('.gettingStartedContainer');
  /** A step's checkbox (VS Code's walkthrough marks it aria-checked when the step completes). @param {string} step */
  const checkbox = (step) => page.locator(`[data-done-step-id="${step}"], [data-done-step-id$="#${step}"]`).first();
  /** @param {string} step */
  const isTicked = async (step) => (await checkbox(step).getAttribute('aria-checked')) === 'true';

  /**
   * Opens the walkthrough with Loop Prep: Get Started (also when the Welcome page went back
   * to its list of walkthroughs, as it does when the colour theme changes), then the step,
   * whose buttons then show.
   * @param {string} step
   */
  async function openStep(step) {
    await runFromPalette(page, 'Loop Prep: Get Started');
    await walkthrough().locator('h2', { hasText: title }).waitFor({ timeout: 20_000 });
    const button = page.locator(`button.getting-started-step[data-step-id$="#${step}"]:not([disabled])`).first();
    await button.click({ timeout: 20_000 });
    await walkthrough().locator(`.getting-started-step.expanded[data-step-id$="#${step}"]`).waitFor({ timeout: 10_000 });
  }

  /** Clicks a button of the open step's description. @param {string} name */
  async function clickStepButton(name) {
    await walkthrough().locator('.getting-started-step.expanded').getByRole('button', { name }).click();
  }

  /**
   * Clicks a step's button that opens a picker, and waits for the picker: once more if
   * the first click landed while the step was still unfolding, or a webview that came
   * forward took the focus and closed the picker (see runFromPalette).
   * @param {string} name
   */
  async function openPickerFromStep(name) {
    const input = page.locator('.quick-input-widget input[type="text"]');
    for (let attempt = 1; ; attempt++) {
      await clickStepButton(name);
      try {
        await input.waitFor({ timeout: 15_000 });
        return input;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
  }

  /**
   * Writes a screenshot as WebP, lossless where that is smaller than near-lossless: a
   * quarter to a half of the PNG, which keeps the .vsix within its budget. Encoded by the
   * browser's own canvas, so no image tool is needed.
   * @param {Buffer} png
   * @param {string} file
   */
  async function writeWebp(png, file) {
    const browser = page.context().browser();
    assert.ok(browser);
    // A page of its own, outside the workbench's.
    const scratch = await browser.newPage();
    try {
      const base64 = await scratch.evaluate(async (source) => {
        const image = new Image();
        image.src = source;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        canvas.getContext('2d')?.drawImage(image, 0, 0);
        // Chromium encodes quality 1 losslessly.
        const [lossless, lossy] = [canvas.toDataURL('image/webp', 1), canvas.toDataURL('image/webp', 0.9)];
        const best = lossless.length <= lossy.length ? lossless : lossy;
        return best.slice(best.indexOf(',') + 1);
      }, `data:image/png;base64,${png.toString('base64')}`);
      fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    } finally {
      await scratch.close();
    }
  }

  /**
   * The step's picture of the product, in Dark Modern and Light Modern,
   * clipped to what the step is about (and to `maxHeight` pixels from its top).
   * @param {string} name e.g. 'pick-loop' → media/walkthrough/pick-loop-dark.webp and -light.webp
   * @param {() => import('playwright-core').Locator} area
   * @param {number} [maxHeight]
   */
  async function takePictures(name, area, maxHeight = 900) {
    await runFromPalette(page, 'Notifications: Clear All Notifications');
    await page.mouse.move(700, 895);
    for (const [theme, suffix] of /** @type {const} */ ([['Dark Modern', 'dark'], ['Light Modern', 'light']])) {
      await pickColorTheme(page, theme);
      await page.waitForTimeout(800);
      const box = await area().boundingBox();
      assert.ok(box, `${name}: nothing to take a picture of`);
      const png = await page.screenshot({ clip: { ...box, height: Math.min(box.height, maxHeight) } });
      const file = path.join(mediaDir, `${name}-${suffix}.webp`);
      await writeWebp(png, file);
      console.log(`      picture: ${path.relative(repoRoot, file)} (${fs.statSync(file).size} bytes; PNG ${png.length})`);
    }
  }

  it('Loop Prep: Get Started opens it on the Welcome page, with every step and none ticked', async () => {
    await openStep('pickLoop');
    const steps = await walkthrough().locator('button.getting-started-step').count();
    // Six steps: the problem step's Restricted Mode twin is hidden in a trusted window.
    assert.equal(steps, 6);
    assert.equal(await walkthrough().locator('button.getting-started-step', { hasText: 'Restricted Mode' }).count(), 0);
    for (const step of ['pickLoop', 'setPlan', 'reviewCards', 'runProblem', 'startMock', 'syncHistory']) assert.equal(await isTicked(step), false, `${step} is ticked before it was done`);
  });

  it('picking a loop ticks "Pick your interview loop"; dismissing the picker does not', async () => {
    await openStep('pickLoop');
    await openPickerFromStep('Pick Interview Loop');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1_000);
    assert.equal(await isTicked('pickLoop'), false, 'ticked though no loop was picked');
    await openPickerFromStep('Pick Interview Loop');
    await pickRow(page, 'TikTok MLE loop');
    await page.locator('[data-done-step-id$="#pickLoop"][aria-checked="true"]').waitFor({ timeout: 15_000 });
    await openLoopPrep(page);
    await sidebarPane(page, 'Rounds').locator('.monaco-list-row', { hasText: /coding/i }).first().waitFor({ timeout: 20_000 });
    await takePictures('pick-loop', () => sidebarPane(page, 'Rounds'));
  });

  it('an interview date and the daily minutes, both set, tick "Set the interview date and your daily time"', async () => {
    await openStep('setPlan');
    const input = await openPickerFromStep('Set Interview Date');
    await input.fill('+28d');
    await page.keyboard.press('Enter');
    await page.locator('.notification-toast', { hasText: 'interview on' }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1_000);
    assert.equal(await isTicked('setPlan'), false, 'ticked with the daily minutes not yet set');
    await openStep('setPlan');
    await clickStepButton('Set Daily Minutes');
    const minutes = page.locator('.settings-editor .setting-item-contents', { hasText: 'Daily Minutes' }).locator('input').first();
    await minutes.waitFor({ timeout: 20_000 });
    await minutes.fill('45');
    await minutes.press('Tab');
    await openStep('setPlan');
    await page.locator('[data-done-step-id$="#setPlan"][aria-checked="true"]').waitFor({ timeout: 15_000 });
    await openLoopPrep(page);
    await sidebarPane(page, 'Today').locator('.monaco-list-row').first().waitFor({ timeout: 20_000 });
    await takePictures('set-plan', () => sidebarPane(page, 'Today'));
  });

  it('grading a card ticks "Review your first cards"; showing its answer does not', async () => {
    await openStep('reviewCards');
    await clickStepButton('Review Due Cards');
    const frame = await webviewFrame(page, '#root[data-status="card"]', 30_000);
    await frame.locator('#root').press('Space');
    await frame.locator('#root[data-revealed="true"] .grades button').first().waitFor();
    await takePictures('review-cards', () => page.locator('.part.editor'), 400);
    await openStep('reviewCards');
    assert.equal(await isTicked('reviewCards'), false, 'ticked before a grade');
    await page.locator('.tab', { hasText: 'Review' }).first().click();
    // Still on its answer side (Space there would grade Good): grade it with 3.
    const again = await webviewFrame(page, '#root[data-status="card"]');
    await again.locator('#root[data-revealed="true"] .grades button').first().waitFor();
    await again.locator('#root').press('3');
    await openStep('reviewCards');
    await page.locator('[data-done-step-id$="#reviewCards"][aria-checked="true"]').waitFor({ timeout: 15_000 });
    assert.equal(journalEvents(journal).filter((event) => event.type === 'flashcards.review').length, 1);
  });

  it('running a scaffolded problem\'s tests ticks "Scaffold and run your first problem"; scaffolding alone does not', async () => {
    await openStep('runProblem');
    // Both pickers, the problem and then its language. A webview or view that comes forward
    // takes the focus a moment later and closes a picker opened in between (see
    // runFromPalette): start again, as a user would.
    for (let attempt = 1; ; attempt++) {
      try {
        const input = await openPickerFromStep('Scaffold Practice Problem');
        await input.fill('Jump Game', { timeout: 5_000 });
        await pickRow(page, 'Jump Game', 20_000);
        // The language, typed and taken (a click on its row can land as the list re-renders).
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'TypeScript' }).first().waitFor({ timeout: 15_000 });
        await input.fill('Python', { timeout: 5_000 });
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'TypeScript' }).waitFor({ state: 'detached', timeout: 5_000 });
        await page.keyboard.press('Enter');
        await page.locator('.tab', { hasText: 'solution.py' }).first().waitFor({ timeout: 20_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
        await openStep('runProblem');
      }
    }
    await page.locator('.tab', { hasText: 'solution.py' }).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1_000);
    await openStep('runProblem');
    assert.equal(await isTicked('runProblem'), false, 'ticked by scaffolding alone');
    // The learner's solution (the reference one), then the step's Run Problem Tests.
    fs.copyFileSync(path.join(repoRoot, 'problems', 'jump-game', 'python', 'reference.py'), path.join(workspace, 'practice', 'jump-game', 'solution.py'));
    await page.locator('.tab', { hasText: 'solution.py' }).first().click();
    await runFromPalette(page, 'Loop Prep: Run Problem Tests');
    await page.locator('.statusbar-item', { hasText: /Jump Game · (\d+)\/\1 passed/ }).first().waitFor({ timeout: 90_000 });
    await page.keyboard.press('Escape');
    // The problem's tests, passed, in the Testing view.
    await runFromPalette(page, 'Testing: Focus on Test Explorer View');
    await page.locator('.part.sidebar .monaco-list-row', { hasText: /jump/i }).first().waitFor({ timeout: 20_000 });
    await takePictures('run-problem', () => page.locator('.part.sidebar'), 420);
    await openStep('runProblem');
    await page.locator('[data-done-step-id$="#runProblem"][aria-checked="true"]').waitFor({ timeout: 15_000 });
  });

  it('starting a mock round ticks "Start a mock round"', async () => {
    await openStep('startMock');
    // Start Mock Round asks for the round of the picked loop: the recruiter screen.
    const input = await openPickerFromStep('Start Mock Round');
    await input.fill('Recruiter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Recruiter/ }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    // A kind of mock (or a case) may be asked next: the first offered, until the journal
    // records the start. (Once in CI no running Timer showed within 20 s after fixed 1 s
    // pauses between questions; whether the round never started or the view stayed blank
    // was not kept. The journal now tells the two apart.)
    const started = () => journalEvents(journal).some((event) => event.type === 'timer.start');
    for (const deadline = Date.now() + 30_000; !started(); ) {
      if (Date.now() > deadline) throw new Error('no timer.start in the journal 30 s after picking the round');
      if (await input.isVisible()) await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
    }
    // The Timer view comes forward on its own. A webview in code-server now and then stays
    // blank (not even its placeholder drawn); showing the view again redraws it, logged.
    const running = '#root[data-status="running"]';
    const timer = await webviewFrame(page, running, 15_000).catch(async () => {
      console.log('      the Timer view showed no running round after 15 s: focused it again');
      await runFromPalette(page, 'Loop Prep: Focus on Timer View');
      return webviewFrame(page, running, 15_000);
    });
    assert.ok(timer);
    await openStep('startMock');
    await page.locator('[data-done-step-id$="#startMock"][aria-checked="true"]').waitFor({ timeout: 15_000 });
    await openLoopPrep(page);
    await takePictures('start-mock', () => sidebarPane(page, 'Timer'));
  });

  it('revealing the data directory ticks the history step, and then every step is ticked', async () => {
    await openStep('syncHistory');
    // The step's Markdown explains the git set-up.
    await webviewFrame(page, 'code:text("merge=union")', 20_000);
    await clickStepButton('Reveal Data Directory');
    await page.locator('[data-done-step-id$="#syncHistory"][aria-checked="true"]').waitFor({ timeout: 15_000 });
    for (const step of ['pickLoop', 'setPlan', 'reviewCards', 'runProblem', 'startMock', 'syncHistory']) assert.equal(await isTicked(step), true, `${step} is not ticked`);
  });
});

describe('the Get Started walkthrough in Restricted Mode (e2e)', function () {
  this.timeout(180_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  it('the problem step says its tests need a trusted folder, and offers to manage trust', async () => {
    profile = makeProfile('walkthrough-restricted', { trustWorkspaces: true });
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    const { page } = workbench;
    await waitForWorkbench(page);
    // VS Code asks whether to trust the folder: the user says no.
    await page.getByRole('button', { name: /No, I don.t trust the authors/ }).click({ timeout: 30_000 });
    await runFromPalette(page, 'Loop Prep: Get Started');
    const container = page.locator('.gettingStartedContainer');
    await container.locator('h2', { hasText: title }).waitFor({ timeout: 20_000 });
    assert.equal(await container.locator('button.getting-started-step[data-step-id$="#runProblem"]').count(), 0, 'the trusted problem step is shown in Restricted Mode');
    const step = container.locator('button.getting-started-step[data-step-id$="#runProblemRestricted"]');
    await step.click();
    const expanded = container.locator('.getting-started-step.expanded[data-step-id$="#runProblemRestricted"]');
    await expanded.waitFor({ timeout: 10_000 });
    assert.match(await expanded.innerText(), /Restricted Mode: Loop Prep starts no process here, so a problem's tests do not run until you trust the folder/);
    await expanded.getByRole('button', { name: 'Manage Workspace Trust' }).waitFor();
    // The steps that start no process are there as in a trusted window.
    assert.equal(await container.locator('button.getting-started-step').count(), 6);
  });
});
