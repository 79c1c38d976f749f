// Wrong: stores the roads as adjacency lists and runs a breadth-first search for every question - O(n + roads) per call instead of near O(1).
export class Provinces {
  private readonly roads: number[][];
  private count: number;

  constructor(n: number) {
    this.roads = Array.from({ length: n }, () => []);
    this.count = n;
  }

  addRoad(a: number, b: number): number {
    if (!this.sameProvince(a, b)) this.count--;
    this.roads[a]?.push(b);
    this.roads[b]?.push(a);
    return this.count;
  }

  sameProvince(a: number, b: number): boolean {
    const seen = new Set<number>([a]);
    const queue = [a];
    for (let head = 0; head < queue.length; head++) {
      const city = queue[head] ?? a;
      if (city === b) return true;
      for (const next of this.roads[city] ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return false;
  }

  provinceCount(): number {
    return this.count;
  }
}
