/** Uniform sample of k items from a stream of unknown length, in one pass (Algorithm R); rng is uniform in [0, 1). */
export function reservoirSample<T>(stream: Iterable<T>, k: number, rng: () => number): T[] {
  throw new Error('Write your solution here');
}

/** Weighted sample of k items without replacement from [item, weight] pairs (Efraimidis-Spirakis). */
export function weightedReservoirSample<T>(stream: Iterable<readonly [T, number]>, k: number, rng: () => number): T[] {
  throw new Error('Write your solution here');
}
