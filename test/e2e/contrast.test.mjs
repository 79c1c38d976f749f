// @ts-check
// Contrast of every Loop Prep webview in the built-in themes a user is most likely to
// have: in one workbench, the Timer (idle; a mock round in its second phase, so the phase
// bar shows done, current and future segments; the round's self-review form), the Review
// panel (a card with both sides) and the Stats panel are measured in each theme as WCAG 2
// defines contrast: each
// visible text against what is painted behind it, at least 4.5:1 (3:1 for large text),
// and each phase-bar segment against the bar's background, the current segment against
// the future ones and the time spent in it against the time left, at least 3:1 (WCAG
// 1.4.11, graphical objects). High-contrast themes also outline the segments.
// measureInFrame runs in the webview's page, where these are defined.
/* global document, getComputedStyle, NodeFilter, SVGElement, HTMLSelectElement */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addSettings, makeProfile, repoRoot } from '../host/codeServer.mjs';
import { openWorkbench } from '../host/workbench.mjs';
import { openLoopPrep, pickColorTheme, reviewDeckFromPalette, runFromPalette, saveScreenshot, screenshotDir, sidebarPane, waitForWorkbench, webviewFrame } from './helpers.mjs';

/** Theme ids as `workbench.colorTheme` takes them, their labels in the theme picker, and a short name for tables and files. */
const themes = [
  { id: 'Default Light+', label: 'Light+', name: 'light-plus' },
  { id: 'Default Light Modern', label: 'Light Modern', name: 'light-modern' },
  { id: 'Default Dark Modern', label: 'Dark Modern', name: 'dark-modern' },
  { id: 'Default High Contrast', label: 'Dark High Contrast', name: 'hc-dark' },
  { id: 'Default High Contrast Light', label: 'Light High Contrast', name: 'hc-light' },
];

/** A deck of two cards (one graded, the other measured with both sides shown), each with every kind of text the Review panel colours: inline code, a code block's tokens, a link, maths. */
const sampleDeck = `---
title: Contrast sample
rounds: [ml-fundamentals]
---

## Softmax temperature {#contrast-1}

What does a **temperature** \`T\` do to a softmax, $p_i = e^{z_i/T} / \\sum_j e^{z_j/T}$?

?

Higher \`T\` flattens the distribution; see [the notes](https://example.com/softmax).

\`\`\`python
def softmax(z, t=1.0):  # a comment
    return "probs", 42, True
\`\`\`

## Top-k sampling {#contrast-2}

Why sample from the top \`k\` logits only?

?

It cuts the long tail of unlikely tokens, whose mass $\\sum_{i > k} p_i$ is **small** but
adds up; see [the notes](https://example.com/top-k).

\`\`\`python
import numpy as np
def top_k(logits, k=50):  # keep the k largest
    idx = np.argsort(logits)[-k:]
    return idx, "kept", 0.5, None
\`\`\`
`;

/**
 * The webviews measured, in three passes over the themes (the Timer is one view, in one
 * state at a time): how to find each one's frame, and elements whose text must be among
 * those measured, so a change of markup cannot leave a kind of text unmeasured.
 */
const passes = {
  idle: [
    { name: 'timer-idle', selector: '#root[data-status="idle"] select#preset', measures: [/^select#preset/, /^input#custom-minutes/, /^label/, /^h2$/, /^button/, /^p/] },
    { name: 'review', selector: '#root[data-status="card"][data-revealed="true"]', measures: [/^code$/, /^span\.hljs-comment$/, /^a$/, /^m[ion]$/, /^span\.hint$/, /^p\.progress$/] },
    { name: 'stats', selector: '#root[data-status="stats"]', measures: [/^text\.tick$/, /^span\.detail$/, /^button\.link$/, /^td$/] },
  ],
  running: [{ name: 'timer', selector: '#root[data-status="running"] svg.phase-bar', measures: [/^p\.phase$/, /^button/, /^p\.question-text$/, /^summary$/] }],
  ended: [{ name: 'timer-ended', selector: '#root[data-status="ended"] form.review', measures: [/^legend$/, /^label$/, /^input#note-[\w-]+\.dimension-note$/, /^textarea#review-note$/, /^p\.phase$/, /^button/] }],
};

/**
 * Runs inside a webview frame: the contrast of every visible text and of the phase bar.
 * Self-contained (Playwright serialises it into the frame).
 * @param {{ backdrop: [number, number, number] }} input the opaque colour the workbench paints behind the webview
 */
function measureInFrame({ backdrop }) {
  /** @typedef {[number, number, number, number]} Rgba */
  const context = /** @type {CanvasRenderingContext2D} */ (document.createElement('canvas').getContext('2d', { willReadFrequently: true }));
  /** Any CSS colour as rgba 0–255 and alpha 0–1, through the canvas (it parses every syntax Chromium computes). @param {string} css @returns {Rgba} */
  const parse = (css) => {
    const match = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:(?:,| \/) ([\d.]+%?))?\)$/.exec(css.trim());
    if (match) {
      const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
      return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
    }
    if (css === 'none' || css === 'transparent' || css === '') return [0, 0, 0, 0];
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r ?? 0, g ?? 0, b ?? 0, (a ?? 0) / 255];
  };
  /** `top` painted over the opaque `bottom`. @param {Rgba} top @param {[number, number, number]} bottom @returns {[number, number, number]} */
  const over = (top, bottom) => [top[0] * top[3] + bottom[0] * (1 - top[3]), top[1] * top[3] + bottom[1] * (1 - top[3]), top[2] * top[3] + bottom[2] * (1 - top[3])];
  /** WCAG relative luminance. @param {number[]} rgb */
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  /** @param {number[]} a @param {number[]} b */
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  };
  /** @param {number[]} rgb */
  const hex = (rgb) => `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

  /**
   * What is painted behind an element: its own and its ancestors' backgrounds, composited
   * from the workbench's colour up. Also the opacity that applies to the element's own
   * paint but not to that background (opacity set between the element and the nearest
   * background).
   * @param {Element} element
   */
  const behind = (element) => {
    /** @type {Rgba[]} */
    const layers = [];
    let ownOpacity = 1;
    for (let node = /** @type {Element | null} */ (element); node; node = node.parentElement) {
      const style = getComputedStyle(node);
      const background = parse(style.backgroundColor);
      if (background[3] > 0) layers.push(background);
      else if (layers.length === 0) ownOpacity *= Number(style.opacity);
    }
    let colour = backdrop;
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return { colour, ownOpacity: ownOpacity * Number(getComputedStyle(element).opacity) };
  };

  /** @param {Element} element */
  const describe = (element) => {
    const id = element.id ? `#${element.id}` : '';
    const className = element.getAttribute('class')?.trim();
    const classes = className ? `.${className.split(/\s+/).join('.')}` : '';
    return `${element.tagName.toLowerCase()}${id}${classes}`;
  };

  /** @type {{ text: string, where: string, ratio: number, needed: number, colour: string, background: string }[]} */
  const texts = [];
  /** @param {Element} element @param {string} text @param {string} cssColour */
  const addText = (element, text, cssColour) => {
    const style = getComputedStyle(element);
    const { colour: background, ownOpacity } = behind(element);
    const [r, g, b, alpha] = parse(cssColour);
    const shown = over([r, g, b, alpha * ownOpacity], background);
    const size = parseFloat(style.fontSize);
    // WCAG's large text: 18 pt (24 px), or 14 pt (18.66 px) bold; 3:1 is enough for it.
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    texts.push({ text: text.trim().slice(0, 40), where: describe(element), ratio: ratio(shown, background), needed: large ? 3 : 4.5, colour: hex(shown), background: hex(background) });
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.textContent?.trim()) continue;
    // Not drawn: tooltips of SVG shapes, KaTeX's TeX source, a select's options (measured on the select).
    if (element.closest('title, annotation, script, style, option, select')) continue;
    // WCAG exempts inactive controls.
    if (element.closest(':disabled')) continue;
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    // Screen-reader-only text is clipped to a pixel.
    if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).clipPath !== 'none') continue;
    const svgText = element instanceof SVGElement;
    addText(element, node.textContent, getComputedStyle(element)[svgText ? 'fill' : 'color']);
  }
  // Text the user typed or picked, and placeholders.
  for (const field of Array.from(/** @type {NodeListOf<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>} */ (document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea, select')))) {
    if (field.disabled || !field.checkVisibility({ checkVisibilityCSS: true })) continue;
    if (field instanceof HTMLSelectElement) addText(field, field.selectedOptions[0]?.textContent ?? '', getComputedStyle(field).color);
    else if (field.value) addText(field, field.value, getComputedStyle(field).color);
    else if (field.placeholder) addText(field, field.placeholder, getComputedStyle(field, '::placeholder').color);
  }

  /** @type {Record<string, { colour: string, against: number, stroke?: string, strokeAgainst?: number }> | undefined} */
  let bar;
  /** @type {number | undefined} */
  let currentVsFuture;
  /** @type {number | undefined} */
  let elapsedVsCurrent;
  const svg = document.querySelector('svg.phase-bar');
  if (svg) {
    const background = behind(svg).colour;
    /** @param {Element | null} shape */
    const paint = (shape) => {
      if (!shape) return undefined;
      const style = getComputedStyle(shape);
      const fill = parse(style.fill);
      const colour = over([fill[0], fill[1], fill[2], fill[3] * Number(style.fillOpacity)], background);
      const stroke = parse(style.stroke);
      const strokeColour = Number.parseFloat(style.strokeWidth) > 0 && stroke[3] > 0 ? over(stroke, background) : undefined;
      return { rgb: colour, shown: { colour: hex(colour), against: ratio(colour, background), ...(strokeColour ? { stroke: hex(strokeColour), strokeAgainst: ratio(strokeColour, background) } : {}) } };
    };
    const done = paint(svg.querySelector('.segment.done'));
    const current = paint(svg.querySelector('.segment.current'));
    const future = paint(svg.querySelector('.segment:not(.done):not(.current)'));
    const elapsed = paint(svg.querySelector('.fill'));
    bar = {};
    for (const [name, part] of Object.entries({ done, current, future, elapsed })) if (part) bar[name] = part.shown;
    bar['background'] = { colour: hex(background), against: 1 };
    if (current && future) currentVsFuture = ratio(current.rgb, future.rgb);
    if (current && elapsed) elapsedVsCurrent = ratio(current.rgb, elapsed.rgb);
  }
  return { texts, bar, currentVsFuture, elapsedVsCurrent, themeId: document.body.dataset['vscodeThemeId'] };
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('theme contrast (e2e)', function () {
  this.timeout(300_000);
  /** @type {ReturnType<typeof makeProfile>} */
  let profile;
  /** @type {import('../host/workbench.mjs').Workbench | undefined} */
  let workbench;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    profile = makeProfile('contrast');
    const dataDirectory = path.join(profile.root, 'data');
    addSettings(profile.userDataDir, { 'loopPrep.dataDirectory': dataDirectory, 'loopPrep.flashcards.newCardsPerDay': 100, 'loopPrep.timer.interviewMode': 'never', 'workbench.colorTheme': themes[0]?.id });
    const workspace = path.join(profile.root, 'workspace');
    fs.mkdirSync(path.join(workspace, '.loopprep', 'flashcards'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.loopprep', 'flashcards', 'contrast.md'), sampleDeck);
    workbench = await openWorkbench({ profile, workspace, extensionDevelopmentPaths: [repoRoot] });
    page = workbench.page;
    await waitForWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
    profile?.dispose();
  });

  /**
   * The opaque colour the workbench paints where a webview's frame sits (webviews are
   * transparent: the side bar or editor shows through).
   * @param {import('playwright-core').Frame} frame
   * @returns {Promise<[number, number, number]>}
   */
  const backdropOf = async (frame) => {
    // The frame Loop Prep's page is in sits inside the webview's outer frame; the outer frame's element is in the workbench.
    const outer = frame.parentFrame();
    const element = await (outer && outer.parentFrame() ? outer : frame).frameElement();
    return element.evaluate((node) => {
      const iframe = /** @type {Element} */ (node);
      const box = iframe.getBoundingClientRect();
      const beneath = document.elementsFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20)).filter((candidate) => !candidate.contains(iframe) && !iframe.contains(candidate));
      for (let node = /** @type {Element | null} */ (beneath[0] ?? null); node; node = node.parentElement) {
        const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(getComputedStyle(node).backgroundColor);
        if (match && (match[4] === undefined || Number(match[4]) === 1)) return /** @type {[number, number, number]} */ ([Number(match[1]), Number(match[2]), Number(match[3])]);
      }
      return /** @type {[number, number, number]} */ ([255, 255, 255]);
    });
  };

  it('every webview\'s text reads at 4.5:1 (3:1 large) and the phase bar\'s segments at 3:1, in Light+, Light Modern, Dark Modern and both high-contrast themes', async () => {
    await openLoopPrep(page);
    // The other Loop Prep views folded, as for a mock round, so the Timer has the side bar.
    for (const title of ['Today', 'Rounds', 'Flashcards', 'Problems']) {
      const header = sidebarPane(page, title).locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    // A card graded (so the Stats panel has a review to chart), then the next card with both sides.
    await reviewDeckFromPalette(page, 'Contrast sample');
    const review = await webviewFrame(page, '#root[data-status="card"]');
    const first = await review.locator('#root').getAttribute('data-card-id');
    await review.locator('#root').press('Space');
    await review.locator('#root[data-revealed="true"] .grades button').first().waitFor();
    await review.locator('#root').press('3');
    await review.locator(`#root[data-status="card"]:not([data-card-id="${first}"])`).waitFor();
    await review.locator('#root').press('Space');
    await review.locator('#root[data-revealed="true"] .grades button').first().waitFor();
    // Stats beside the review, so both panels are shown at once (opened in a new group
    // rather than moved there: a moved webview is loaded again, and once stayed blank).
    await runFromPalette(page, 'View: New Editor Group to the Right');
    await runFromPalette(page, 'Loop Prep: Show Flashcard Stats');
    await webviewFrame(page, '#root[data-status="stats"]');

    /** @type {{ theme: string, view: string, worstText: number, worstTextWhat: string, bar?: Record<string, unknown> }[]} */
    const rows = [];
    /** @type {string[]} */
    const failures = [];
    /** @type {string | undefined} */
    let shownTheme = themes[0]?.id;
    /**
     * Measures `views` in each theme, in order; takes screenshots of each.
     * @param {typeof themes} order @param {typeof passes.idle} views @param {boolean} [whole] also the whole workbench
     */
    const measureThemes = async (order, views, whole = false) => {
      for (const theme of order) {
        // The first theme is set in the profile; the others are picked as a user does (VS Code
        // 1.100 in code-server does not pick up a settings.json written behind its back).
        if (theme.id !== shownTheme) await pickColorTheme(page, theme.label);
        shownTheme = theme.id;
        for (const view of views) {
          const frame = await webviewFrame(page, `body[data-vscode-theme-id="${theme.id}"] ${view.selector}`, 30_000);
          await sleep(300); // the theme's variables and the page's next render
          const result = await frame.evaluate(measureInFrame, { backdrop: await backdropOf(frame) });
          assert.equal(result.themeId, theme.id);
          for (const kind of view.measures) assert.ok(result.texts.some((text) => kind.test(text.where)), `${view.name} in ${theme.id}: no ${kind} text was measured`);
          const worst = result.texts.reduce((low, text) => (text.ratio / text.needed < low.ratio / low.needed ? text : low));
          for (const text of result.texts.filter((text) => text.ratio < text.needed)) {
            failures.push(`${theme.name} ${view.name}: "${text.text}" (${text.where}) ${text.colour} on ${text.background} = ${text.ratio.toFixed(2)}:1, needs ${text.needed}:1`);
          }
          // The bar in a round: every kind of segment; at the round's end, those left.
          const bar = view.name === 'timer' ? result.bar : undefined;
          if (view.name === 'timer') assert.ok(result.bar, 'the phase bar is shown');
          if (result.bar) {
            for (const part of ['done', 'current', 'future', 'elapsed']) {
              const shown = /** @type {{ colour: string, against: number, stroke?: string, strokeAgainst?: number } | undefined} */ (result.bar[part]);
              if (view.name === 'timer') assert.ok(shown, `the bar has a ${part} segment`);
              if (!shown) continue;
              if (shown.against < 3) failures.push(`${theme.name} ${view.name} phase bar: ${part} ${shown.colour} on ${result.bar['background']?.colour} = ${shown.against.toFixed(2)}:1, needs 3:1`);
              // High-contrast themes outline every shape in the contrast border colour.
              if (theme.id.includes('High Contrast') && part !== 'elapsed' && !((shown.strokeAgainst ?? 0) >= 3)) failures.push(`${theme.name} ${view.name} phase bar: ${part} has no contrasting border (${shown.stroke ?? 'none'})`);
            }
          }
          if (bar) {
            if ((result.currentVsFuture ?? 0) < 3) failures.push(`${theme.name} ${view.name} phase bar: current ${bar['current']?.colour} vs future ${bar['future']?.colour} = ${(result.currentVsFuture ?? 0).toFixed(2)}:1, needs 3:1`);
            // How much of the current phase is gone: the time spent drawn over the time left.
            if ((result.elapsedVsCurrent ?? 0) < 3) failures.push(`${theme.name} ${view.name} phase bar: elapsed ${bar['elapsed']?.colour} vs current ${bar['current']?.colour} = ${(result.elapsedVsCurrent ?? 0).toFixed(2)}:1, needs 3:1`);
          }
          rows.push({
            theme: theme.name,
            view: view.name,
            worstText: Number(worst.ratio.toFixed(2)),
            worstTextWhat: `${worst.where} "${worst.text.slice(0, 20)}" ${worst.colour}/${worst.background}${worst.needed === 3 ? ' (large)' : ''}`,
            ...(bar
              ? {
                  bar: {
                    done: Number(bar['done']?.against.toFixed(2)),
                    current: Number(bar['current']?.against.toFixed(2)),
                    future: Number(bar['future']?.against.toFixed(2)),
                    elapsed: Number(bar['elapsed']?.against.toFixed(2)),
                    currentVsFuture: Number(result.currentVsFuture?.toFixed(2)),
                    elapsedVsCurrent: Number(result.elapsedVsCurrent?.toFixed(2)),
                  },
                }
              : {}),
          });
          const element = await (frame.parentFrame() ?? frame).frameElement();
          await element.screenshot({ path: path.join(screenshotDir, `contrast-${theme.name}-${view.name}.png`) });
        }
        if (whole) await saveScreenshot(page, `contrast-${theme.name}`);
      }
    };

    await measureThemes(themes, passes.idle);
    // A phased round, moved on once: one phase done, one current, the rest to come.
    const timer = await webviewFrame(page, '#root[data-status="idle"] select#preset');
    const value = await timer.locator('select#preset option', { hasText: 'Recruiter / HR screen' }).first().getAttribute('value');
    await timer.locator('select#preset').selectOption(value ?? '');
    await timer.getByRole('button', { name: 'Start Mock Round' }).click();
    await timer.locator('#root[data-status="running"] svg.phase-bar').waitFor({ timeout: 10_000 });
    await timer.getByRole('button', { name: 'Next Phase' }).click();
    await timer.locator('svg.phase-bar .segment.done ~ .segment.current').first().waitFor({ timeout: 10_000 });
    // Back through the themes (the last one needs no switch), with everything on screen.
    await measureThemes([...themes].reverse(), passes.running, true);
    // The round's end: the self-review form.
    for (let step = 0; step < 20 && !(await timer.getByRole('button', { name: 'Finish' }).isVisible()); step++) {
      await timer.getByRole('button', { name: 'Next Phase' }).click();
      await sleep(300);
    }
    await timer.getByRole('button', { name: 'Finish' }).click();
    await timer.locator('#root[data-status="ended"] form.review').waitFor({ timeout: 10_000 });
    await measureThemes(themes, passes.ended);

    console.log('      worst text contrast per webview and theme (needed: 4.5, large text 3), and the phase bar against its background:');
    for (const row of rows.sort((a, b) => themes.findIndex((theme) => theme.name === a.theme) - themes.findIndex((theme) => theme.name === b.theme))) {
      const bar = row.bar ? `  bar: ${Object.entries(row.bar).map(([key, value]) => `${key} ${value}`).join(', ')}` : '';
      console.log(`      ${row.theme.padEnd(13)} ${row.view.padEnd(12)} text ${String(row.worstText).padEnd(5)} ${row.worstTextWhat}${bar}`);
    }
    assert.deepEqual(failures, []);
  });
});
