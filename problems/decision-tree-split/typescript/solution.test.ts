import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSplit, impurity, type Criterion, type Split } from './solution';

const TOL = 1e-9; // gains and impurities are compared with an absolute tolerance of 1e-9, thresholds with 1e-12

function assertClose(actual: number, expected: number, tolerance = TOL, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

function assertSplit(actual: Split | null, expected: [number, number, number] | null, message = ''): void {
  if (expected === null) {
    assert.equal(actual, null, `${message} expected null, got ${JSON.stringify(actual)}`);
    return;
  }
  const text = `${message} ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  assert.ok(actual !== null, text);
  assert.equal(actual.feature, expected[0], text);
  assertClose(actual.threshold, expected[1], 1e-12, text);
  assertClose(actual.gain, expected[2], TOL, text);
}

/** Park-Miller generator: the same uniform sequence in [0, 1) as the Python tests. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

interface ReadBudget {
  reads: number;
  limit: number;
}

/** Wraps an array so that every element read (index, iteration, map, slice...) is charged to a shared budget. */
function counted<T>(items: T[], budget: ReadBudget): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) {
        budget.reads += 1;
        if (budget.reads > budget.limit) {
          assert.fail(`read more than ${budget.limit} elements of X and y: is some step O(n^2), such as re-partitioning every row for every threshold?`);
        }
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function expectedImpurity(labels: number[], criterion: Criterion): number {
  const shares = [...new Set(labels)].map((c) => labels.filter((l) => l === c).length / labels.length);
  if (criterion === 'gini') return 1 - shares.reduce((s, p) => s + p * p, 0);
  return -shares.reduce((s, p) => s + p * Math.log2(p), 0);
}

/** The rules of the statement, checked the slow way: every feature, every midpoint, partition and score. */
function bruteForceSplit(X: number[][], y: number[], criterion: Criterion): [number, number, number] | null {
  const n = X.length;
  const parent = expectedImpurity(y, criterion);
  let best: [number, number, number] | null = null;
  for (let f = 0; f < (X[0]?.length ?? 0); f++) {
    const values = [...new Set(X.map((row) => row[f] ?? NaN))].sort((a, b) => a - b);
    for (let t = 0; t + 1 < values.length; t++) {
      const threshold = ((values[t] ?? NaN) + (values[t + 1] ?? NaN)) / 2;
      const left = y.filter((_, r) => (X[r]?.[f] ?? NaN) <= threshold);
      const right = y.filter((_, r) => (X[r]?.[f] ?? NaN) > threshold);
      const gain = parent - (left.length / n) * expectedImpurity(left, criterion) - (right.length / n) * expectedImpurity(right, criterion);
      if (best === null || gain > best[2] + 1e-12) best = [f, threshold, gain];
    }
  }
  return best !== null && best[2] > 1e-12 ? best : null;
}

describe('best decision-tree split', () => {
  test('impurity values', () => {
    assertClose(impurity([0, 0, 1, 1]), 0.5);
    assertClose(impurity([0, 1, 2, 0]), 0.625);
    assertClose(impurity([3, 3, 3]), 0);
    assertClose(impurity([0, 0, 1, 1], 'entropy'), 1);
    assertClose(impurity([0, 0, 0, 1], 'entropy'), 0.8112781244591328);
    assertClose(impurity([0, 1, 2, 0], 'entropy'), 1.5);
  });

  test('example: one clean split', () => {
    assertSplit(bestSplit([[2], [3], [10], [19]], [0, 0, 1, 1]), [0, 6.5, 0.5]);
    assertSplit(bestSplit([[-1.5], [0.25], [3]], [0, 1, 1]), [0, -0.625, 4 / 9]);
  });

  test('children are weighted by size', () => {
    // Threshold 1.5 leaves [0, 0] | [1, 0]: gain 0.375 - (2/4) * 0 - (2/4) * 0.5 = 0.125.
    // An unweighted average of child impurities would prefer 0.5 ([0] | [0, 1, 0]).
    assertSplit(bestSplit([[0], [1], [2], [3]], [0, 0, 1, 0]), [0, 1.5, 0.125]);
    assertSplit(bestSplit([[0], [1], [2], [3], [4]], [0, 0, 0, 1, 0]), [0, 2.5, 0.32 - 0.6 * 0 - 0.4 * 0.5]);
  });

  test('no threshold between equal values', () => {
    // The two rows with value 1 must go to the same side: the only threshold is 1.5.
    assertSplit(bestSplit([[1], [1], [2]], [0, 1, 1]), [0, 1.5, 4 / 9 - (2 / 3) * 0.5]);
    assertSplit(bestSplit([[3], [1], [3], [1], [2]], [1, 0, 1, 1, 0]), [0, 2.5, 0.48 - 0.6 * (1 - (1 / 9 + 4 / 9))]);
    assertSplit(bestSplit([[5], [5], [5]], [0, 1, 0]), null, 'a constant feature has no threshold');
  });

  test('a pure node and useless splits return null', () => {
    assertSplit(bestSplit([[1], [2], [3]], [7, 7, 7]), null);
    assertSplit(bestSplit([[1, 4], [2, 3], [3, 2]], [1, 1, 1], 'entropy'), null);
    assertSplit(bestSplit([[1], [1], [2], [2]], [0, 1, 0, 1]), null, 'the only split has zero gain');
    assertSplit(bestSplit([[4.5]], [0]), null);
  });

  test('ties go to the lowest feature, then the lowest threshold', () => {
    // Both features order the rows the same way; 1.5 and 3.5 tie within feature 0.
    assertSplit(bestSplit([[1, 5], [2, 6], [3, 7], [4, 8]], [0, 1, 0, 1]), [0, 1.5, 1 / 6]);
    // Feature 0 is constant, features 1 and 2 tie: feature 1 wins.
    assertSplit(bestSplit([[0, 10, 1], [0, 20, 2], [0, 30, 3]], [0, 1, 1]), [1, 15, 4 / 9]);
    // Three thresholds tie on Gini.
    assertSplit(bestSplit([[0], [1], [2], [3]], [0, 1, 2, 0]), [0, 0.5, 0.125]);
  });

  test('the entropy criterion', () => {
    assertSplit(bestSplit([[1], [2], [3], [4]], [0, 0, 0, 1], 'entropy'), [0, 3.5, 0.8112781244591328]);
    // Entropy separates these labels differently from Gini (which ties at 0.5, 1.5 and 2.5).
    assertSplit(bestSplit([[0], [1], [2], [3]], [0, 1, 2, 0], 'entropy'), [0, 1.5, 0.5]);
  });

  test('matches a brute-force search', () => {
    const rng = lcg(8675309);
    for (let c = 0; c < 60; c++) {
      const n = 1 + Math.floor(12 * rng());
      const d = 1 + Math.floor(3 * rng());
      const X = Array.from({ length: n }, () => Array.from({ length: d }, () => Math.floor(5 * rng())));
      const y = Array.from({ length: n }, () => Math.floor(3 * rng()));
      for (const criterion of ['gini', 'entropy'] as const) {
        assertSplit(bestSplit(X, y, criterion), bruteForceSplit(X, y, criterion), `case ${c} ${criterion}:`);
      }
    }
  });

  test('reads each input element a bounded number of times', () => {
    // Target O(d n log n): one sort per feature, then one pass that moves rows from the right child's class
    // counts to the left's. Re-partitioning all n rows at each of the n - 1 thresholds reads about 2 n^2
    // elements per feature and runs out of this budget of 100 reads per element of X and y.
    const n = 3000;
    const rng = lcg(4242);
    const rows = Array.from({ length: n }, (_, r) => [Math.floor(1000 * rng()), (r * 7919) % n]); // feature 1 is a permutation of 0..n-1
    const labels = rows.map((row) => ((row[1] ?? NaN) >= 1800 ? 1 : 0));
    const budget: ReadBudget = { reads: 0, limit: 100 * n * 3 };
    const X = counted(rows.map((row) => counted(row, budget)), budget);
    assertSplit(bestSplit(X, counted(labels, budget)), [1, 1799.5, 0.48]);
  });

  test('invalid inputs throw', () => {
    assertSplit(bestSplit([[0], [1]], [0, 1]), [0, 0.5, 0.5]);
    assert.throws(() => bestSplit([[0], [1]], [0, 1], 'mse' as Criterion), Error); // deliberately not a Criterion
    assert.throws(() => impurity([0, 1], 'log-loss' as Criterion), Error);
    assert.throws(() => bestSplit([], []), Error);
    assert.throws(() => bestSplit([[0], [1]], [0]), Error);
    assert.throws(() => bestSplit([[0, 1], [1]], [0, 1]), Error);
  });

  test('the inputs are not modified', () => {
    const X = [[3, 1], [1, 2], [2, 0.5]];
    const y = [1, 0, 1];
    const saved = JSON.stringify([X, y]);
    bestSplit(X, y);
    bestSplit(X, y, 'entropy');
    assert.equal(JSON.stringify([X, y]), saved);
  });
});
