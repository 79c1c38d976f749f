import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { kmeans, kmeansPlusPlusInit } from './solution';

function assertClose(actual: number, expected: number, tolerance = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

function assertPointsClose(actual: number[][], expected: number[][], tolerance = 1e-6): void {
  const message = `${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  assert.equal(actual.length, expected.length, message);
  actual.forEach((point, i) => {
    const other = expected[i] ?? [];
    assert.equal(point.length, other.length, message);
    point.forEach((x, j) => assertClose(x, other[j] ?? NaN, tolerance, message));
  });
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

/** A standard normal draw (Box-Muller) from a uniform generator. */
function gauss(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function squaredDistance(a: number[], b: number[]): number {
  return a.reduce((sum, x, j) => sum + (x - (b[j] ?? 0)) ** 2, 0);
}

describe('kmeans', () => {
  test('example 1: two separated groups', () => {
    const points = [[1, 1], [1, 2], [2, 1], [8, 8], [9, 8], [8, 9]];
    const { centroids, assignments } = kmeans(points, [[1, 1], [8, 8]]);
    assert.deepEqual(assignments, [0, 0, 0, 1, 1, 1]);
    assertPointsClose(centroids, [[4 / 3, 4 / 3], [25 / 3, 25 / 3]]);
  });

  test('example 2: a tie goes to the lowest index', () => {
    const { centroids, assignments } = kmeans([[0], [2], [4]], [[1], [3]]);
    assert.deepEqual(assignments, [0, 0, 1]);
    assertPointsClose(centroids, [[1], [4]]);
  });

  test('example 3: an empty cluster keeps its centroid', () => {
    const { centroids, assignments } = kmeans([[0, 0], [1, 0], [0, 1]], [[0, 0], [100, 100]]);
    assert.deepEqual(assignments, [0, 0, 0]);
    assertPointsClose(centroids, [[1 / 3, 1 / 3], [100, 100]]);
  });

  test('maxIters stops early', () => {
    const points = [[0], [1], [2], [10], [11], [12]];
    const start = [[0], [1]];
    let result = kmeans(points, start, 1);
    assert.deepEqual(result.assignments, [0, 1, 1, 1, 1, 1], 'one assignment step, then one update');
    assertPointsClose(result.centroids, [[0], [7.2]]);
    result = kmeans(points, start, 2);
    assert.deepEqual(result.assignments, [0, 0, 0, 1, 1, 1]);
    assertPointsClose(result.centroids, [[1], [11]]);
    result = kmeans(points, start);
    assert.deepEqual(result.assignments, [0, 0, 0, 1, 1, 1]);
    assertPointsClose(result.centroids, [[1], [11]]);
  });

  test('more centroids than points', () => {
    const { centroids, assignments } = kmeans([[0, 0], [4, 0]], [[1, 0], [3, 0], [50, 50]]);
    assert.deepEqual(assignments, [0, 1]);
    assertPointsClose(centroids, [[0, 0], [4, 0], [50, 50]]);
  });

  test('the inputs are not modified', () => {
    const points = [[0], [1], [2], [10], [11], [12]];
    const start = [[0], [1]];
    kmeans(points, start);
    assert.deepEqual(points, [[0], [1], [2], [10], [11], [12]]);
    assert.deepEqual(start, [[0], [1]]);
  });

  test('a large input reaches a fixed point', () => {
    const rng = mulberry32(7);
    const centers = [[0, 0, 0], [10, 0, 0], [0, 10, 0], [0, 0, 10]];
    const points: number[][] = [];
    for (let i = 0; i < 5000; i++) points.push((centers[i % 4] ?? []).map((c) => c + gauss(rng)));
    const start = [[1, 1, 1], [9, 1, 1], [1, 9, 1], [1, 1, 9]];
    const { centroids, assignments } = kmeans(points, start);
    assert.equal(assignments.length, 5000);
    points.forEach((point, i) => {
      const distances = centroids.map((c) => squaredDistance(point, c));
      assert.equal(assignments[i], distances.indexOf(Math.min(...distances)), `point ${i} is not with its nearest centroid`);
    });
    centroids.forEach((centroid, c) => {
      const members = points.filter((_, i) => assignments[i] === c);
      const mean = [0, 1, 2].map((j) => members.reduce((sum, p) => sum + (p[j] ?? 0), 0) / members.length);
      assertPointsClose([centroid], [mean]);
      assert.ok(squaredDistance(centroid, centers[c] ?? []) < 0.1, `centroid ${c} is far from its blob`);
    });
  });
});

describe('kmeansPlusPlusInit', () => {
  test('the chosen points are distinct copies', () => {
    for (let seed = 0; seed < 100; seed++) {
      const points = [[0], [0], [5], [5], [9]];
      const chosen = kmeansPlusPlusInit(points, 3, mulberry32(seed));
      assert.deepEqual(chosen.map((c) => c[0]).sort((a, b) => (a ?? 0) - (b ?? 0)), [0, 5, 9], 'a point at distance 0 must never be picked again');
      const first = chosen[0];
      if (first !== undefined) first[0] = 123;
      assert.deepEqual(points, [[0], [0], [5], [5], [9]], 'return copies, not the input arrays');
    }
  });

  test('the seeding draws from the given rng', () => {
    const points = Array.from({ length: 60 }, (_, i) => [i, (i * i) % 17]);
    const first = kmeansPlusPlusInit(points, 8, mulberry32(99));
    assert.equal(first.length, 8);
    for (let r = 0; r < 5; r++) assert.deepEqual(kmeansPlusPlusInit(points, 8, mulberry32(99)), first, 'the same seed gives the same centroids');
    const others = [0, 1, 2, 3, 4].map((seed) => kmeansPlusPlusInit(points, 8, mulberry32(seed)));
    assert.ok(others.some((other) => JSON.stringify(other) !== JSON.stringify(first)), 'other seeds give other centroids');
  });

  test('far-apart groups get one centroid each', () => {
    const groupA = [[0, 0], [0, 1], [1, 0]];
    const groupB = [[1000, 1000], [1000, 1001], [1001, 1000]];
    for (let seed = 0; seed < 200; seed++) {
      const chosen = kmeansPlusPlusInit([...groupA, ...groupB], 2, mulberry32(seed));
      assert.equal(chosen.length, 2);
      const inA = chosen.filter((c) => (c[0] ?? 0) < 500).length;
      assert.equal(inA, 1, `seed ${seed}: ${JSON.stringify(chosen)}`);
    }
  });

  test('the first centroid is uniform', () => {
    const rng = mulberry32(11);
    const counts = [0, 0, 0, 0];
    const runs = 4000;
    for (let r = 0; r < runs; r++) {
      const value = kmeansPlusPlusInit([[0], [1], [2], [3]], 1, rng)[0]?.[0] ?? -1;
      counts[value] = (counts[value] ?? 0) + 1;
    }
    counts.forEach((count, value) => assertClose(count / runs, 0.25, 0.04, `point ${value}: ${count} of ${runs}`));
  });

  test('the second centroid follows the squared distance', () => {
    // Points 0, 1, 3: P({0,1}) = 1/3*1/10 + 1/3*1/5 = 0.1,
    // P({0,3}) = 1/3*9/10 + 1/3*9/13, P({1,3}) = 1/3*4/5 + 1/3*4/13.
    const expected = new Map<string, number>([['0,1', 0.1], ['0,3', 0.3 + 3 / 13], ['1,3', 4 / 15 + 4 / 39]]);
    const counts = new Map<string, number>([['0,1', 0], ['0,3', 0], ['1,3', 0]]);
    const rng = mulberry32(2024);
    const runs = 3000;
    for (let r = 0; r < runs; r++) {
      const chosen = kmeansPlusPlusInit([[0], [1], [3]], 2, rng);
      const pair = chosen.map((c) => c[0] ?? -1).sort((a, b) => a - b).join(',');
      const count = counts.get(pair);
      assert.ok(count !== undefined, `picked the same point twice: ${JSON.stringify(chosen)}`);
      counts.set(pair, count + 1);
    }
    for (const [pair, probability] of expected) assertClose((counts.get(pair) ?? 0) / runs, probability, 0.04, `pair ${pair}:`);
  });
});
