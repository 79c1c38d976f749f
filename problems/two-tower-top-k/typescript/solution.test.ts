import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { topKItems } from './solution';

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

const catalogue = (entries: [number, number[]][]): Map<number, number[]> => new Map(entries);

describe('topKItems', () => {
  test('example 1: dot product', () => {
    const items = catalogue([[1, [1, 0]], [2, [0, 1]], [3, [1, 1]], [4, [-1, 3]]]);
    assert.deepEqual(topKItems([1, 2], items, 2), [4, 3]);
  });

  test('example 1: excluding seen items', () => {
    const items = catalogue([[1, [1, 0]], [2, [0, 1]], [3, [1, 1]], [4, [-1, 3]]]);
    const seen = new Set([4, 100]);
    assert.deepEqual(topKItems([1, 2], items, 2, seen), [3, 2]);
    assert.deepEqual(seen, new Set([4, 100]), 'exclude must not be modified');
    assert.deepEqual(items, catalogue([[1, [1, 0]], [2, [0, 1]], [3, [1, 1]], [4, [-1, 3]]]), 'items must not be modified');
  });

  test('example 2: cosine changes the ranking', () => {
    const items = catalogue([[1, [10, 10]], [2, [1, 0]], [3, [3, 1]]]);
    assert.deepEqual(topKItems([1, 0], items, 2), [1, 3]);
    assert.deepEqual(topKItems([1, 0], items, 2, new Set(), true), [2, 3]);
  });

  test('example 3: ties go to the smaller id', () => {
    const items = catalogue([[7, [1, 0]], [3, [0, 1]], [5, [2, -1]], [9, [0.5, 0.5]]]);
    assert.deepEqual(topKItems([1, 1], items, 3), [3, 5, 7]);
    assert.deepEqual(topKItems([1, 1], items, 1), [3]);
  });

  test('cosine ties and zero-norm vectors', () => {
    const items = catalogue([[8, [2, 0]], [2, [4, 0]], [5, [0, 1]], [1, [0, 0]], [6, [-1, -1]]]);
    assert.deepEqual(topKItems([1, 1], items, 3, new Set(), true), [2, 5, 8]);
    assert.deepEqual(topKItems([1, 1], items, 5, new Set(), true), [2, 5, 8, 1, 6], 'a zero vector scores 0');
    assert.deepEqual(topKItems([0, 0], items, 2, new Set(), true), [1, 2], 'a zero user vector scores every item 0');
  });

  test('k larger than the candidates', () => {
    const items = catalogue([[10, [1]], [20, [3]], [30, [2]]]);
    assert.deepEqual(topKItems([1], items, 10, new Set([20])), [30, 10]);
    assert.deepEqual(topKItems([1], new Map(), 3), []);
  });

  test('k zero returns nothing', () => {
    assert.deepEqual(topKItems([1, 1], catalogue([[1, [1, 1]]]), 0), []);
  });

  test('negative scores are still ranked', () => {
    const items = catalogue([[1, [-1, -1]], [2, [-5, 0]], [3, [0, -0.5]], [4, [-2, -2]]]);
    assert.deepEqual(topKItems([1, 1], items, 3), [3, 1, 4]);
  });

  test('a large catalogue with many ties', () => {
    const rng = mulberry32(42);
    const smallInt = (): number => Math.floor(rng() * 5) - 2; // -2..2
    const ids = Array.from({ length: 50_000 }, (_, i) => 3 * i + 7);
    for (let i = ids.length - 1; i > 0; i--) {
      // shuffle: insertion order must not matter
      const j = Math.floor(rng() * (i + 1));
      const a = ids[i] ?? 0;
      ids[i] = ids[j] ?? 0;
      ids[j] = a;
    }
    const items = new Map<number, number[]>(ids.map((id) => [id, Array.from({ length: 8 }, smallInt)]));
    const user = Array.from({ length: 8 }, smallInt);
    const score = new Map<number, number>();
    for (const [id, vector] of items) score.set(id, vector.reduce((sum, v, j) => sum + v * (user[j] ?? 0), 0));
    const ranked = [...items.keys()].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || a - b);
    const exclude = new Set([...ranked.slice(0, 5), ranked[20] ?? -1]);
    const expected = ranked.filter((id) => !exclude.has(id)).slice(0, 25);
    assert.deepEqual(topKItems(user, items, 25, exclude), expected);
    assert.deepEqual(topKItems(user, items, 100), ranked.slice(0, 100));
  });
});
