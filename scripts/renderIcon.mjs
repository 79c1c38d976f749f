// @ts-check
// Renders the Marketplace icon, media/icon.svg, to the 128×128 PNG the manifest names
// (media/icon.png), in the headless Chromium the tests already use: `npm run icon`.
// The PNG is committed; run this again after changing the SVG.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../test/host/workbench.mjs';
import { repoRoot } from '../test/host/codeServer.mjs';

const size = 128;
const svg = fs.readFileSync(path.join(repoRoot, 'media', 'icon.svg'), 'utf8');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  // omitBackground keeps the tile's rounded corners transparent.
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  fs.writeFileSync(path.join(repoRoot, 'media', 'icon.png'), png);
  console.log(`media/icon.png: ${size}×${size}, ${png.length} bytes`);
} finally {
  await browser.close();
}
