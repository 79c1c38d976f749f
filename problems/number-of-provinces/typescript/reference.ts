/** Union-find over the cities, with union by size and path halving. */
export class Provinces {
  private readonly parent: Int32Array; // each city starts as the root of its own province
  private readonly size: Int32Array; // meaningful at roots only: how many cities the province holds
  private count: number;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let city = 0; city < n; city++) this.parent[city] = city;
    this.size = new Int32Array(n).fill(1);
    this.count = n;
  }

  addRoad(a: number, b: number): number {
    let rootA = this.root(a);
    let rootB = this.root(b);
    if (rootA !== rootB) {
      // a road inside one province changes nothing
      if ((this.size[rootA] ?? 0) < (this.size[rootB] ?? 0)) [rootA, rootB] = [rootB, rootA];
      this.parent[rootB] = rootA; // the smaller province hangs under the larger one
      this.size[rootA] = (this.size[rootA] ?? 0) + (this.size[rootB] ?? 0);
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
    const parent = this.parent;
    let current = city;
    for (let up = parent[current] ?? current; up !== current; up = parent[current] ?? current) {
      const grandparent = parent[up] ?? up;
      parent[current] = grandparent; // path halving: point at the grandparent
      current = grandparent;
    }
    return current;
  }
}
