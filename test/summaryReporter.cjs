// @ts-check
'use strict';
const Mocha = require('mocha');

/**
 * Mocha's spec reporter, plus the closing line every tier prints and `test/runAll.mjs`
 * reads: `N passed, N failed` (and `, N skipped` when tests are pending).
 * Plain CommonJS because mocha's `--reporter` requires a module whose export is the class.
 */
class SummaryReporter extends Mocha.reporters.Spec {
  /** @param {Mocha.Runner} runner @param {Mocha.MochaOptions} [options] */
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const skipped = pending > 0 ? `, ${pending} skipped` : '';
      // Spec prints its epilogue on the same event; ours comes after it.
      setImmediate(() => console.log(`${passes} passed, ${failures} failed${skipped}`));
    });
  }
}

module.exports = SummaryReporter;
