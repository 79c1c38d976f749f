import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rocAuc } from './solution';

function assertClose(actual: number, expected: number, tolerance = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

/** Seeded uniform generator in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** O(P * N) pairwise definition, for checking small inputs. */
function bruteForceAuc(scores: number[], labels: number[]): number {
  let total = 0;
  let pairs = 0;
  scores.forEach((si, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((sj, j) => {
      if (labels[j] !== 0) return;
      pairs++;
      total += si > sj ? 1 : si === sj ? 0.5 : 0;
    });
  });
  return total / pairs;
}

describe('rocAuc', () => {
  test('example 1: one pair out of order', () => {
    assertClose(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
  });

  test('example 2: tied scores count one half', () => {
    assertClose(rocAuc([0.9, 0.5, 0.5, 0.2], [1, 1, 0, 0]), 0.875);
  });

  test('all scores equal gives one half', () => {
    assertClose(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1]), 0.5);
    assertClose(rocAuc(new Array<number>(7).fill(2), [1, 0, 0, 0, 1, 0, 0]), 0.5);
  });

  test('perfect and inverted rankings', () => {
    assertClose(rocAuc([0.2, 0.9, 0.1, 0.8], [0, 1, 0, 1]), 1);
    assertClose(rocAuc([0.2, 0.9, 0.1, 0.8], [1, 0, 1, 0]), 0);
    assertClose(rocAuc([-3, 5], [0, 1]), 1);
  });

  test('example 3: only one class throws', () => {
    assertClose(rocAuc([0.3, 0.7], [0, 1]), 1);
    assert.throws(() => rocAuc([0.3, 0.7], [1, 1]), Error);
    assert.throws(() => rocAuc([0.3, 0.7, 0.1], [0, 0, 0]), Error);
    assert.throws(() => rocAuc([], []), Error);
  });

  test('mismatched lengths throw', () => {
    assertClose(rocAuc([0.3, 0.7, 0.5], [0, 1, 1]), 1);
    assert.throws(() => rocAuc([0.3, 0.7, 0.5], [0, 1]), Error);
  });

  test('only the order of scores matters', () => {
    const scores = [0.05, 0.7, 0.3, 0.3, 0.9, 0.1, 0.6];
    const labels = [0, 1, 0, 1, 1, 0, 0];
    const expected = bruteForceAuc(scores, labels);
    assertClose(rocAuc(scores, labels), expected);
    assertClose(rocAuc(scores.map((s) => 10 * s - 3), labels), expected, 1e-6, 'an increasing transform keeps the AUC:');
    assertClose(rocAuc([...scores].reverse(), [...labels].reverse()), expected, 1e-6, 'the input order does not matter:');
  });

  test('scores of any sign and size', () => {
    // Raw logits: negative, fractional and multi-digit scores must be ordered as numbers.
    const scores = [-12.5, 3, 10, 9, -2, 0.5, 100, -0.25, 9];
    const labels = [0, 1, 1, 0, 0, 1, 1, 0, 1];
    assertClose(rocAuc(scores, labels), 17.5 / 20);
    assertClose(rocAuc(scores, labels), bruteForceAuc(scores, labels));
  });

  test('matches the pairwise definition on random inputs with ties', () => {
    const rng = mulberry32(7);
    for (let trial = 0; trial < 50; trial++) {
      const n = 2 + Math.floor(rng() * 59);
      const scores = Array.from({ length: n }, () => Math.round(rng() * 10) / 10); // one decimal: many ties
      const labels = Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1));
      labels[0] = 0;
      labels[1] = 1;
      assertClose(rocAuc(scores, labels), bruteForceAuc(scores, labels), 1e-6, `trial ${trial}:`);
    }
  });

  test('the inputs are not modified', () => {
    const scores = [0.4, 0.1, 0.4, 0.9];
    const labels = [1, 0, 0, 1];
    rocAuc(scores, labels);
    assert.deepEqual(scores, [0.4, 0.1, 0.4, 0.9]);
    assert.deepEqual(labels, [1, 0, 0, 1]);
  });

  test('large inputs run in n log n', () => {
    // Sizes double each round, from 4,000 to 32,000 examples (2,500 to 20,000 in the Python
    // test, which runs the slow loops many times slower). Sorting costs O(n log n); comparing
    // every (positive, negative) pair costs about n^2 / 4 steps. Only the time inside rocAuc
    // is measured, from the second round on (the first lets the JIT compile the solution), and
    // the test stops as soon as it passes a second.
    const rng = mulberry32(2024);
    let spent = 0;
    for (let n = 4000; n <= 32_000; n *= 2) {
      // 10,000 possible scores: many distinct values, and ties too.
      const buckets = Array.from({ length: n }, () => Math.floor(rng() * 10_000));
      const scores = buckets.map((b) => b / 10_000);
      // Positives lean towards high scores, so the AUC is well above 1/2.
      const labels = buckets.map((b) => (rng() < b / 10_000 ? 1 : 0));
      // Exact AUC by counting per distinct score: O(n + 10,000).
      const pos = new Array<number>(10_000).fill(0);
      const neg = new Array<number>(10_000).fill(0);
      buckets.forEach((b, i) => {
        if (labels[i] === 1) pos[b] = (pos[b] ?? 0) + 1;
        else neg[b] = (neg[b] ?? 0) + 1;
      });
      let wins = 0;
      let negativesBelow = 0;
      for (let v = 0; v < 10_000; v++) {
        wins += (pos[v] ?? 0) * (negativesBelow + 0.5 * (neg[v] ?? 0));
        negativesBelow += neg[v] ?? 0;
      }
      const totalPos = pos.reduce((a, b) => a + b, 0);
      const expected = wins / (totalPos * (n - totalPos));
      const started = performance.now();
      const auc = rocAuc(scores, labels);
      if (n > 4000) spent += (performance.now() - started) / 1000;
      assertClose(auc, expected, 1e-6, `n = ${n}:`);
      assert.ok(spent < 1, `${spent.toFixed(2)} s in total by n = ${n}: not O(n log n)`);
    }
  });
});
