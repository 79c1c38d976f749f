/** depth rows of width counters, hashed with the seeded family from the statement (p = 2^26 - 5). */
export class CountMinSketch {
  /** An empty sketch; the row hash parameters are drawn from the minstd generator seeded with seed. */
  constructor(width: number, depth: number, seed: number) {
    throw new Error('Write your solution here');
  }

  /** [width, depth] = [ceil(e / epsilon), ceil(ln(1 / delta))]. Throws unless epsilon > 0 and 0 < delta < 1. */
  static dimensions(epsilon: number, delta: number): [number, number] {
    throw new Error('Write your solution here');
  }

  /** ((a_row * key + b_row) mod p) mod width. */
  bucket(row: number, key: number): number {
    throw new Error('Write your solution here');
  }

  /** Add count (>= 0) occurrences of key (0 <= key < p); otherwise throw an Error. */
  add(key: number, count = 1): void {
    throw new Error('Write your solution here');
  }

  /** An estimate of key's total count that is never below the true count. */
  estimate(key: number): number {
    throw new Error('Write your solution here');
  }

  /** N, the sum of every count added so far. */
  get total(): number {
    throw new Error('Write your solution here');
  }
}

/** Keys whose count is at least phi * N, tracked as the stream arrives. */
export class HeavyHitters {
  /** Track heavy hitters with a CountMinSketch(width, depth, seed) and a small candidate set. */
  constructor(phi: number, width: number, depth: number, seed: number) {
    throw new Error('Write your solution here');
  }

  /** Add count occurrences of key. */
  add(key: number, count = 1): void {
    throw new Error('Write your solution here');
  }

  /** The sketch's estimate for key. */
  estimate(key: number): number {
    throw new Error('Write your solution here');
  }

  /** Every key with true count >= phi * N and none with estimate < phi * N, by estimate descending, then key ascending. */
  heavyHitters(): number[] {
    throw new Error('Write your solution here');
  }
}
