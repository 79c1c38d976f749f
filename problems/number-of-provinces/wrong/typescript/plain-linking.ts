// Wrong: a union-find with neither union by size nor path compression - long chains of parent pointers make each lookup O(n).
export class Provinces {
  private readonly parent: number[];
  private count: number;

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, city) => city);
    this.count = n;
  }

  addRoad(a: number, b: number): number {
    const rootA = this.root(a);
    const rootB = this.root(b);
    if (rootA !== rootB) {
      this.parent[rootA] = rootB;
      this.count--;
    }
    return this.count;
  }

  sameProvince(a: number, b: number): boolean {
    return this.root(a) === this.root(b);
  }

  provinceCount(): number {
    return this.count;
  }

  private root(city: number): number {
    let current = city;
    while (this.parent[current] !== current) current = this.parent[current] ?? current;
    return current;
  }
}
