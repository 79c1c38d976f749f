// Wrong: orders by count alone, so tied items stay in the order they were first seen instead of smaller first.
export class StreamTopK {
  private readonly counts = new Map<string, number>();

  constructor(private readonly k: number) {}

  add(item: string): void {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
  }

  top(): string[] {
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.k)
      .map(([item]) => item);
  }
}
