import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { IVFIndex } from './solution';

const CENTROIDS = [[0, 0], [10, 0], [0, 10]];
const VECTORS = new Map<number, number[]>([[1, [1, 1]], [2, [4, 0]], [3, [9, 1]], [4, [6, 0]], [5, [0, 9]], [6, [5, 5]]]);

function exampleIndex(): IVFIndex {
  const index = new IVFIndex(CENTROIDS);
  for (const [id, vector] of VECTORS) index.add(id, vector);
  return index;
}

function squaredL2(a: number[], b: number[]): number {
  return a.reduce((sum, x, j) => sum + (x - (b[j] ?? 0)) ** 2, 0);
}

function bruteForce(vectors: Map<number, number[]>, query: number[], k: number): number[] {
  return [...vectors]
    .map(([id, v]) => ({ id, d: squaredL2(v, query) }))
    .sort((a, b) => a.d - b.d || a.id - b.id)
    .slice(0, k)
    .map((entry) => entry.id);
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

function randomSetup(seed: number, n = 400, dimension = 4, lists = 8): { index: IVFIndex; vectors: Map<number, number[]>; queries: number[][] } {
  const rng = mulberry32(seed);
  const uniform = (): number => -10 + 20 * rng();
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const centroids = Array.from({ length: lists }, () => Array.from({ length: dimension }, uniform));
  const vectors = new Map<number, number[]>();
  while (vectors.size < n) {
    const id = Math.floor(rng() * 10_000);
    if (vectors.has(id)) continue;
    const center = centroids[Math.floor(rng() * lists)] ?? [];
    vectors.set(id, center.map((c) => c + 4 * gauss()));
  }
  const queries = Array.from({ length: 25 }, () => Array.from({ length: dimension }, uniform));
  const index = new IVFIndex(centroids);
  for (const [id, vector] of vectors) index.add(id, vector);
  return { index, vectors, queries };
}

describe('IVFIndex', () => {
  test('example 1: assignment to the nearest centroid', () => {
    const index = new IVFIndex(CENTROIDS);
    assert.deepEqual([...VECTORS].map(([id, v]) => index.add(id, v)), [0, 0, 1, 1, 2, 0]);
    assert.deepEqual([0, 1, 2].map((c) => index.listIds(c)), [[1, 2, 6], [3, 4], [5]]);
  });

  test('example 2: nprobe trades recall for work', () => {
    const index = exampleIndex();
    assert.deepEqual(index.search([5.2, 0], 2, 1), [4, 3], 'only list 1 is scanned: id 2 is missed');
    assert.deepEqual(index.search([5.2, 0], 2, 2), [4, 2]);
    assert.deepEqual(index.search([5.2, 0], 2, 2), bruteForce(VECTORS, [5.2, 0], 2));
  });

  test('example 3: ties', () => {
    const index = exampleIndex();
    // [5, 0] is equally far from centroids 0 and 1 (list 0 is probed first), and ids 2 and 4 are
    // both at distance 1 from it.
    assert.deepEqual(index.search([5, 0], 1, 1), [2]);
    assert.deepEqual(index.search([5, 0], 3, 2), [2, 4, 1]);
    const ties = new IVFIndex([[0, 0]]);
    for (const [id, vector] of [[9, [1, 0]], [3, [0, 1]], [7, [-1, 0]], [5, [0, 2]]] as const) ties.add(id, vector);
    assert.deepEqual(ties.search([0, 0], 3, 1), [3, 7, 9], 'equal distances: smaller id first, not insertion order');
  });

  test('probes the nearest lists, not the first ones', () => {
    const index = exampleIndex();
    assert.deepEqual(index.search([0, 8], 1, 1), [5], 'list 2 is nearest to the query');
    assert.deepEqual(index.search([1, 9], 2, 1), [5]);
    assert.deepEqual(index.search([1, 9], 2, 2), [5, 6]);
  });

  test('all lists probed is brute force', () => {
    const { index, vectors, queries } = randomSetup(7);
    for (const query of queries) {
      const expected = bruteForce(vectors, query, 10);
      assert.deepEqual(index.search(query, 10, 8), expected);
      assert.deepEqual(index.search(query, 10, 50), expected, 'nprobe above the number of lists scans them all');
    }
  });

  test('recall grows with nprobe', () => {
    const { index, vectors, queries } = randomSetup(11);
    const recalls = [1, 2, 4, 8].map((nprobe) => {
      let found = 0;
      for (const query of queries) {
        const truth = new Set(bruteForce(vectors, query, 10));
        found += index.search(query, 10, nprobe).filter((id) => truth.has(id)).length;
      }
      return found / (10 * queries.length);
    });
    const message = `recall@10 by nprobe 1, 2, 4, 8: ${JSON.stringify(recalls)}`;
    assert.ok((recalls[0] ?? 1) < 0.9, message);
    assert.deepEqual(recalls, [...recalls].sort((a, b) => a - b), message);
    assert.equal(recalls[3], 1, message);
  });

  test('k larger than the candidates', () => {
    const index = exampleIndex();
    assert.deepEqual(index.search([9, 0], 10, 1), [3, 4]);
    assert.deepEqual(index.search([9, 0], 100, 3), bruteForce(VECTORS, [9, 0], 6));
    assert.deepEqual(index.search([9, 0], 0, 3), []);
    assert.deepEqual(new IVFIndex(CENTROIDS).search([1, 1], 5, 3), [], 'an empty index');
  });

  test('vectors are copied', () => {
    const index = new IVFIndex(CENTROIDS);
    const vector = [1, 1];
    index.add(1, vector);
    index.add(2, [3, 0]);
    vector[0] = 100;
    assert.deepEqual(index.search([1, 1], 2, 1), [1, 2], "changing the caller's array after add changes nothing");
    assert.deepEqual(index.listIds(0), [1, 2]);
    index.listIds(0).push(99);
    assert.deepEqual(index.listIds(0), [1, 2]);
  });

  test('invalid inputs throw', () => {
    const index = exampleIndex();
    assert.deepEqual(index.search([1, 1], 1, 1), [1]);
    assert.throws(() => index.add(7, [1, 2, 3]), Error);
    assert.throws(() => index.add(3, [1, 2]), Error);
    assert.throws(() => index.search([1], 1, 1), Error);
    assert.throws(() => index.search([1, 1], 1, 0), Error);
    assert.throws(() => index.search([1, 1], -1, 1), Error);
    assert.throws(() => new IVFIndex([]), Error);
    assert.throws(() => new IVFIndex([[0, 0], [1]]), Error);
    assert.deepEqual([0, 1, 2].map((c) => index.listIds(c)), [[1, 2, 6], [3, 4], [5]], 'a rejected add changes nothing');
  });
});
