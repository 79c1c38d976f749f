// Wrong: finds each draw by scanning the words from the start, O(V) per draw instead of a binary search over the cumulative weights.
export function keepProbability(share: number, t: number): number {
  const ratio = t / share;
  return Math.min(1, Math.sqrt(ratio) + ratio);
}

export function skipGramPairs(tokens: readonly string[], window: number, subsampleT?: number, rng?: () => number): [string, string][] {
  let kept: readonly string[] = tokens;
  if (subsampleT !== undefined) {
    if (rng === undefined) throw new Error('subsampling needs an rng');
    const counts = new Map<string, number>();
    for (const word of tokens) counts.set(word, (counts.get(word) ?? 0) + 1);
    const keep = new Map<string, number>();
    for (const [word, count] of counts) keep.set(word, keepProbability(count / tokens.length, subsampleT));
    kept = tokens.filter((word) => rng() < (keep.get(word) ?? 1));
  }
  const pairs: [string, string][] = [];
  const n = kept.length;
  kept.forEach((center, i) => {
    for (let j = Math.max(0, i - window); j <= Math.min(n - 1, i + window); j++) {
      if (j !== i) pairs.push([center, kept[j] ?? '']);
    }
  });
  return pairs;
}

export class NegativeSampler {
  private readonly words: string[];
  private readonly cumulative: number[] = [];
  private readonly total: number;
  private readonly probs = new Map<string, number>();

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
    let running = 0;
    weights.forEach((x, i) => {
      running += x;
      this.cumulative.push(running);
      this.probs.set(this.words[i] ?? '', x / this.total);
    });
  }

  probabilities(): Map<string, number> {
    return new Map(this.probs);
  }

  sample(n: number, rng: () => number): string[] {
    const draws: string[] = [];
    for (let d = 0; d < n; d++) {
      const u = rng() * this.total;
      let lo = 0;
      while (lo < this.cumulative.length - 1 && (this.cumulative[lo] ?? Infinity) <= u) lo++;
      draws.push(this.words[lo] ?? '');
    }
    return draws;
  }
}
