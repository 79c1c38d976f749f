// Wrong: averages the rows; collisions only ever add, so one bad row drags every estimate up.
const PRIME = 67_108_859; // 2^26 - 5: a * key + b stays below 2^53, so numbers are exact
const MINSTD_MODULUS = 2_147_483_647; // 2^31 - 1
const MINSTD_MULTIPLIER = 48_271;

/** [a, b] for every row, drawn from the minstd generator in the order a0, b0, a1, b1, ... */
function rowParameters(depth: number, seed: number): Array<[number, number]> {
  let state = seed;
  const parameters: Array<[number, number]> = [];
  for (let row = 0; row < depth; row++) {
    state = (state * MINSTD_MULTIPLIER) % MINSTD_MODULUS; // below 2^47: exact
    const a = 1 + (state % (PRIME - 1));
    state = (state * MINSTD_MULTIPLIER) % MINSTD_MODULUS;
    parameters.push([a, state % PRIME]);
  }
  return parameters;
}

function checkKey(key: number): void {
  if (!Number.isInteger(key) || key < 0 || key >= PRIME) throw new Error(`key ${key} is outside [0, ${PRIME})`);
}

/** depth rows of width counters; a key's estimate is its smallest counter. */
export class CountMinSketch {
  private readonly parameters: Array<[number, number]>;
  private readonly rows: number[][];
  private count = 0;

  constructor(
    private readonly width: number,
    depth: number,
    seed: number,
  ) {
    if (width < 1 || depth < 1) throw new Error('width and depth must be at least 1');
    if (!Number.isInteger(seed) || seed < 1 || seed > MINSTD_MODULUS - 2) throw new Error('seed must be in [1, 2^31 - 2]');
    this.parameters = rowParameters(depth, seed);
    this.rows = Array.from({ length: depth }, () => new Array<number>(width).fill(0));
  }

  /** [width, depth] = [ceil(e / epsilon), ceil(ln(1 / delta))]. */
  static dimensions(epsilon: number, delta: number): [number, number] {
    if (!(epsilon > 0) || !(delta > 0 && delta < 1)) throw new Error('need epsilon > 0 and 0 < delta < 1');
    return [Math.ceil(Math.E / epsilon), Math.ceil(Math.log(1 / delta))];
  }

  /** ((a_row * key + b_row) mod p) mod width. */
  bucket(row: number, key: number): number {
    const [a, b] = this.parameters[row] ?? [0, 0];
    return ((a * key + b) % PRIME) % this.width;
  }

  add(key: number, count = 1): void {
    checkKey(key);
    if (!(count >= 0)) throw new Error('counts must be non-negative: the sketch only ever overestimates');
    this.rows.forEach((counters, row) => {
      const j = this.bucket(row, key);
      counters[j] = (counters[j] ?? 0) + count;
    });
    this.count += count;
  }

  /** The mean of the key's counters, rounded down. */
  estimate(key: number): number {
    checkKey(key);
    let sum = 0;
    this.rows.forEach((counters, row) => {
      sum += counters[this.bucket(row, key)] ?? 0;
    });
    return Math.floor(sum / this.rows.length);
  }

  /** N, the sum of every count added. */
  get total(): number {
    return this.count;
  }
}

/** A Count-Min sketch plus a small set of candidate keys whose estimate reached phi * N. */
export class HeavyHitters {
  private readonly sketch: CountMinSketch;
  private candidates = new Set<number>();
  private readonly pruneAt: number;

  constructor(
    private readonly phi: number,
    width: number,
    depth: number,
    seed: number,
  ) {
    if (!(phi > 0 && phi <= 1)) throw new Error('phi must be in (0, 1]');
    this.sketch = new CountMinSketch(width, depth, seed);
    this.pruneAt = 2 * Math.ceil(1 / phi);
  }

  add(key: number, count = 1): void {
    this.sketch.add(key, count);
    const threshold = this.phi * this.sketch.total;
    if (this.sketch.estimate(key) >= threshold) this.candidates.add(key);
    else this.candidates.delete(key);
    if (this.candidates.size > this.pruneAt) this.prune(threshold);
  }

  private prune(threshold: number): void {
    // N only grows, so a candidate whose estimate fell below phi * N can only come back
    // through a new add of its own, which re-checks it.
    this.candidates = new Set([...this.candidates].filter((k) => this.sketch.estimate(k) >= threshold));
  }

  estimate(key: number): number {
    return this.sketch.estimate(key);
  }

  /** Candidates whose current estimate is >= phi * N, by estimate descending, then key ascending. */
  heavyHitters(): number[] {
    this.prune(this.phi * this.sketch.total);
    const estimates = new Map([...this.candidates].map((k) => [k, this.sketch.estimate(k)]));
    return [...this.candidates].sort((x, y) => (estimates.get(y) ?? 0) - (estimates.get(x) ?? 0) || x - y);
  }
}
