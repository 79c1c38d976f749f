import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { averagePrecision, meanAveragePrecision, precisionAtK, recallAtK } from './solution';
import type { Query } from './solution';

function assertClose(actual: number, expected: number, tolerance = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

const RANKED = ['a', 'b', 'c', 'd', 'e'];
const RELEVANT = new Set(['a', 'c', 'f']);

describe('precisionAtK and recallAtK', () => {
  test('example 1: precision and recall at 3', () => {
    assertClose(precisionAtK(RANKED, RELEVANT, 3), 2 / 3);
    assertClose(recallAtK(RANKED, RELEVANT, 3), 2 / 3);
  });

  test('precision and recall at every cutoff', () => {
    const ks = [1, 2, 3, 4, 5];
    assert.deepEqual(ks.map((k) => round6(precisionAtK(RANKED, RELEVANT, k))), [1, 0.5, 0.666667, 0.5, 0.4]);
    assert.deepEqual(ks.map((k) => round6(recallAtK(RANKED, RELEVANT, k))), [0.333333, 0.333333, 0.666667, 0.666667, 0.666667]);
  });

  test('k beyond the list divides precision by k', () => {
    assertClose(precisionAtK(['a', 'b'], new Set(['a', 'b']), 4), 0.5);
    assertClose(recallAtK(['a', 'b'], new Set(['a', 'b']), 4), 1);
    assertClose(precisionAtK([], new Set(['a']), 3), 0);
  });

  test('an empty relevant set gives zero recall', () => {
    assert.equal(recallAtK(['a', 'b'], new Set(), 2), 0);
    assert.equal(precisionAtK(['a', 'b'], new Set(), 2), 0);
  });
});

describe('averagePrecision', () => {
  test('example 1: average precision', () => {
    assertClose(averagePrecision(RANKED, RELEVANT), 5 / 9);
  });

  test('example 3: no relevant items gives zero', () => {
    assert.equal(averagePrecision(['p', 'q'], new Set()), 0);
    assert.equal(averagePrecision([], new Set()), 0);
  });

  test('a perfect ranking and nothing retrieved', () => {
    assertClose(averagePrecision(['a', 'b', 'c', 'x'], new Set(['a', 'b', 'c'])), 1);
    assertClose(averagePrecision(['x', 'y'], new Set(['a', 'b'])), 0);
    assertClose(averagePrecision([], new Set(['a'])), 0);
  });

  test('relevant items at the bottom', () => {
    // hits at ranks 3 and 4: (1/3 + 2/4) / 2
    assertClose(averagePrecision(['w', 'x', 'a', 'b'], new Set(['a', 'b'])), 5 / 12);
  });

  test('a short list still divides by every relevant item', () => {
    // Relevant items that were never retrieved count as 0, however short the list is.
    assertClose(averagePrecision(['a'], new Set(['a', 'b'])), 0.5);
    assertClose(averagePrecision(['a', 'x'], new Set(['a', 'b', 'c'])), 1 / 3);
  });
});

describe('meanAveragePrecision', () => {
  test('example 2: two queries', () => {
    const queries: Query[] = [[RANKED, RELEVANT], [['x', 'y', 'z'], new Set(['y'])]];
    assertClose(meanAveragePrecision(queries), 19 / 36);
  });

  test('a query without relevant items still counts', () => {
    const queries: Query[] = [[['a', 'b'], new Set(['a'])], [['c', 'd'], new Set()]];
    assertClose(meanAveragePrecision(queries), 0.5);
    assert.equal(meanAveragePrecision([]), 0);
  });

  test('the inputs are not modified', () => {
    const ranked = ['b', 'a', 'c'];
    const relevant = new Set(['a', 'z']);
    const queries: Query[] = [[ranked, relevant]];
    meanAveragePrecision(queries);
    precisionAtK(ranked, relevant, 2);
    recallAtK(ranked, relevant, 2);
    assert.deepEqual(ranked, ['b', 'a', 'c']);
    assert.deepEqual(relevant, new Set(['a', 'z']));
    assert.equal(queries.length, 1);
  });

  test('many short queries', () => {
    // 2,000 queries of 20 items; query q has its relevant items at ranks 1 and q % 20 + 1.
    const queries: Query[] = [];
    let expected = 0;
    for (let q = 0; q < 2000; q++) {
      const ranked = Array.from({ length: 20 }, (_, i) => `q${q}-${i}`);
      const second = q % 20;
      const relevant = new Set([ranked[0] ?? '', ranked[second] ?? '', `q${q}-missing`]);
      queries.push([ranked, relevant]);
      expected += (1 + (second > 0 ? 2 / (second + 1) : 0)) / relevant.size;
    }
    assertClose(meanAveragePrecision(queries), expected / 2000);
  });

  test('long lists take linear time', () => {
    // Lists double in length each round, from 4,000 to 32,000 items (2,500 to 20,000 in the
    // Python test, which runs the slow loops many times slower). One pass per list is linear;
    // recomputing precision@i from the top of the list at every hit costs about n^2 / 4
    // steps. Only the time inside the four functions is measured, and the test stops as soon
    // as it passes a second.
    let spent = 0;
    for (let n = 4000; n <= 32_000; n *= 2) {
      // Every even-numbered item is relevant, plus 10 that are never retrieved.
      const ranked = Array.from({ length: n }, (_, i) => `item${i}`);
      const relevant = new Set(ranked.filter((_, i) => i % 2 === 0));
      for (let j = 0; j < 10; j++) relevant.add(`missing${j}`);
      const hits = Math.ceil(n / 2);
      // the j-th hit (j from 1) is at rank 2j - 1
      let expected = 0;
      for (let j = 1; j <= hits; j++) expected += j / (2 * j - 1);
      expected /= relevant.size;
      const started = performance.now();
      const ap = averagePrecision(ranked, relevant);
      const mean = meanAveragePrecision([[ranked, relevant], [ranked, new Set()]]);
      const precision = precisionAtK(ranked, relevant, n);
      const recall = recallAtK(ranked, relevant, n);
      spent += (performance.now() - started) / 1000;
      assertClose(ap, expected, 1e-6, `n = ${n}:`);
      assertClose(mean, expected / 2, 1e-6, `n = ${n}:`);
      assertClose(precision, hits / n, 1e-6, `n = ${n}:`);
      assertClose(recall, hits / relevant.size, 1e-6, `n = ${n}:`);
      assert.ok(spent < 1, `${spent.toFixed(2)} s in total by n = ${n}: not linear`);
    }
  });
});
