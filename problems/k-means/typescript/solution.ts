export interface KMeansResult {
  centroids: number[][];
  assignments: number[];
}

/** Lloyd's algorithm from the given centroids; returns the final centroids and assignments. */
export function kmeans(points: number[][], initialCentroids: number[][], maxIters = 100): KMeansResult {
  throw new Error('Write your solution here');
}

/** Chooses k starting centroids from points with k-means++ (D^2 weighting); rng is uniform in [0, 1). */
export function kmeansPlusPlusInit(points: number[][], k: number, rng: () => number): number[][] {
  throw new Error('Write your solution here');
}
