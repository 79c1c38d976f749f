import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { reservoirSample, weightedReservoirSample } from './solution';

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

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

/** An iterable that can be iterated only once, like a network stream. */
function oneShot<T>(items: Iterable<T>): Iterable<T> {
  let used = false;
  return {
    [Symbol.iterator](): Iterator<T> {
      if (used) throw new Error('the stream was iterated twice');
      used = true;
      return items[Symbol.iterator]();
    },
  };
}

/** A seeded rng that counts its draws. */
function counting(seed: number): { rng: () => number; calls: () => number } {
  const base = mulberry32(seed);
  let calls = 0;
  return {
    rng: () => {
      calls++;
      return base();
    },
    calls: () => calls,
  };
}

/** Yields the items, then notes how many draws had been made when the stream ran out. */
function* streamNotingDraws<T>(items: Iterable<T>, calls: () => number, notes: number[]): Generator<T> {
  yield* items;
  notes.push(calls());
}

const sum = (values: number[]): number => values.reduce((total, x) => total + x, 0);

describe('reservoirSample', () => {
  test('example 1: a short stream is returned whole', () => {
    assert.deepEqual(reservoirSample(['a', 'b'].values(), 5, mulberry32(1)), ['a', 'b']);
    assert.deepEqual(reservoirSample([].values(), 3, mulberry32(1)), []);
  });

  test('exactly k items are all kept', () => {
    assert.deepEqual(reservoirSample(range(4), 4, mulberry32(2)).sort(), [0, 1, 2, 3]);
  });

  test('k zero gives an empty sample', () => {
    assert.deepEqual(reservoirSample(range(10), 0, mulberry32(3)), []);
    assert.deepEqual(weightedReservoirSample([['a', 1]], 0, mulberry32(3)), []);
  });

  test('the sample has k distinct items from the stream', () => {
    const rng = mulberry32(4);
    for (let r = 0; r < 200; r++) {
      const sample = reservoirSample(range(50), 7, rng);
      assert.equal(sample.length, 7);
      assert.equal(new Set(sample).size, 7, `repeated item in ${JSON.stringify(sample)}`);
      assert.ok(sample.every((x) => x >= 0 && x < 50));
    }
  });

  test('example 2: every item is equally likely', () => {
    const rng = mulberry32(5);
    const runs = 3000;
    const counts = new Array<number>(10).fill(0);
    let bothEnds = 0;
    for (let r = 0; r < runs; r++) {
      const sample = reservoirSample(range(10), 3, rng);
      for (const x of sample) counts[x] = (counts[x] ?? 0) + 1;
      if (sample.includes(0) && sample.includes(9)) bothEnds++;
    }
    counts.forEach((count, item) => assertClose(count / runs, 0.3, 0.04, `item ${item} in ${count} of ${runs} samples:`));
    // P(0 and 9 both sampled) = C(8, 1) / C(10, 3) = 1/15
    assertClose(bothEnds / runs, 1 / 15, 0.025);
  });

  test('the sample comes from the given rng', () => {
    const first = reservoirSample(range(1000), 20, mulberry32(42));
    for (let r = 0; r < 3; r++) assert.deepEqual(reservoirSample(range(1000), 20, mulberry32(42)), first, 'the same seed gives the same sample');
    assert.notDeepEqual(reservoirSample(range(1000), 20, mulberry32(43)), first, 'another seed gives another sample');
    const stream = Array.from({ length: 1000 }, (_, i): [number, number] => [i, 1 + (i % 7)]);
    const weighted = weightedReservoirSample(stream.values(), 20, mulberry32(42));
    assert.deepEqual(weightedReservoirSample(stream.values(), 20, mulberry32(42)), weighted);
  });

  test('each item is decided while the stream is read', () => {
    // Reading the whole stream first and sampling afterwards needs O(n) memory:
    // the draws must start before the stream runs out.
    let counter = counting(12);
    let notes: number[] = [];
    const sample = reservoirSample(streamNotingDraws(range(1000), counter.calls, notes), 10, counter.rng);
    assert.equal(sample.length, 10);
    assert.equal(notes.length, 1, 'the stream is read to the end');
    assert.ok((notes[0] ?? 0) > 0, 'no random draw was made before the stream ran out: the stream was stored');
    counter = counting(13);
    notes = [];
    const pairs = Array.from({ length: 1000 }, (_, i): [number, number] => [i, 1]);
    const weighted = weightedReservoirSample(streamNotingDraws(pairs, counter.calls, notes), 10, counter.rng);
    assert.equal(weighted.length, 10);
    assert.equal(notes.length, 1, 'the stream is read to the end');
    assert.ok((notes[0] ?? 0) > 0, 'no random draw was made before the stream ran out: the stream was stored');
  });

  test('a large generator stream in one pass', () => {
    const n = 200_000;
    const rng = mulberry32(6);
    const sample = reservoirSample(oneShot(range(n)), 100, rng);
    assert.equal(sample.length, 100);
    assert.equal(new Set(sample).size, 100);
    assertClose(sum(sample) / 100, n / 2, 25_000, 'the sample should spread over the whole stream:');
    function* pairs(): Generator<[number, number]> {
      for (const x of range(n)) yield [x, 1];
    }
    const weighted = weightedReservoirSample(oneShot(pairs()), 100, rng);
    assert.equal(new Set(weighted).size, 100);
    assertClose(sum(weighted) / 100, n / 2, 25_000);
  });
});

describe('weightedReservoirSample', () => {
  test('example 3: the probability follows the weight', () => {
    const rng = mulberry32(7);
    const runs = 5000;
    const stream: [string, number][] = [['a', 1], ['b', 2], ['c', 3], ['d', 4]];
    const counts = new Map<string, number>();
    for (let r = 0; r < runs; r++) {
      const sample = weightedReservoirSample(stream.values(), 1, rng);
      assert.equal(sample.length, 1);
      const chosen = sample[0] ?? '';
      counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
    }
    for (const [item, weight] of stream) assertClose((counts.get(item) ?? 0) / runs, weight / 10, 0.035, `${item}:`);
  });

  test('tiny weights keep their proportions', () => {
    // u ** (1 / w) underflows to 0 for weights this small; ln(u) / w does not.
    const rng = mulberry32(14);
    const runs = 4000;
    const stream: [string, number][] = [['a', 1e-9], ['b', 2e-9], ['c', 3e-9], ['d', 4e-9]];
    const counts = new Map<string, number>();
    for (let r = 0; r < runs; r++) {
      const chosen = weightedReservoirSample(stream.values(), 1, rng)[0] ?? '';
      counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
    }
    for (const [item, weight] of stream) assertClose((counts.get(item) ?? 0) / runs, weight / 1e-8, 0.035, `${item}:`);
  });

  test('weight-zero items are never chosen', () => {
    const rng = mulberry32(8);
    const stream: [string, number][] = [['x', 1], ['y', 0], ['z', 3], ['w', 0], ['v', 0.5]];
    for (let r = 0; r < 500; r++) {
      const sample = weightedReservoirSample(stream.values(), 2, rng);
      assert.equal(sample.length, 2);
      assert.ok(!sample.includes('y') && !sample.includes('w'), JSON.stringify(sample));
    }
    assert.deepEqual(weightedReservoirSample(stream.values(), 5, rng), ['x', 'z', 'v'], 'fewer positive weights than k: all of them, in order');
  });

  test('a heavy item is almost always included', () => {
    const rng = mulberry32(9);
    const runs = 2000;
    let hits = 0;
    const stream: [string, number][] = [['light1', 1], ['heavy', 100], ['light2', 1], ['light3', 1], ['light4', 1]];
    for (let r = 0; r < runs; r++) {
      const sample = weightedReservoirSample(stream.values(), 2, rng);
      assert.equal(new Set(sample).size, 2);
      if (sample.includes('heavy')) hits++;
    }
    // Exact probability of missing it: 4/104 * 3/103, about 0.1%.
    assert.ok(hits / runs > 0.97, `heavy item in ${hits} of ${runs}`);
  });

  test('a negative weight throws', () => {
    assert.deepEqual(weightedReservoirSample([['a', 1], ['b', 0]], 1, mulberry32(10)), ['a']);
    assert.throws(() => weightedReservoirSample([['a', 1], ['b', -0.5]], 1, mulberry32(10)));
  });
});
