// @ts-check
// Root hooks for the e2e tier (mocha --require): when a test fails, every workbench page
// still open is saved as test-results/screenshots/failed-<test>.png, so a failure on CI
// shows what the user would have seen.
import fs from 'node:fs';
import path from 'node:path';
import { openPages } from '../host/workbench.mjs';
import { screenshotDir } from './helpers.mjs';

export const mochaHooks = {
  /** @this {import('mocha').Context} */
  async afterEach() {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const name = test.fullTitle().replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
    fs.mkdirSync(screenshotDir, { recursive: true });
    let index = 0;
    for (const page of openPages) {
      const file = path.join(screenshotDir, `failed-${name}${index++ ? `-${index}` : ''}.png`);
      try {
        await page.screenshot({ path: file, timeout: 10_000 });
        console.log(`      screenshot of the failure: ${path.relative(process.cwd(), file)}`);
      } catch {
        // A closed page or a hung renderer: the failure itself is reported all the same.
      }
    }
  },
};
