// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../host/codeServer.mjs';

export const title = 'Sizes (production build)';

const kilobyte = 1024;
/** The budget for the minified extension bundle, webview assets apart. */
const bundleBudget = 300 * kilobyte;

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / kilobyte).toFixed(1)} KB`;

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const bundle = fs.statSync(path.join(repoRoot, 'dist', 'extension.js')).size;
  const webviewDir = path.join(repoRoot, 'dist', 'webviews');
  const webviews = fs.readdirSync(webviewDir).filter((file) => file.endsWith('.js'));
  const vsix = fs.statSync(path.join(repoRoot, 'loop-prep.vsix')).size;
  return [
    {
      figure: 'extension bundle dist/extension.js (minified)',
      value: kb(bundle),
      baseline: `budget ${kb(bundleBudget)}`,
      ratio: `${(bundle / bundleBudget).toFixed(3)}× budget`,
      target: '≤ 300 KB',
      met: bundle <= bundleBudget,
    },
    ...webviews.map((file) => ({
      figure: `webview bundle dist/webviews/${file}`,
      value: kb(fs.statSync(path.join(webviewDir, file)).size),
    })),
    { figure: 'loop-prep.vsix', value: kb(vsix), ratio: `${(vsix / bundle).toFixed(2)}× the extension bundle` },
  ];
}
