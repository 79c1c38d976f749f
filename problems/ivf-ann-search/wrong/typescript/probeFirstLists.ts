// Wrong: scans lists 0 .. nprobe - 1 instead of the nprobe lists whose centroids are nearest to the query.
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

/** True when a ranks before b: nearer, or equally near with a smaller id. */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  return a.distance !== b.distance ? a.distance < b.distance : a.id < b.id;
}

/** A binary heap whose root is the worst kept candidate (every other one ranks before it). */
class WorstFirstHeap {
  readonly items: Candidate[] = [];

  push(item: Candidate): void {
    const a = this.items;
    let i = a.length;
    a.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent];
      if (up === undefined || !ranksBefore(up, item)) break;
      a[i] = up;
      i = parent;
    }
    a[i] = item;
  }

  replaceRoot(item: Candidate): void {
    const a = this.items;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const leftItem = a[left];
      if (leftItem === undefined) break;
      const rightItem = a[left + 1];
      let child = left;
      let childItem = leftItem;
      if (rightItem !== undefined && ranksBefore(leftItem, rightItem)) {
        child = left + 1;
        childItem = rightItem;
      }
      if (!ranksBefore(item, childItem)) break;
      a[i] = childItem;
      i = child;
    }
    a[i] = item;
  }
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
    const heap = new WorstFirstHeap();
    for (let listIndex = 0; listIndex < Math.min(nprobe, this.lists.length); listIndex++) {
      for (const id of this.lists[listIndex] ?? []) {
        const candidate = { id, distance: squaredL2(query, this.vectors.get(id) ?? []) };
        if (heap.items.length < k) heap.push(candidate);
        else {
          const worst = heap.items[0];
          if (worst !== undefined && ranksBefore(candidate, worst)) heap.replaceRoot(candidate);
        }
      }
    }
    return [...heap.items].sort((a, b) => (ranksBefore(a, b) ? -1 : 1)).map((c) => c.id);
  }
}
