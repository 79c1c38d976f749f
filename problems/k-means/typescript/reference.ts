export interface KMeansResult {
  centroids: number[][];
  assignments: number[];
}

function squaredDistance(a: number[], b: number[]): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) {
    const diff = (a[j] ?? 0) - (b[j] ?? 0);
    total += diff * diff;
  }
  return total;
}

/** Index of the nearest centroid for every point; ties go to the lowest index. */
function assign(points: number[][], centroids: number[][]): number[] {
  return points.map((point) => {
    let best = 0;
    let bestDistance = Infinity;
    centroids.forEach((centroid, c) => {
      const distance = squaredDistance(point, centroid);
      if (distance < bestDistance) {
        // strictly closer: keeps the lowest index on ties
        best = c;
        bestDistance = distance;
      }
    });
    return best;
  });
}

/** Mean of each cluster's points; an empty cluster keeps its previous centroid. */
function update(points: number[][], assignments: number[], centroids: number[][]): number[][] {
  const dimension = centroids[0]?.length ?? 0;
  const sums = centroids.map(() => new Array<number>(dimension).fill(0));
  const counts = new Array<number>(centroids.length).fill(0);
  points.forEach((point, i) => {
    const c = assignments[i] ?? 0;
    counts[c] = (counts[c] ?? 0) + 1;
    const sum = sums[c];
    if (sum === undefined) return;
    for (let j = 0; j < dimension; j++) sum[j] = (sum[j] ?? 0) + (point[j] ?? 0);
  });
  return centroids.map((previous, c) => {
    const count = counts[c] ?? 0;
    const sum = sums[c] ?? [];
    return count > 0 ? sum.map((value) => value / count) : [...previous];
  });
}

/** Lloyd's algorithm from the given centroids; returns the final centroids and assignments. */
export function kmeans(points: number[][], initialCentroids: number[][], maxIters = 100): KMeansResult {
  let centroids = initialCentroids.map((c) => [...c]); // copies: never touch the input
  let assignments: number[] = [];
  for (let iter = 0; iter < maxIters; iter++) {
    const next = assign(points, centroids);
    if (next.length === assignments.length && next.every((c, i) => c === assignments[i])) {
      break; // converged: the update step would not move anything
    }
    assignments = next;
    centroids = update(points, assignments, centroids);
  }
  return { centroids, assignments };
}

/** Chooses k starting centroids from points with k-means++ (D^2 weighting); rng is uniform in [0, 1). */
export function kmeansPlusPlusInit(points: number[][], k: number, rng: () => number): number[][] {
  const first = points[Math.floor(rng() * points.length)] ?? [];
  const centroids = [[...first]];
  // nearest[i] = squared distance from point i to its nearest chosen centroid
  const nearest = points.map((p) => squaredDistance(p, first));
  while (centroids.length < k) {
    const total = nearest.reduce((sum, d) => sum + d, 0);
    let target = rng() * total;
    let chosen = -1;
    for (let i = 0; i < nearest.length; i++) {
      const weight = nearest[i] ?? 0;
      if (weight <= 0) continue; // already a centroid (or a duplicate of one): never chosen
      chosen = i; // remember the last candidate in case rounding leaves target >= 0
      if (target < weight) break;
      target -= weight;
    }
    const centroid = [...(points[chosen] ?? [])];
    centroids.push(centroid);
    points.forEach((p, i) => {
      const distance = squaredDistance(p, centroid);
      if (distance < (nearest[i] ?? Infinity)) nearest[i] = distance;
    });
  }
  return centroids;
}
