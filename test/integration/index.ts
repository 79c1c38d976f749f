import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testsStartMarker } = require('../host/marker.cjs') as { testsStartMarker: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SummaryReporter = require('../summaryReporter.cjs') as typeof Mocha.reporters.Spec;

/**
 * The entry point VS Code loads in the extension host (`extensionTestsPath`), the same
 * contract for code-server and `@vscode/test-electron`: run mocha over every
 * `*.test.js` beside this file and reject if any test failed.
 */
export async function run(): Promise<void> {
  // Stack traces of failures point at the TypeScript sources, not the bundles.
  process.setSourceMapsEnabled(true);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: SummaryReporter });
  const grep = process.env['LOOP_PREP_TEST_GREP'];
  if (grep) mocha.grep(grep);
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  console.log(testsStartMarker);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  // Let the reporter's closing line reach the log before the host exits.
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
