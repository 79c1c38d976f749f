/** Cities 0..n-1 and the roads built so far; a province is a group of cities linked by roads. */
export class Provinces {
  /** n cities and no roads: every city is its own province. */
  constructor(n: number) {
    throw new Error('Write your solution here');
  }

  /** Build a two-way road between cities a and b; return the number of provinces afterwards. */
  addRoad(a: number, b: number): number {
    throw new Error('Write your solution here');
  }

  /** Whether a and b are linked, directly or through other cities, by the roads built so far. */
  sameProvince(a: number, b: number): boolean {
    throw new Error('Write your solution here');
  }

  /** The number of provinces now. */
  provinceCount(): number {
    throw new Error('Write your solution here');
  }
}
