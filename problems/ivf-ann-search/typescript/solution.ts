/** An inverted-file index: one list of vectors per given centroid, searched list by list. */
export class IVFIndex {
  /** An empty index with one inverted list per centroid. Throws if there are no centroids or their dimensions differ. */
  constructor(centroids: readonly (readonly number[])[]) {
    throw new Error('Write your solution here');
  }

  /**
   * Store a copy of vector under itemId in the list of its nearest centroid; return that list's index.
   * Throws for a vector of the wrong dimension or an id already in the index.
   */
  add(itemId: number, vector: readonly number[]): number {
    throw new Error('Write your solution here');
  }

  /** The ids in one inverted list, in the order they were added. */
  listIds(listIndex: number): number[] {
    throw new Error('Write your solution here');
  }

  /**
   * The k ids nearest to query (squared L2) among the nprobe lists whose centroids are nearest,
   * ranked by distance, ties by smaller id. Throws if k < 0, nprobe < 1 or the query has the wrong dimension.
   */
  search(query: readonly number[], k: number, nprobe: number): number[] {
    throw new Error('Write your solution here');
  }
}
