// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../host/codeServer.mjs';

export const title = 'Sizes (production build)';

const kilobyte = 1024;
/** The budget for the minified extension bundle, webview assets apart. */
const bundleBudget = 300 * kilobyte;
/** Issue 18's budget for the review page's own script (KaTeX, loaded when a card has math, apart). */
const reviewBudget = 200 * kilobyte;

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / kilobyte).toFixed(1)} KB`;

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const bundle = fs.statSync(path.join(repoRoot, 'dist', 'extension.js')).size;
  const lazyDir = path.join(repoRoot, 'dist', 'lazy');
  const lazy = fs.readdirSync(lazyDir).filter((file) => file.endsWith('.js'));
  const lazyBytes = lazy.reduce((sum, file) => sum + fs.statSync(path.join(lazyDir, file)).size, 0);
  const hostCode = bundle + lazyBytes;
  const webviewDir = path.join(repoRoot, 'dist', 'webviews');
  const webviews = fs.readdirSync(webviewDir).filter((file) => file.endsWith('.js'));
  const vsix = fs.statSync(path.join(repoRoot, 'loop-prep.vsix')).size;
  return [
    {
      // The figure: the extension bundle, the code VS Code loads at activation.
      figure: 'extension bundle dist/extension.js (minified), parsed at activation',
      value: kb(bundle),
      baseline: `budget ${kb(bundleBudget)}`,
      ratio: `${(bundle / bundleBudget).toFixed(3)}× budget`,
      target: '≤ 300 KB',
      met: bundle <= bundleBudget,
    },
    {
      // Stricter, for the record: with the bundles required on first use (the deck
      // parser's yaml and markdown-it are most of it).
      figure: 'all extension host code: dist/extension.js + dist/lazy/*.js (minified)',
      value: kb(hostCode),
      ratio: `${(hostCode / bundleBudget).toFixed(3)}× the 300 KB budget`,
    },
    ...lazy.map((file) => ({ figure: `dist/lazy/${file}, required on first use`, value: kb(fs.statSync(path.join(lazyDir, file)).size) })),
    ...webviews.map((file) => {
      const bytes = fs.statSync(path.join(webviewDir, file)).size;
      if (file !== 'review.js') return { figure: `webview bundle dist/webviews/${file}${file === 'review-math.js' ? ' (KaTeX, loaded by the review page when a card has math)' : ''}`, value: kb(bytes) };
      return {
        figure: 'review webview bundle dist/webviews/review.js (minified), the script the review page loads first',
        value: kb(bytes),
        baseline: `budget ${kb(reviewBudget)}; 433 KB before KaTeX left it`,
        ratio: `${(bytes / reviewBudget).toFixed(3)}× budget`,
        target: '≤ 200 KB',
        met: bytes <= reviewBudget,
      };
    }),
    { figure: 'loop-prep.vsix', value: kb(vsix), ratio: `${(vsix / bundle).toFixed(2)}× the extension bundle` },
  ];
}
