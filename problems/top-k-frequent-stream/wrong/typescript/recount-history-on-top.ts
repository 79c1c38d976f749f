// Wrong: stores every event and recounts the whole history on each top(): O(n) per query instead of O(u log k).
/** Ranks by count (highest first), then by the smaller item. */
function topOf(counts: Map<string, number>, k: number): string[] {
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k)
    .map(([item]) => item);
}

export class StreamTopK {
  private readonly events: string[] = [];

  constructor(private readonly k: number) {}

  add(item: string): void {
    this.events.push(item);
  }

  top(): string[] {
    const counts = new Map<string, number>();
    for (const item of this.events) counts.set(item, (counts.get(item) ?? 0) + 1);
    return topOf(counts, this.k);
  }
}
