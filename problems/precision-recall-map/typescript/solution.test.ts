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

  test('a large input is linear per query', () => {
    // 2,000 queries of 500 items; every even-numbered item is relevant, plus 10 that are never retrieved.
    const n = 500;
    const ranked = Array.from({ length: n }, (_, i) => `item${i}`);
    const relevant = new Set(ranked.filter((_, i) => i % 2 === 0));
    for (let j = 0; j < 10; j++) relevant.add(`missing${j}`);
    // the j-th hit (j from 1) is at rank 2j - 1
    let expected = 0;
    for (let j = 1; j <= n / 2; j++) expected += j / (2 * j - 1);
    expected /= relevant.size;
    const queries: Query[] = new Array<Query>(2000).fill([ranked, relevant]);
    assertClose(meanAveragePrecision(queries), expected);
    assertClose(precisionAtK(ranked, relevant, n), 0.5);
    assertClose(recallAtK(ranked, relevant, n), 250 / 260);
  });
});
