import assert from 'node:assert/strict';
import { pythonTestCases } from '../../../src/core/problems/testCases';
import { describeDuration, describeRun, testSource } from '../../../src/core/problems/verdict';

describe('the verdict of a practice problem run', () => {
  it('a pass says how many and how fast, with the unit', () => {
    const verdict = describeRun({ title: 'Jump Game (Python)', passed: 8, total: 8, durationMs: 370 });
    assert.equal(verdict.passedAll, true);
    assert.equal(verdict.statusText, '$(pass-filled) Jump Game · 8/8 passed · 0.37 s');
    assert.equal(verdict.notice, 'Jump Game (Python): all 8 tests passed in 0.37 s.');
  });

  it('a failure names the first failing test and the first line of its message', () => {
    const verdict = describeRun({ title: 'Coin Change (TypeScript)', passed: 6, total: 8, durationMs: 1234, firstFailure: { test: 'greedy is not enough', message: '\nExpected values to be strictly equal:\n\n3 !== 2\n' } });
    assert.equal(verdict.passedAll, false);
    assert.equal(verdict.statusText, '$(error) Coin Change · 6/8 passed · 1.23 s');
    assert.equal(verdict.notice, 'Coin Change (TypeScript): 6 of 8 tests passed. First failure, greedy is not enough: Expected values to be strictly equal.');
  });

  it('a stopped run says why, even if every test that reported passed', () => {
    const verdict = describeRun({ title: 'LRU Cache (Python)', passed: 3, total: 3, durationMs: 10_020, stopped: 'Timed out after 10 s: the tests and every process they started were stopped.' });
    assert.equal(verdict.passedAll, false);
    assert.equal(verdict.notice, 'LRU Cache (Python): 3 of 3 tests passed. Timed out after 10 s: the tests and every process they started were stopped.');
    assert.equal(describeRun({ title: 'X (Python)', passed: 0, total: 0, durationMs: 5 }).notice, 'X (Python): no test ran.');
  });

  it('one test is one test: no "all 1 tests" nor "1 of 1 tests"', () => {
    assert.equal(describeRun({ title: 'X (Python)', passed: 1, total: 1, durationMs: 370 }).notice, 'X (Python): the one test passed in 0.37 s.');
    assert.equal(describeRun({ title: 'X (Python)', passed: 0, total: 1, durationMs: 370 }).notice, 'X (Python): 0 of 1 test passed.');
    assert.equal(describeRun({ title: 'X (Python)', passed: 1, total: 2, durationMs: 370 }).notice, 'X (Python): 1 of 2 tests passed.');
  });

  it('durations keep their unit', () => {
    assert.deepEqual([0, 999, 12_400, 65_000].map(describeDuration), ['0.00 s', '1.00 s', '12 s', '1 min 5 s']);
  });

  it('the failing test as written, up to the next test: its inputs', () => {
    const source = ['import unittest', '', 'class T(unittest.TestCase):', '    def test_a(self):', '        self.assertEqual(f([2, 3, 1]), True)', '', '    def test_b(self):', '        self.assertEqual(f([3, 2, 1, 0, 4]), False)', ''].join('\n');
    const [first, second] = pythonTestCases(source);
    assert.ok(first && second);
    assert.equal(testSource(source, first.line, second.line), '    def test_a(self):\n        self.assertEqual(f([2, 3, 1]), True)');
    assert.equal(testSource(source, second.line, undefined), '    def test_b(self):\n        self.assertEqual(f([3, 2, 1, 0, 4]), False)');
    assert.match(testSource(Array.from({ length: 30 }, (_, index) => `line ${index}`).join('\n'), 0, undefined, 5), /line 4\n…$/);
  });
});
