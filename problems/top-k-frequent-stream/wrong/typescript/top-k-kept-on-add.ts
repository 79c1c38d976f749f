// Wrong: keeps a running top-k list updated on add, but a newcomer only enters on a strictly higher count, so ties at the cut never swap in the smaller item.
export class StreamTopK {
  private readonly counts = new Map<string, number>();
  private readonly best: string[] = [];

  constructor(private readonly k: number) {}

  add(item: string): void {
    const count = (this.counts.get(item) ?? 0) + 1;
    this.counts.set(item, count);
    if (!this.best.includes(item)) {
      const last = this.best[this.best.length - 1];
      if (this.best.length < this.k) this.best.push(item);
      else if (last !== undefined && count > (this.counts.get(last) ?? 0)) this.best[this.best.length - 1] = item;
    }
    const countOf = (name: string): number => this.counts.get(name) ?? 0;
    this.best.sort((a, b) => countOf(b) - countOf(a) || (a < b ? -1 : a > b ? 1 : 0));
  }

  top(): string[] {
    return [...this.best];
  }
}
