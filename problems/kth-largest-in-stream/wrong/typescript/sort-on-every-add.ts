// Wrong: keeps every score and sorts them all on each add: O(n log n) per add instead of O(log k).
export class KthLargest {
  private readonly k: number;
  private readonly scores: number[];

  constructor(k: number, nums: number[]) {
    this.k = k;
    this.scores = [...nums];
  }

  add(val: number): number {
    this.scores.push(val);
    const sorted = [...this.scores].sort((a, b) => b - a);
    return sorted[this.k - 1] ?? Number.NaN;
  }
}
