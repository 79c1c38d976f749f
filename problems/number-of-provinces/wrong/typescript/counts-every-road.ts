// Wrong: subtracts one province for every road, even a road between two cities that were already in the same province.
export class Provinces {
  private readonly parent: number[];
  private readonly size: number[];
  private count: number;

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, city) => city);
    this.size = new Array<number>(n).fill(1);
    this.count = n;
  }

  addRoad(a: number, b: number): number {
    let rootA = this.root(a);
    let rootB = this.root(b);
    if ((this.size[rootA] ?? 0) < (this.size[rootB] ?? 0)) [rootA, rootB] = [rootB, rootA];
    if (rootA !== rootB) {
      this.parent[rootB] = rootA;
      this.size[rootA] = (this.size[rootA] ?? 0) + (this.size[rootB] ?? 0);
    }
    this.count--;
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
    while (this.parent[current] !== current) {
      const grandparent = this.parent[this.parent[current] ?? current] ?? current;
      this.parent[current] = grandparent;
      current = grandparent;
    }
    return current;
  }
}
