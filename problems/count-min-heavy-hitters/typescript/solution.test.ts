import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CountMinSketch, HeavyHitters } from './solution';

const PRIME = 67_108_859;

/** The statement's hash family, written out independently of the solution. */
function modelParameters(depth: number, seed: number): Array<[number, number]> {
  let state = seed;
  const parameters: Array<[number, number]> = [];
  for (let row = 0; row < depth; row++) {
    state = (state * 48271) % 2147483647;
    const a = 1 + (state % (PRIME - 1));
    state = (state * 48271) % 2147483647;
    parameters.push([a, state % PRIME]);
  }
  return parameters;
}

/** A plain Count-Min sketch used to check the solution's answers. */
class ModelSketch {
  readonly parameters: Array<[number, number]>;
  readonly rows: number[][];

  constructor(
    readonly width: number,
    depth: number,
    seed: number,
  ) {
    this.parameters = modelParameters(depth, seed);
    this.rows = Array.from({ length: depth }, () => new Array<number>(width).fill(0));
  }

  bucket(row: number, key: number): number {
    const [a, b] = this.parameters[row] ?? [0, 0];
    return ((a * key + b) % PRIME) % this.width;
  }

  add(key: number, count = 1): void {
    this.rows.forEach((counters, row) => {
      const j = this.bucket(row, key);
      counters[j] = (counters[j] ?? 0) + count;
    });
  }

  estimate(key: number): number {
    return Math.min(...this.rows.map((counters, row) => counters[this.bucket(row, key)] ?? 0));
  }
}

/**
 * Deterministic keys: 8 hot ones (5% each), 20 warm ones (0.5% each) and 5,000 rare ones.
 * The same generator as the Python tests.
 */
function skewedKeys(count: number, seed: number): number[] {
  let state = seed;
  const keys: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 48271) % 2147483647;
    const r = state % 100;
    const rest = Math.floor(state / 100);
    const rank = r < 40 ? r % 8 : r < 50 ? 8 + (rest % 20) : 28 + (rest % 5000);
    keys.push(rank * 7919 + 13);
  }
  return keys;
}

/**
 * How many entries the arrays, maps, sets and objects reachable from root's properties hold.
 * The sketch's counters count too; a map or set with one entry per distinct key seen is what
 * the memory test looks for.
 */
function storedEntries(root: unknown): number {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  let total = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      const view: ArrayBufferView & { length?: number } = value;
      total += view.length ?? view.byteLength; // a typed array's elements, not its bytes
    } else if (value instanceof Map) {
      total += value.size;
      for (const [k, v] of value) stack.push(k, v);
    } else if (value instanceof Set) {
      total += value.size;
      for (const v of value) stack.push(v);
    } else {
      const values = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
      total += values.length;
      for (const v of values) stack.push(v);
    }
  }
  return total;
}

function countAll(keys: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

describe('CountMinSketch', () => {
  test('the hash family matches the statement', () => {
    let sketch = new CountMinSketch(10, 3, 2024);
    assert.deepEqual([0, 1, 2].map((row) => sketch.bucket(row, 12)), [4, 2, 7]);
    assert.deepEqual([0, 1, 2].map((row) => sketch.bucket(row, 1)), [2, 4, 1]);
    for (const [width, depth, seed] of [[10, 3, 2024], [1000, 5, 7], [272, 4, 987654321]] as const) {
      sketch = new CountMinSketch(width, depth, seed);
      const model = new ModelSketch(width, depth, seed);
      for (const key of [0, 1, 2, 12345, 999_983, PRIME - 1]) {
        for (let row = 0; row < depth; row++) {
          assert.equal(sketch.bucket(row, key), model.bucket(row, key), `width ${width}, seed ${seed}, row ${row}, key ${key}`);
        }
      }
    }
  });

  test('example 1: the minimum over rows hides a collision', () => {
    const sketch = new CountMinSketch(10, 3, 2024);
    sketch.add(1, 5);
    sketch.add(5, 3);
    sketch.add(9);
    // Keys 1, 5 and 9 share bucket 2 of row 0 (counter 9), but each has a row to itself.
    assert.deepEqual([sketch.estimate(1), sketch.estimate(5), sketch.estimate(9)], [5, 3, 1]);
    assert.equal(sketch.estimate(12), 0);
    assert.equal(sketch.total, 9);
  });

  test('overestimates when every row collides', () => {
    const sketch = new CountMinSketch(4, 2, 31337);
    const model = new ModelSketch(4, 2, 31337);
    for (let key = 0; key < 20; key++) {
      sketch.add(key, key + 1);
      model.add(key, key + 1);
    }
    for (let key = 20; key < 40; key++) {
      assert.equal(sketch.estimate(key), model.estimate(key), `key ${key} (never added)`);
      assert.ok(sketch.estimate(key) > 0, 'a narrow sketch overestimates keys it never saw');
    }
  });

  test('exact when no key collides', () => {
    const keys = [3, 141, 5926, 53589, 793238, 4626433, 8327950, 28841971];
    const sketch = new CountMinSketch(1000, 4, 7);
    const model = new ModelSketch(1000, 4, 7);
    keys.forEach((key, i) => {
      const alone = [0, 1, 2, 3].some((r) => keys.every((other) => other === key || model.bucket(r, key) !== model.bucket(r, other)));
      assert.ok(alone, 'test setup: every key has a row of its own');
      sketch.add(key, 10 * (i + 1));
    });
    assert.deepEqual(keys.map((key) => sketch.estimate(key)), keys.map((_, i) => 10 * (i + 1)));
  });

  test('never underestimates and takes the minimum over rows', () => {
    const sketch = new CountMinSketch(50, 4, 99);
    const model = new ModelSketch(50, 4, 99);
    const keys = skewedKeys(5000, 17);
    for (const key of keys) {
      sketch.add(key);
      model.add(key);
    }
    for (const [key, count] of countAll(keys)) {
      const estimate = sketch.estimate(key);
      assert.ok(estimate >= count, `key ${key} underestimated: ${estimate} < ${count}`);
      assert.equal(estimate, model.estimate(key), `key ${key}: not the minimum of its counters`);
    }
  });

  test('the error bound holds with the stated probability', () => {
    const epsilon = 0.01;
    const delta = 0.01;
    const [width, depth] = CountMinSketch.dimensions(epsilon, delta);
    assert.deepEqual([width, depth], [272, 5]);
    const sketch = new CountMinSketch(width, depth, 2718281);
    const keys = skewedKeys(30_000, 4242);
    for (const key of keys) sketch.add(key);
    const n = sketch.total;
    assert.equal(n, 30_000);
    const trueCounts = countAll(keys);
    const tooFar = [...trueCounts].filter(([key, count]) => sketch.estimate(key) - count > epsilon * n);
    assert.ok(tooFar.length / trueCounts.size <= delta, `${tooFar.length} of ${trueCounts.size} keys off by more than epsilon * N`);
  });

  test('dimensions from epsilon and delta', () => {
    assert.deepEqual(CountMinSketch.dimensions(0.1, 0.05), [28, 3]);
    assert.deepEqual(CountMinSketch.dimensions(0.001, 0.5), [2719, 1]);
    assert.deepEqual(CountMinSketch.dimensions(0.5, 0.001), [6, 7]);
    for (const [epsilon, delta] of [[0, 0.1], [-0.1, 0.1], [0.1, 0], [0.1, 1]] as const) {
      assert.throws(() => CountMinSketch.dimensions(epsilon, delta), Error, `epsilon ${epsilon}, delta ${delta}`);
    }
  });

  test('counts and invalid updates', () => {
    const sketch = new CountMinSketch(16, 3, 5);
    assert.equal(sketch.estimate(77), 0);
    assert.equal(sketch.total, 0);
    sketch.add(77, 0);
    sketch.add(77, 4);
    sketch.add(77);
    assert.equal(sketch.estimate(77), 5);
    assert.equal(sketch.total, 5);
    assert.throws(() => sketch.add(77, -1), Error);
    assert.throws(() => sketch.add(-3), Error);
    assert.throws(() => sketch.add(PRIME), Error);
    assert.equal(sketch.estimate(77), 5, 'a rejected update changes nothing');
    assert.equal(sketch.total, 5);
  });
});

describe('HeavyHitters', () => {
  test('example 2: heavy hitters of a short stream', () => {
    const hitters = new HeavyHitters(0.2, 1000, 4, 7);
    for (const key of [5, 9, 5, 2, 5, 9, 7, 5, 9, 1]) hitters.add(key);
    // N = 10, threshold 2: key 5 (4 times) and key 9 (3 times).
    assert.deepEqual(hitters.heavyHitters(), [5, 9]);
    assert.equal(hitters.estimate(5), 4);
  });

  test('ties go to the smaller key and counts add up', () => {
    const hitters = new HeavyHitters(0.25, 1000, 4, 7);
    hitters.add(40, 3);
    hitters.add(30, 3);
    hitters.add(20, 2);
    hitters.add(10, 1);
    hitters.add(20, 1);
    assert.deepEqual(hitters.heavyHitters(), [20, 30, 40], 'all three have 3 of N = 10');
    hitters.add(10, 2);
    assert.deepEqual(hitters.heavyHitters(), [10, 20, 30, 40], 'exactly phi * N = 3 counts');
  });

  test('a diluted key leaves the heavy hitters', () => {
    const hitters = new HeavyHitters(0.3, 1000, 4, 7);
    hitters.add(8, 5);
    assert.deepEqual(hitters.heavyHitters(), [8]);
    for (const key of [1, 2, 1, 2, 1, 2, 1, 2, 1, 2]) hitters.add(key);
    // N = 15, threshold 4.5: 8 has 5, keys 1 and 2 have 5 each.
    assert.deepEqual(hitters.heavyHitters(), [1, 2, 8]);
    hitters.add(1, 5);
    hitters.add(2, 5);
    // N = 25, threshold 7.5: key 8 was heavy once but no longer is.
    assert.deepEqual(hitters.heavyHitters(), [1, 2]);
  });

  test('queries do not change the answers', () => {
    const hitters = new HeavyHitters(0.1, 500, 3, 11);
    for (const key of skewedKeys(2000, 3)) hitters.add(key);
    const first = hitters.heavyHitters();
    const copy = [...first];
    first.push(-1);
    assert.deepEqual(hitters.heavyHitters(), copy);
    assert.deepEqual(hitters.heavyHitters(), copy);
  });

  test('guarantees on a skewed stream with a narrow sketch', () => {
    const phi = 0.02;
    const hitters = new HeavyHitters(phi, 64, 3, 555);
    const model = new ModelSketch(64, 3, 555);
    const trueCounts = new Map<number, number>();
    let trulyHeavy: number[] = [];
    skewedKeys(20_000, 8080).forEach((key, index) => {
      const i = index + 1;
      hitters.add(key);
      model.add(key);
      trueCounts.set(key, (trueCounts.get(key) ?? 0) + 1);
      if (i % 1000 !== 0) return;
      const answer = hitters.heavyHitters();
      const threshold = phi * i;
      trulyHeavy = [...trueCounts].filter(([, c]) => c >= threshold).map(([k]) => k);
      for (const k of trulyHeavy) assert.ok(answer.includes(k), `after ${i}: ${k} has true count >= phi * N but is missing`);
      for (const k of answer) {
        assert.ok(trueCounts.has(k), `after ${i}: ${k} was never added`);
        assert.ok(model.estimate(k) >= threshold, `after ${i}: ${k} is below phi * N`);
      }
      const sorted = [...answer].sort((x, y) => model.estimate(y) - model.estimate(x) || x - y);
      assert.deepEqual(answer, sorted, `after ${i}: order`);
    });
    assert.ok(trulyHeavy.length >= 5);
  });

  test('memory does not grow with the number of distinct keys', () => {
    // 10,000 keys seen once each, interleaved with 10,000 adds spread over 5 hot keys.
    const [phi, width, depth] = [0.05, 256, 4];
    const hitters = new HeavyHitters(phi, width, depth, 4711);
    const model = new ModelSketch(width, depth, 4711);
    const hot = [101, 202, 303, 404, 505];
    const budget = 2 * width * depth + Math.ceil(50 / phi) + 1000;
    let answer: number[] = [];
    for (let i = 1; i <= 10_000; i++) {
      for (const key of [1_000_000 + 37 * i, hot[i % 5] ?? 0]) {
        hitters.add(key);
        model.add(key);
      }
      if (i % 1000 !== 0) continue;
      answer = hitters.heavyHitters();
      for (const k of answer) assert.ok(model.estimate(k) >= phi * 2 * i, `after ${2 * i} adds: ${k} is below phi * N`);
      const stored = storedEntries(hitters);
      assert.ok(stored <= budget, `${stored} stored entries after ${i + 5} distinct keys: is it keeping every key it has seen?`);
    }
    assert.deepEqual([...answer].sort((x, y) => x - y), hot);
  });
});
