/** word2vec subsampling: min(1, sqrt(t / share) + t / share) for a word making up `share` of the tokens. */
export function keepProbability(share: number, t: number): number {
  const ratio = t / share;
  return Math.min(1, Math.sqrt(ratio) + ratio);
}

/**
 * [center, context] pairs within `window` positions, centers in order and contexts left to right.
 * With subsampleT set, first keep each token iff rng() < keepProbability(its share, subsampleT),
 * one draw per token in order, then build the pairs from the kept tokens.
 */
export function skipGramPairs(tokens: readonly string[], window: number, subsampleT?: number, rng?: () => number): [string, string][] {
  let kept: readonly string[] = tokens; // never modified: filter below makes a new array
  if (subsampleT !== undefined) {
    if (rng === undefined) throw new Error('subsampling needs an rng');
    const counts = new Map<string, number>();
    for (const word of tokens) counts.set(word, (counts.get(word) ?? 0) + 1);
    // One probability per distinct word, computed from its share of the ORIGINAL list.
    const keep = new Map<string, number>();
    for (const [word, count] of counts) keep.set(word, keepProbability(count / tokens.length, subsampleT));
    // Exactly one draw per token, in order, even when the keep probability is 1.
    kept = tokens.filter((word) => rng() < (keep.get(word) ?? 1));
  }

  const pairs: [string, string][] = [];
  const n = kept.length;
  kept.forEach((center, i) => {
    // Clip the window at both ends; contexts left to right, skipping the center itself.
    const last = Math.min(n - 1, i + window);
    for (let j = Math.max(0, i - window); j <= last; j++) {
      if (j !== i) pairs.push([center, kept[j] ?? '']);
    }
  });
  return pairs;
}

/** Draws words with probability proportional to count ** power. */
export class NegativeSampler {
  private readonly words: string[];
  private readonly cumulative: number[] = [];
  private readonly total: number;
  private readonly probs = new Map<string, number>();
  /** Index of the last word with positive weight, a guard against float rounding at the top end. */
  private readonly last: number;

  constructor(counts: ReadonlyMap<string, number>, power = 0.75) {
    if (counts.size === 0) throw new Error('need at least one word');
    this.words = [...counts.keys()];
    const weights = this.words.map((word) => {
      const count = counts.get(word) ?? 0;
      if (count < 0) throw new Error(`negative count for ${word}`);
      return count > 0 ? count ** power : 0;
    });
    this.total = weights.reduce((sum, x) => sum + x, 0);
    if (this.total <= 0) throw new Error('at least one count must be positive');
    // Cumulative sums: word i owns the interval [cumulative[i-1], cumulative[i]).
    let running = 0;
    let last = 0;
    weights.forEach((x, i) => {
      running += x;
      this.cumulative.push(running);
      this.probs.set(this.words[i] ?? '', x / this.total);
      if (x > 0) last = i;
    });
    this.last = last;
  }

  /** The sampling distribution: count ** power normalised to sum to 1, one entry per word. */
  probabilities(): Map<string, number> {
    return new Map(this.probs);
  }

  /** n independent draws (with replacement) from the distribution; rng is uniform in [0, 1). */
  sample(n: number, rng: () => number): string[] {
    const draws: string[] = [];
    for (let d = 0; d < n; d++) {
      const u = rng() * this.total;
      // Binary search for the first interval whose right end is > u (bisect_right);
      // zero-width intervals (count 0) are skipped.
      let lo = 0;
      let hi = this.cumulative.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.cumulative[mid] ?? Infinity) > u) hi = mid;
        else lo = mid + 1;
      }
      draws.push(this.words[Math.min(lo, this.last)] ?? '');
    }
    return draws;
  }
}
