// Wrong: computes top() once and keeps returning that cached answer, however the counts change afterwards.
/** Ranks by count (highest first), then by the smaller item. */
function topOf(counts: Map<string, number>, k: number): string[] {
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k)
    .map(([item]) => item);
}

export class StreamTopK {
  private readonly counts = new Map<string, number>();
  private cached: string[] | undefined;

  constructor(private readonly k: number) {}

  add(item: string): void {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
  }

  top(): string[] {
    this.cached ??= topOf(this.counts, this.k);
    return [...this.cached];
  }
}
