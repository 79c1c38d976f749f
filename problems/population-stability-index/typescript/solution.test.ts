import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { psi, psiLabel, quantileEdges } from './solution';

const BASELINE = Array.from({ length: 100 }, (_, i) => i + 1); // 1, 2, ..., 100
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const repeat = (value: number, times: number): number[] => new Array<number>(times).fill(value);

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

/** A Fisher-Yates shuffle of a copy of values (the same order as the Python tests). */
function shuffled(values: number[], rng: () => number): number[] {
  const result = [...values];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [result[i], result[j]] = [result[j] ?? 0, result[i] ?? 0];
  }
  return result;
}

/** A normal draw (Box-Muller) rounded to 2 decimals. */
function roundedGauss(rng: () => number, mean: number, sd: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  return Math.round((mean + sd * z) * 100) / 100;
}

/** The statement's recipe written out plainly, for checking random inputs. */
function directPsi(baseline: number[], current: number[], bins = 10, eps = 1e-4): number {
  const values = [...baseline].sort((x, y) => x - y);
  const n = values.length;
  const edges: number[] = [];
  for (let j = 1; j < bins; j++) {
    const h = ((n - 1) * j) / bins;
    const i = Math.floor(h);
    edges.push(i + 1 < n ? (values[i] ?? 0) + (h - i) * ((values[i + 1] ?? 0) - (values[i] ?? 0)) : (values[i] ?? 0));
  }
  const proportions = (sample: number[]): number[] => {
    const counts = new Array<number>(bins).fill(0);
    for (const v of sample) {
      const bin = edges.filter((e) => e < v).length;
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
    return counts.map((c) => (c > 0 ? c / sample.length : eps));
  };
  const e = proportions(baseline);
  return proportions(current).reduce((sum, a, k) => sum + (a - (e[k] ?? 0)) * Math.log(a / (e[k] ?? 1)), 0);
}

function assertClose(actual: number, expected: number, tolerance = 1e-9, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

function assertAllClose(actual: number[], expected: number[], tolerance = 1e-9): void {
  assert.equal(actual.length, expected.length, `${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  expected.forEach((e, i) => assertClose(actual[i] ?? NaN, e, tolerance, `index ${i}:`));
}

describe('population stability index', () => {
  test('quantile edges interpolate', () => {
    assertAllClose(quantileEdges(BASELINE), [10.9, 20.8, 30.7, 40.6, 50.5, 60.4, 70.3, 80.2, 90.1]);
    assertAllClose(quantileEdges([3, 1], 4), [1.5, 2, 2.5]);
    assertAllClose(quantileEdges([5], 3), [5, 5]);
    assertAllClose(quantileEdges(range(0, 11).reverse(), 5), [2, 4, 6, 8]);
  });

  test('identical distributions give zero', () => {
    assert.equal(psi(BASELINE, BASELINE), 0);
    const mixed = shuffled(BASELINE, mulberry32(3));
    assert.equal(psi(BASELINE, mixed), 0);
    assertClose(psi(BASELINE, [...BASELINE, ...BASELINE]), 0, 1e-12, 'only proportions matter:');
    assert.equal(psiLabel(psi(BASELINE, mixed)), 'stable');
  });

  test('example 1: a small shift', () => {
    // Shifted by +5: the first bin keeps 5% instead of 10%, the last gets 15%.
    const value = psi(BASELINE, BASELINE.map((x) => x + 5));
    assertClose(value, (0.05 - 0.1) * Math.log(0.5) + (0.15 - 0.1) * Math.log(1.5));
    assertClose(value, 0.054931, 1e-6);
    assert.equal(psiLabel(value), 'stable');
  });

  test('example 2: a large shift with empty bins', () => {
    // Shifted by +30: three bins are empty (epsilon = 1e-4), the last holds 40%.
    const shifted = BASELINE.map((x) => x + 30);
    const value = psi(BASELINE, shifted);
    assertClose(value, 3 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1) + 0.3 * Math.log(4));
    assertClose(value, 2.486143, 1e-6);
    assert.equal(psiLabel(value), 'major');
    assertClose(psi(BASELINE, shifted, 10, 1e-3), 3 * (1e-3 - 0.1) * Math.log(1e-3 / 0.1) + 0.3 * Math.log(4));
  });

  test('a moderate shift', () => {
    const current = [...BASELINE, ...repeat(95, 25)]; // 10/125 in each of the first nine bins, 35/125 in the last
    const value = psi(BASELINE, current);
    assertClose(value, 9 * (0.08 - 0.1) * Math.log(0.8) + (0.28 - 0.1) * Math.log(2.8));
    assert.equal(psiLabel(value), 'moderate');
  });

  test('example 3: edges are inclusive on the right', () => {
    const baseline = range(0, 11); // edges for 5 bins: 2, 4, 6, 8
    const current = [2, 2, 4, 4, 6, 6, 8, 8, 9, 10];
    // Right-inclusive bins: baseline 3, 2, 2, 2, 2 of 11; current 2 in every bin.
    const expected = (0.2 - 3 / 11) * Math.log(0.2 / (3 / 11)) + 4 * (0.2 - 2 / 11) * Math.log(0.2 / (2 / 11));
    assertClose(psi(baseline, current, 5), expected);
    assertClose(psi(baseline, current, 5), 0.029488, 1e-6);
  });

  test('values outside the baseline go to the end bins', () => {
    const current = [...repeat(-1e9, 50), ...repeat(1e9, 50)];
    assertClose(psi(BASELINE, current), 2 * (0.5 - 0.1) * Math.log(5) + 8 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1));
  });

  test('repeated baseline values make empty bins', () => {
    const baseline = [...repeat(0, 50), ...range(1, 51)];
    assertAllClose(quantileEdges(baseline), [0, 0, 0, 0, 0.5, 10.4, 20.3, 30.2, 40.1]);
    assert.equal(psi(baseline, baseline), 0);
    const current = [...repeat(0, 20), ...range(1, 81)];
    // Bins: 50% zeros, four empty bins, then 10% each; current has 20% zeros and 40% in the last bin.
    assertClose(psi(baseline, current), (0.2 - 0.5) * Math.log(0.4) + (0.4 - 0.1) * Math.log(4));
  });

  test('labels follow the rule of thumb', () => {
    assert.equal(psiLabel(0), 'stable');
    assert.equal(psiLabel(0.0999), 'stable');
    assert.equal(psiLabel(0.1), 'moderate');
    assert.equal(psiLabel(0.18), 'moderate');
    assert.equal(psiLabel(0.25), 'moderate');
    assert.equal(psiLabel(0.2500001), 'major');
    assert.equal(psiLabel(3), 'major');
  });

  test('matches the recipe on random samples', () => {
    const rng = mulberry32(12);
    for (let trial = 0; trial < 20; trial++) {
      const baseline = Array.from({ length: 1 + Math.floor(rng() * 300) }, () => roundedGauss(rng, 0, 1));
      const mean = -1 + 2 * rng();
      const sd = 0.5 + 1.5 * rng();
      const current = Array.from({ length: 1 + Math.floor(rng() * 300) }, () => roundedGauss(rng, mean, sd));
      const bins = 2 + Math.floor(rng() * 11);
      assertClose(psi(baseline, current, bins), directPsi(baseline, current, bins), 1e-9, `trial ${trial}:`);
    }
  });

  test('invalid inputs, and the inputs are not modified', () => {
    const baseline = [5, 1, 3, 2, 4];
    const current = [2.5, 9, 1];
    psi(baseline, current, 2);
    quantileEdges(baseline, 3);
    assert.deepEqual(baseline, [5, 1, 3, 2, 4]);
    assert.deepEqual(current, [2.5, 9, 1]);
    assert.throws(() => psi([], current), Error);
    assert.throws(() => psi(baseline, []), Error);
    assert.throws(() => psi(baseline, current, 1), Error);
    assert.throws(() => quantileEdges([], 4), Error);
    assert.throws(() => quantileEdges(baseline, 1), Error);
  });
});
