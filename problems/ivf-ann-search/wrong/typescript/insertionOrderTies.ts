// Wrong: ranks candidates by distance only (a stable sort), so equal distances come out in scan order, not by smaller id.
function squaredL2(a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) {
    const diff = (a[j] ?? 0) - (b[j] ?? 0);
    total += diff * diff;
  }
  return total;
}

interface Candidate {
  id: number;
  distance: number;
}

/** An inverted-file index: one list of vectors per given centroid, searched list by list. */
export class IVFIndex {
  private readonly centroids: number[][];
  private readonly dimension: number;
  private readonly lists: number[][];
  private readonly vectors = new Map<number, number[]>();

  constructor(centroids: readonly (readonly number[])[]) {
    if (centroids.length === 0) throw new Error('at least one centroid is needed');
    this.dimension = centroids[0]?.length ?? 0;
    if (this.dimension === 0 || centroids.some((c) => c.length !== this.dimension)) {
      throw new Error('every centroid must have the same, positive dimension');
    }
    this.centroids = centroids.map((c) => [...c]);
    this.lists = centroids.map(() => []);
  }

  private check(vector: readonly number[]): void {
    if (vector.length !== this.dimension) throw new Error(`expected a vector of dimension ${this.dimension}, got ${vector.length}`);
  }

  /** Centroid indices from nearest to farthest; equal distances keep the lower index first. */
  private centroidOrder(vector: readonly number[]): number[] {
    const distances = this.centroids.map((c) => squaredL2(vector, c));
    return distances.map((_, c) => c).sort((x, y) => (distances[x] ?? 0) - (distances[y] ?? 0) || x - y);
  }

  /** Store a copy of vector under itemId in the list of its nearest centroid; return that list's index. */
  add(itemId: number, vector: readonly number[]): number {
    this.check(vector);
    if (this.vectors.has(itemId)) throw new Error(`id ${itemId} is already in the index`);
    let nearest = 0;
    let nearestDistance = Infinity;
    this.centroids.forEach((c, index) => {
      const distance = squaredL2(vector, c);
      if (distance < nearestDistance) {
        // strictly nearer: a tie keeps the lower index
        nearest = index;
        nearestDistance = distance;
      }
    });
    this.vectors.set(itemId, [...vector]);
    this.lists[nearest]?.push(itemId);
    return nearest;
  }

  /** The ids in one inverted list, in the order they were added. */
  listIds(listIndex: number): number[] {
    return [...(this.lists[listIndex] ?? [])];
  }

  /** The k ids nearest to query (squared L2) among the nprobe lists whose centroids are nearest. */
  search(query: readonly number[], k: number, nprobe: number): number[] {
    this.check(query);
    if (!(k >= 0) || !(nprobe >= 1)) throw new Error('need k >= 0 and nprobe >= 1');
    if (k === 0) return [];
    const candidates: Candidate[] = [];
    for (const listIndex of this.centroidOrder(query).slice(0, nprobe)) {
      for (const id of this.lists[listIndex] ?? []) candidates.push({ id, distance: squaredL2(query, this.vectors.get(id) ?? []) });
    }
    return candidates
      .sort((a, b) => a.distance - b.distance)
      .slice(0, k)
      .map((c) => c.id);
  }
}
