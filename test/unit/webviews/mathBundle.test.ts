import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import katex from 'katex';
import { parseDeck } from '../../../src/core/decks/deckFormat';
import type { Card } from '../../../src/core/decks/types';
import { knownRoundIds } from '../../../src/core/rounds/roundIds';
import { mathGlobal, type TexRenderer } from '../../../src/webviews/review/texRenderer';
import { createCardRenderer } from '../../../src/webviews/review/render';
import { repositoryRoot } from '../repository';

// KaTeX left the review page's bundle for a bundle of its own (dist/webviews/review-math.js),
// which the page loads when a card has math. Every built-in card must render the same as
// before: the renderer with KaTeX as review.js carried it (the katex package, today's
// options) against the renderer with the TeX renderer the shipped math bundle hands over.

const deckFolder = path.join(repositoryRoot(), 'flashcards');
const cards: Card[] = fs
  .readdirSync(deckFolder)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .flatMap((name) => parseDeck(fs.readFileSync(path.join(deckFolder, name), 'utf8'), { file: path.join(deckFolder, name), knownRounds: knownRoundIds }).cards);

/** TeX as review.js rendered it before the split. */
const before: TexRenderer = (tex, displayMode) =>
  katex.renderToString(tex, { displayMode, throwOnError: false, trust: false, strict: 'ignore', output: 'mathml', maxExpand: 500, maxSize: 20 });

/** The renderer dist/webviews/review-math.js sets, run as the webview runs it: a classic script in a fresh global. */
function shippedMath(): TexRenderer {
  const bundle = path.join(repositoryRoot(), 'dist', 'webviews', 'review-math.js');
  const context: Record<string, unknown> = {};
  vm.runInNewContext(fs.readFileSync(bundle, 'utf8'), context, { filename: bundle });
  const renderer = context[mathGlobal];
  assert.equal(typeof renderer, 'function', `${bundle} sets ${mathGlobal}`);
  return renderer as TexRenderer;
}

describe('the review page with KaTeX in its own bundle', function () {
  // Two renders of every side of about a thousand cards: a second alone, more on a busy machine.
  this.timeout(30_000);

  it('renders every built-in card the same as with KaTeX inside the page bundle', () => {
    assert.ok(cards.length > 500, `the built-in decks load (${cards.length} cards)`);
    const math = shippedMath();
    const renderBefore = createCardRenderer(() => before);
    const renderAfter = createCardRenderer(() => math);
    let withMath = 0;
    const different: string[] = [];
    for (const card of cards) {
      for (const [side, markdown] of [['front', card.front], ['back', card.back]] as const) {
        const expected = renderBefore(markdown);
        if (expected.includes('<math')) withMath += 1;
        if (renderAfter(markdown) !== expected) different.push(`${card.id} (${side})`);
      }
    }
    assert.deepEqual(different, []);
    assert.ok(withMath > 100, `the comparison covers cards with math (${withMath} sides)`);
  });

  it('shows a formula as its TeX, never as a blank, while the math bundle is not loaded', () => {
    const render = createCardRenderer(() => undefined);
    assert.equal(render('Scale by $\\sqrt{d_k}$.'), '<p>Scale by <code class="math-source">$\\sqrt{d_k}$</code>.</p>\n');
  });
});
