/** One draw from Beta(alpha, beta), alpha > 0 and beta > 0; rng is uniform in [0, 1). */
export function sampleBeta(alpha: number, beta: number, rng: () => number): number {
  throw new Error('Write your solution here');
}

/** Beta-Bernoulli Thompson sampling over nArms arms. */
export class ThompsonSampler {
  alphas: number[] = [];
  betas: number[] = [];

  constructor(nArms: number, priorAlpha = 1, priorBeta = 1) {
    throw new Error('Write your solution here');
  }

  /** Samples a rate for every arm from its posterior and returns the arm with the largest sample. */
  choose(rng: () => number): number {
    throw new Error('Write your solution here');
  }

  /** Records a reward of 1 (success) or 0 (failure) for arm. */
  update(arm: number, reward: number): void {
    throw new Error('Write your solution here');
  }

  /** alpha / (alpha + beta) for every arm. */
  posteriorMeans(): number[] {
    throw new Error('Write your solution here');
  }
}
