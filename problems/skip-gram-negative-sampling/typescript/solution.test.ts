import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NegativeSampler, keepProbability, skipGramPairs } from './solution';

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

/** An rng returning fixed values in order, counting the draws. */
function scripted(values: number[]): { rng: () => number; draws: () => number } {
  let used = 0;
  return {
    rng: () => {
      const value = values[used];
      if (value === undefined) throw new Error('more draws than tokens');
      used++;
      return value;
    },
    draws: () => used,
  };
}

/** A seeded rng whose first draw is a given value (such as exactly 0). */
function edgeFirst(first: number, seed: number): () => number {
  const rest = mulberry32(seed);
  let used = false;
  return () => {
    if (used) return rest();
    used = true;
    return first;
  };
}

const count = (items: string[], item: string): number => items.filter((x) => x === item).length;

describe('skipGramPairs', () => {
  test('example 1: window one, pairs in order', () => {
    assert.deepEqual(skipGramPairs(['the', 'cat', 'sat', 'on', 'the', 'mat'], 1), [
      ['the', 'cat'], ['cat', 'the'], ['cat', 'sat'], ['sat', 'cat'], ['sat', 'on'],
      ['on', 'sat'], ['on', 'the'], ['the', 'on'], ['the', 'mat'], ['mat', 'the'],
    ]);
  });

  test('wider windows are clipped at the ends', () => {
    assert.deepEqual(skipGramPairs(['a', 'b', 'c', 'd'], 2), [
      ['a', 'b'], ['a', 'c'], ['b', 'a'], ['b', 'c'], ['b', 'd'],
      ['c', 'a'], ['c', 'b'], ['c', 'd'], ['d', 'b'], ['d', 'c'],
    ]);
    assert.deepEqual(skipGramPairs(['a', 'b', 'c'], 5), [['a', 'b'], ['a', 'c'], ['b', 'a'], ['b', 'c'], ['c', 'a'], ['c', 'b']]);
  });

  test('short inputs and the pair count', () => {
    assert.deepEqual(skipGramPairs([], 3), []);
    assert.deepEqual(skipGramPairs(['solo'], 3), []);
    const tokens = Array.from({ length: 50 }, (_, i) => `t${i}`);
    // every token has 2w neighbours, minus the ones cut off at the two ends: 2 * (n*w - w(w+1)/2)
    assert.equal(skipGramPairs(tokens, 3).length, 2 * (50 * 3 - 6));
  });

  test('the keep probability formula', () => {
    assertClose(keepProbability(4 / 6, 0.1), 0.5372983346207417, 1e-9);
    assertClose(keepProbability(0.75, 0.01), 0.1288033871712585, 1e-9);
    assertClose(keepProbability(0.01, 0.001), 0.416227766016838, 1e-9);
    assert.equal(keepProbability(1 / 6, 0.1), 1, 'rare words are always kept');
  });

  test('example 2: subsampling with scripted draws', () => {
    const script = scripted([0.9, 0.5, 0.2, 0.7, 0.6, 0.1]);
    const tokens = ['the', 'cat', 'the', 'dog', 'the', 'the'];
    const pairs = skipGramPairs(tokens, 1, 0.1, script.rng);
    assert.deepEqual(pairs, [['cat', 'the'], ['the', 'cat'], ['the', 'dog'], ['dog', 'the'], ['dog', 'the'], ['the', 'dog']]);
    assert.equal(script.draws(), 6, 'exactly one draw per token');
    assert.deepEqual(tokens, ['the', 'cat', 'the', 'dog', 'the', 'the'], 'the input is not modified');
    // "x" is 4/6 of these tokens too; draws 0.537 and 0.0 keep it, 0.538 and 0.5373 drop it.
    const second = scripted([0.537, 0.99, 0.538, 0, 0.5, 0.5373]);
    assert.deepEqual(skipGramPairs(['x', 'y', 'x', 'x', 'z', 'x'], 3, 0.1, second.rng), [
      ['x', 'y'], ['x', 'x'], ['x', 'z'], ['y', 'x'], ['y', 'x'], ['y', 'z'],
      ['x', 'x'], ['x', 'y'], ['x', 'z'], ['z', 'x'], ['z', 'y'], ['z', 'x'],
    ]);
    assert.equal(second.draws(), 6);
  });

  test('subsampling keeps frequent words at the right rate', () => {
    // "the" is half the corpus; each of the 2,000 other words is 5 / 20,000 of it (keep probability 1).
    const tokens: string[] = [];
    for (let i = 0; i < 10_000; i++) tokens.push('the', `w${i % 2000}`);
    const t = 0.001;
    const pairs = skipGramPairs(tokens, 2, t, mulberry32(17));
    // m kept tokens give 2 * (2m - 3) pairs at window 2.
    const kept = (pairs.length / 2 + 3) / 2;
    const keptThe = kept - 10_000;
    // About 10,000 * 0.0467 = 467 "the" tokens survive (standard deviation about 21).
    assertClose(keptThe / 10_000, keepProbability(0.5, t), 0.012, `${keptThe} "the" tokens kept:`);
    // The draws are fully specified (one rng() per token, keep iff u < p), so the result is exact.
    const replay = mulberry32(17);
    const pThe = Math.min(1, Math.sqrt(t / 0.5) + t / 0.5);
    const expectedKept = tokens.filter((w) => replay() < (w === 'the' ? pThe : 1));
    assert.deepEqual(pairs, skipGramPairs(expectedKept, 2));
  });

  test('a long token list gives every pair', () => {
    const tokens = Array.from({ length: 100_000 }, (_, i) => `w${i % 5000}`);
    const pairs = skipGramPairs(tokens, 4);
    assert.equal(pairs.length, 2 * (100_000 * 4 - 10));
    assert.deepEqual(pairs[pairs.length - 1], ['w4999', 'w4998']);
  });
});

describe('NegativeSampler', () => {
  test('example 3: probabilities are counts to the three quarters', () => {
    const probs = new NegativeSampler(new Map([['the', 81], ['cat', 16], ['mat', 1]])).probabilities();
    assert.deepEqual([...probs.keys()].sort(), ['cat', 'mat', 'the']);
    assertClose(probs.get('the') ?? NaN, 27 / 36, 1e-9);
    assertClose(probs.get('cat') ?? NaN, 8 / 36, 1e-9);
    assertClose(probs.get('mat') ?? NaN, 1 / 36, 1e-9);
  });

  test('power one and zero counts', () => {
    let probs = new NegativeSampler(new Map([['a', 3], ['b', 1], ['c', 0]]), 1).probabilities();
    assertClose(probs.get('a') ?? NaN, 0.75, 1e-9);
    assertClose(probs.get('b') ?? NaN, 0.25, 1e-9);
    assert.equal(probs.get('c'), 0);
    probs = new NegativeSampler(new Map([['x', 16], ['y', 1], ['z', 0]])).probabilities();
    assertClose(probs.get('x') ?? NaN, 8 / 9, 1e-9);
    assertClose(probs.get('y') ?? NaN, 1 / 9, 1e-9);
    assert.equal(probs.get('z'), 0);
  });

  test('empirical frequencies with a fixed seed', () => {
    const sampler = new NegativeSampler(new Map([['the', 81], ['cat', 16], ['mat', 1], ['never', 0]]));
    const rng = mulberry32(3);
    const draws = sampler.sample(40_000, rng);
    assert.equal(draws.length, 40_000);
    assert.ok(!draws.includes('never'), 'a word with count 0 is never drawn');
    for (const [word, p] of [['the', 27 / 36], ['cat', 8 / 36], ['mat', 1 / 36]] as const) {
      assertClose(count(draws, word) / 40_000, p, 0.015, `${word}:`);
    }
    assert.deepEqual(sampler.sample(0, rng), []);
    assert.deepEqual(new NegativeSampler(new Map([['only', 5]])).sample(3, rng), ['only', 'only', 'only']);
  });

  test('invalid inputs throw', () => {
    assert.deepEqual(new NegativeSampler(new Map([['a', 0], ['b', 2]])).probabilities(), new Map([['a', 0], ['b', 1]]));
    assert.throws(() => new NegativeSampler(new Map()), Error);
    assert.throws(() => new NegativeSampler(new Map([['a', 3], ['b', -1]])), Error);
    assert.throws(() => new NegativeSampler(new Map([['a', 0], ['b', 0]])), Error);
    assert.throws(() => skipGramPairs(['a', 'b'], 1, 0.1), Error);
  });

  test('the draws come from the given rng', () => {
    const sampler = new NegativeSampler(new Map([['the', 81], ['cat', 16], ['mat', 1], ['sat', 10]]));
    const first = sampler.sample(200, mulberry32(5));
    assert.deepEqual(sampler.sample(200, mulberry32(5)), first, 'the same seed gives the same draws');
    assert.notDeepEqual(sampler.sample(200, mulberry32(6)), first, 'another seed gives other draws');
  });

  test('zero-count words are never drawn, even at the edges', () => {
    // rng() can return exactly 0; a word with count 0 owns no part of [0, 1).
    const sampler = new NegativeSampler(new Map([['zero', 0], ['a', 1], ['b', 0], ['c', 3], ['end', 0]]), 1);
    for (const value of [0, 0.25, 0.5, 1 - 2 ** -53]) {
      const draws = sampler.sample(5, edgeFirst(value, 30));
      assert.equal(draws.length, 5);
      assert.ok(draws.every((w) => w === 'a' || w === 'c'), `a first draw of ${value} gave ${JSON.stringify(draws)}`);
    }
  });

  test('many small samples from a large vocabulary', () => {
    // word2vec draws a few negatives per training pair, so sample is called many times with a
    // small n and each draw must cost O(log V). 1,000 calls of sample(50) over 100,000 words
    // (sample(20) in the Python test, which runs the slow loops many times slower); scanning
    // the words, or rebuilding the weights, on every call costs O(V) per call. Only the time
    // inside sample is measured, and the test stops as soon as it passes a second.
    const sampler = new NegativeSampler(new Map(Array.from({ length: 100_000 }, (_, i): [string, number] => [`v${i}`, i + 1])));
    const rng = mulberry32(8);
    const draws: string[] = [];
    let spent = 0;
    for (let call = 0; call < 1000; call++) {
      const started = performance.now();
      draws.push(...sampler.sample(50, rng));
      spent += (performance.now() - started) / 1000;
      assert.ok(spent < 1, `${spent.toFixed(2)} s after ${call + 1} calls of sample(50): not O(log V) per draw`);
    }
    // About 0.70 of the mass is in the upper half; 50,000 draws estimate it with a standard
    // error of about 0.002.
    const weights = Array.from({ length: 100_000 }, (_, i) => (i + 1) ** 0.75);
    const expectedTopHalf = weights.slice(50_000).reduce((a, b) => a + b, 0) / weights.reduce((a, b) => a + b, 0);
    const topHalf = draws.filter((w) => Number(w.slice(1)) >= 50_000).length / draws.length;
    assertClose(topHalf, expectedTopHalf, 0.02);
  });
});
