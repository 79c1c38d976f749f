// Wrong: chooses the arm with the highest posterior mean instead of sampling from every posterior, so it never explores an arm that looks worse.
/** A standard normal draw by the Box-Muller transform. */
function sampleNormal(rng: () => number): number {
  const u = 1 - rng(); // in (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** One draw from Gamma(shape, 1) by Marsaglia and Tsang's method. */
function sampleGamma(shape: number, rng: () => number): number {
  if (shape < 1) {
    // Boost: if G ~ Gamma(shape + 1) and U ~ Uniform(0, 1), then G * U^(1/shape) ~ Gamma(shape).
    return sampleGamma(shape + 1, rng) * Math.pow(rng(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleNormal(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng();
    // Cheap squeeze first, then the exact acceptance test.
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One draw from Beta(alpha, beta), alpha > 0 and beta > 0; rng is uniform in [0, 1). */
export function sampleBeta(alpha: number, beta: number, rng: () => number): number {
  if (!(alpha > 0 && beta > 0)) throw new RangeError(`Beta parameters must be positive, got ${alpha}, ${beta}`);
  // Beta(a, b) is X / (X + Y) with X ~ Gamma(a, 1) and Y ~ Gamma(b, 1) independent.
  const x = sampleGamma(alpha, rng);
  const y = sampleGamma(beta, rng);
  if (x + y === 0) return rng() < alpha / (alpha + beta) ? 1 : 0; // both underflowed (tiny shapes)
  return x / (x + y);
}

/** Beta-Bernoulli Thompson sampling over nArms arms. */
export class ThompsonSampler {
  // Posterior of arm i: Beta(alphas[i], betas[i]) = prior + successes / failures.
  alphas: number[] = [];
  betas: number[] = [];

  constructor(nArms: number, priorAlpha = 1, priorBeta = 1) {
    if (!Number.isInteger(nArms) || nArms < 1) throw new RangeError('need at least one arm');
    if (!(priorAlpha > 0 && priorBeta > 0)) throw new RangeError('prior parameters must be positive');
    this.alphas = new Array<number>(nArms).fill(priorAlpha);
    this.betas = new Array<number>(nArms).fill(priorBeta);
  }

  /** Samples a rate for every arm from its posterior and returns the arm with the largest sample. */
  choose(rng: () => number): number {
    const means = this.posteriorMeans();
    return means.indexOf(Math.max(...means));
  }

  /** Records a reward of 1 (success) or 0 (failure) for arm. */
  update(arm: number, reward: number): void {
    if (!Number.isInteger(arm) || arm < 0 || arm >= this.alphas.length) throw new RangeError(`no arm ${arm}`);
    if (reward === 1) this.alphas[arm] = (this.alphas[arm] ?? 0) + 1;
    else if (reward === 0) this.betas[arm] = (this.betas[arm] ?? 0) + 1;
    else throw new RangeError(`reward must be 0 or 1, got ${reward}`);
  }

  /** alpha / (alpha + beta) for every arm. */
  posteriorMeans(): number[] {
    return this.alphas.map((alpha, arm) => alpha / (alpha + (this.betas[arm] ?? 0)));
  }
}
