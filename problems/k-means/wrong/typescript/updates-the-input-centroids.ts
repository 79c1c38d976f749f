// Wrong: moves the caller's centroid arrays in place instead of working on copies, so the input is modified.
export interface KMeansResult {
  centroids: number[][];
  assignments: number[];
}

function squaredDistance(a: number[], b: number[]): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) total += ((a[j] ?? 0) - (b[j] ?? 0)) ** 2;
  return total;
}

function assign(points: number[][], centroids: number[][]): number[] {
  return points.map((point) => {
    let best = 0;
    let bestDistance = Infinity;
    centroids.forEach((centroid, c) => {
      const distance = squaredDistance(point, centroid);
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    });
    return best;
  });
}

function update(points: number[][], assignments: number[], centroids: number[][]): number[][] {
  const dimension = centroids[0]?.length ?? 0;
  const sums = centroids.map(() => new Array<number>(dimension).fill(0));
  const counts = new Array<number>(centroids.length).fill(0);
  points.forEach((point, i) => {
    const c = assignments[i] ?? 0;
    counts[c] = (counts[c] ?? 0) + 1;
    const sum = sums[c] ?? [];
    for (let j = 0; j < dimension; j++) sum[j] = (sum[j] ?? 0) + (point[j] ?? 0);
  });
  return centroids.map((previous, c) => {
    const count = counts[c] ?? 0;
    return count > 0 ? (sums[c] ?? []).map((value) => value / count) : [...previous];
  });
}

export function kmeans(points: number[][], initialCentroids: number[][], maxIters = 100): KMeansResult {
  const centroids = initialCentroids;
  let assignments: number[] = [];
  for (let iter = 0; iter < maxIters; iter++) {
    const next = assign(points, centroids);
    if (next.length === assignments.length && next.every((c, i) => c === assignments[i])) break;
    assignments = next;
    update(points, assignments, centroids).forEach((moved, c) => centroids[c]?.splice(0, moved.length, ...moved));
  }
  return { centroids, assignments };
}

export function kmeansPlusPlusInit(points: number[][], k: number, rng: () => number): number[][] {
  const first = points[Math.floor(rng() * points.length)] ?? [];
  const centroids = [[...first]];
  let nearest = points.map((p) => squaredDistance(p, first));
  while (centroids.length < k) {
    let target = rng() * nearest.reduce((sum, d) => sum + d, 0);
    let chosen = -1;
    for (let i = 0; i < nearest.length; i++) {
      const weight = nearest[i] ?? 0;
      if (weight <= 0) continue;
      chosen = i;
      if (target < weight) break;
      target -= weight;
    }
    const centroid = [...(points[chosen] ?? [])];
    centroids.push(centroid);
    nearest = points.map((p, i) => Math.min(nearest[i] ?? Infinity, squaredDistance(p, centroid)));
  }
  return centroids;
}
