import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ThompsonSampler, sampleBeta } from './solution';

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

function meanAndVariance(samples: number[]): [number, number] {
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  return [mean, samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (samples.length - 1)];
}

describe('sampleBeta', () => {
  test('the Beta sampler has the right mean and variance', () => {
    const rng = mulberry32(1);
    for (const [alpha, beta] of [[2, 5], [0.5, 0.5], [30, 10], [1, 1], [0.3, 3]] as const) {
      const samples = Array.from({ length: 20_000 }, () => sampleBeta(alpha, beta, rng));
      assert.ok(samples.every((x) => x >= 0 && x <= 1), `Beta(${alpha}, ${beta}) left [0, 1]`);
      const [mean, variance] = meanAndVariance(samples);
      const total = alpha + beta;
      const expectedVariance = (alpha * beta) / (total * total * (total + 1));
      assertClose(mean, alpha / total, 0.012, `mean of Beta(${alpha}, ${beta}):`);
      assertClose(variance, expectedVariance, 0.1 * expectedVariance, `variance of Beta(${alpha}, ${beta}):`);
    }
  });
});

describe('ThompsonSampler', () => {
  test('the priors start every arm', () => {
    const sampler = new ThompsonSampler(3);
    assert.deepEqual(sampler.alphas, [1, 1, 1]);
    assert.deepEqual(sampler.betas, [1, 1, 1]);
    const custom = new ThompsonSampler(2, 2, 5);
    assert.deepEqual(custom.alphas, [2, 2]);
    assert.deepEqual(custom.betas, [5, 5]);
  });

  test('example: updates are counted exactly', () => {
    const sampler = new ThompsonSampler(3);
    sampler.update(0, 1);
    sampler.update(0, 0);
    sampler.update(2, 1);
    sampler.update(2, 1);
    assert.deepEqual(sampler.alphas, [2, 1, 3]);
    assert.deepEqual(sampler.betas, [2, 1, 1]);
  });

  test('example: posterior means', () => {
    const sampler = new ThompsonSampler(3);
    for (const [arm, reward] of [[0, 1], [0, 0], [2, 1], [2, 1]] as const) sampler.update(arm, reward);
    const means = sampler.posteriorMeans();
    assert.equal(means.length, 3);
    [0.5, 0.5, 0.75].forEach((expected, i) => assertClose(means[i] ?? NaN, expected, 1e-12));
    assertClose(new ThompsonSampler(1, 2, 5).posteriorMeans()[0] ?? NaN, 2 / 7, 1e-12);
  });

  test('invalid arguments throw', () => {
    const sampler = new ThompsonSampler(3);
    for (const [arm, reward] of [[-1, 1], [3, 0], [0, 2], [1, -1], [1, 0.5]] as const) {
      assert.throws(() => sampler.update(arm, reward), Error, `update(${arm}, ${reward})`);
    }
    assert.deepEqual(sampler.alphas, [1, 1, 1], 'a rejected update changes nothing');
    assert.deepEqual(sampler.betas, [1, 1, 1]);
    assert.throws(() => new ThompsonSampler(0));
    assert.throws(() => new ThompsonSampler(2, 0));
    assert.throws(() => sampleBeta(0, 1, mulberry32(0)));
  });

  test('choose returns a valid arm and changes nothing', () => {
    const rng = mulberry32(2);
    const single = new ThompsonSampler(1);
    assert.deepEqual(Array.from({ length: 20 }, () => single.choose(rng)), new Array<number>(20).fill(0));
    const sampler = new ThompsonSampler(4);
    sampler.update(1, 1);
    for (let r = 0; r < 200; r++) {
      const arm = sampler.choose(rng);
      assert.ok(Number.isInteger(arm) && arm >= 0 && arm < 4, `arm ${arm}`);
    }
    assert.deepEqual(sampler.alphas, [1, 2, 1, 1], 'choose must not update the posterior');
    assert.deepEqual(sampler.betas, [1, 1, 1, 1]);
  });

  test('the choices come from the given rng', () => {
    const run = (seed: number): number[] => {
      const sampler = new ThompsonSampler(4);
      sampler.update(1, 1);
      sampler.update(2, 0);
      const rng = mulberry32(seed);
      return Array.from({ length: 100 }, () => sampler.choose(rng));
    };
    const first = run(21);
    assert.deepEqual(run(21), first, 'the same seed gives the same choices');
    assert.notDeepEqual(run(22), first, 'another seed gives other choices');
    const draws = [0, 1, 2].map(() => sampleBeta(2, 3, mulberry32(7)));
    assert.deepEqual(draws, [draws[0], draws[0], draws[0]], 'sampleBeta draws only from rng');
  });

  test('choose follows overwhelming evidence', () => {
    const rng = mulberry32(3);
    const sampler = new ThompsonSampler(3);
    for (let i = 0; i < 1000; i++) {
      sampler.update(0, 0);
      sampler.update(1, 1);
    }
    for (let i = 0; i < 30; i++) {
      sampler.update(2, 0);
      sampler.update(2, 1);
    }
    const picks = Array.from({ length: 1000 }, () => sampler.choose(rng));
    assert.ok(picks.filter((arm) => arm === 1).length >= 990);
  });

  test('the choice probability matches the posteriors', () => {
    // Arm 0 ~ Beta(1, 1) = uniform, arm 1 ~ Beta(2, 1) with density 2x:
    // P(arm 1 wins) = P(U < X) = E[X] = 2/3. Picking the best mean would always give arm 1.
    const rng = mulberry32(4);
    const sampler = new ThompsonSampler(2);
    sampler.update(1, 1);
    const runs = 3000;
    let wins = 0;
    for (let r = 0; r < runs; r++) wins += sampler.choose(rng);
    assertClose(wins / runs, 2 / 3, 0.04);
  });

  test('a simulation finds the best arm', () => {
    const rng = mulberry32(5);
    const rates = [0.1, 0.25, 0.05];
    const sampler = new ThompsonSampler(3);
    const pulls = [0, 0, 0];
    const rounds = 2000;
    for (let r = 0; r < rounds; r++) {
      const arm = sampler.choose(rng);
      pulls[arm] = (pulls[arm] ?? 0) + 1;
      sampler.update(arm, rng() < (rates[arm] ?? 0) ? 1 : 0);
    }
    const total = [...sampler.alphas, ...sampler.betas].reduce((sum, x) => sum + x, 0);
    assertClose(total, rounds + 6, 1e-9, 'one update per round:');
    assert.ok((pulls[1] ?? 0) >= 0.7 * rounds, `pulls per arm: ${pulls}`);
    assertClose(sampler.posteriorMeans()[1] ?? NaN, 0.25, 0.05);
  });
});
