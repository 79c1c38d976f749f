// Wrong: keeps the numbers in a plain array and sorts a copy for every median: O(n log n) per query instead of O(1).
export class MedianFinder {
  private readonly values: number[] = [];

  addNum(num: number): void {
    this.values.push(num);
  }

  findMedian(): number {
    const ordered = [...this.values].sort((a, b) => a - b);
    const middle = ordered.length >> 1;
    if (ordered.length % 2 === 1) return ordered[middle] ?? Number.NaN;
    return ((ordered[middle - 1] ?? Number.NaN) + (ordered[middle] ?? Number.NaN)) / 2;
  }
}
