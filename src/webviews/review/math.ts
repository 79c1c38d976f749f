import katex from 'katex';
import type { TexRenderer } from './texRenderer';

// TeX → MathML with KaTeX. In the review page it is a browser bundle of its own
// (mathEntry.ts → dist/webviews/review-math.js, about 260 KB: more than the rest of the page
// together), which the page loads only when a card has math (mathLoader.ts).

export const renderTex: TexRenderer = (tex, displayMode) =>
  katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    // MathML only: Chromium draws it natively, and KaTeX's HTML output depends on inline
    // style attributes that our CSP (no 'unsafe-inline') rightly blocks. No fonts to ship.
    output: 'mathml',
    // Bounds on what one formula may cost, so a hostile deck cannot hang the view.
    maxExpand: 500,
    maxSize: 20,
  });
