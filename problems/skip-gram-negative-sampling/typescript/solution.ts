/** word2vec subsampling: min(1, sqrt(t / share) + t / share) for a word making up `share` of the tokens. */
export function keepProbability(share: number, t: number): number {
  throw new Error('Write your solution here');
}

/**
 * [center, context] pairs within `window` positions, centers in order and contexts left to right.
 * With subsampleT set, first keep each token iff rng() < keepProbability(its share, subsampleT),
 * one draw per token in order, then build the pairs from the kept tokens.
 */
export function skipGramPairs(tokens: readonly string[], window: number, subsampleT?: number, rng?: () => number): [string, string][] {
  throw new Error('Write your solution here');
}

/** Draws words with probability proportional to count ** power. */
export class NegativeSampler {
  constructor(counts: ReadonlyMap<string, number>, power = 0.75) {
    throw new Error('Write your solution here');
  }

  /** The sampling distribution: count ** power normalised to sum to 1, one entry per word. */
  probabilities(): Map<string, number> {
    throw new Error('Write your solution here');
  }

  /** n independent draws (with replacement) from the distribution; rng is uniform in [0, 1). */
  sample(n: number, rng: () => number): string[] {
    throw new Error('Write your solution here');
  }
}
