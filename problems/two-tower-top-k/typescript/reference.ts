interface Scored {
  score: number;
  id: number;
}

/** True when a is a weaker result than b: a lower score, or an equal score and a larger id. */
function weaker(a: Scored, b: Scored): boolean {
  return a.score < b.score || (a.score === b.score && a.id > b.id);
}

/** A binary min-heap whose root is the weakest entry. */
class WeakestFirstHeap {
  readonly entries: Scored[] = [];

  get size(): number {
    return this.entries.length;
  }

  peek(): Scored | undefined {
    return this.entries[0];
  }

  push(entry: Scored): void {
    const a = this.entries;
    a.push(entry);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent];
      if (up === undefined || !weaker(entry, up)) break;
      a[i] = up;
      i = parent;
    }
    a[i] = entry;
  }

  /** Replaces the root with `entry` and sifts it down. */
  replaceRoot(entry: Scored): void {
    const a = this.entries;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const leftEntry = a[left];
      if (leftEntry === undefined) break;
      const rightEntry = a[left + 1];
      let child = left;
      let childEntry = leftEntry;
      if (rightEntry !== undefined && weaker(rightEntry, leftEntry)) {
        child = left + 1;
        childEntry = rightEntry;
      }
      if (!weaker(childEntry, entry)) break;
      a[i] = childEntry;
      i = child;
    }
    a[i] = entry;
  }
}

function dot(a: number[], b: number[]): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) total += (a[j] ?? 0) * (b[j] ?? 0);
  return total;
}

/** Ids of the k best-scoring items (dot product, or cosine), best first, ties by smaller id. */
export function topKItems(
  user: number[],
  items: ReadonlyMap<number, number[]>,
  k: number,
  exclude: ReadonlySet<number> = new Set(),
  useCosine = false,
): number[] {
  if (k <= 0) return [];
  const userNorm = Math.sqrt(dot(user, user));
  const heap = new WeakestFirstHeap();
  for (const [id, vector] of items) {
    if (exclude.has(id)) continue;
    let score = dot(user, vector);
    if (useCosine) {
      const norm = userNorm * Math.sqrt(dot(vector, vector));
      score = norm > 0 ? score / norm : 0; // a zero vector scores 0
    }
    const entry = { score, id };
    if (heap.size < k) heap.push(entry);
    else {
      const root = heap.peek();
      if (root !== undefined && weaker(root, entry)) heap.replaceRoot(entry); // beats the weakest kept item
    }
  }
  // Best first: score descending, then id ascending.
  return [...heap.entries].sort((a, b) => b.score - a.score || a.id - b.id).map((entry) => entry.id);
}
