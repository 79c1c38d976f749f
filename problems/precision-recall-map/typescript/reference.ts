/** A query: its ranked list of item ids (best first) and its set of relevant item ids. */
export type Query = readonly [ranked: readonly string[], relevant: ReadonlySet<string>];

/** How many of the first k ranked items are relevant (set lookups are O(1)). */
function hitsInTopK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let hits = 0;
  const end = Math.min(k, ranked.length);
  for (let i = 0; i < end; i++) if (relevant.has(ranked[i] ?? '')) hits++;
  return hits;
}

/** Relevant items among the first k, divided by k. */
export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  // Divide by k even if the list is shorter: missing ranks count as misses.
  return hitsInTopK(ranked, relevant, k) / k;
}

/** Relevant items among the first k, divided by the number of relevant items (0 if there are none). */
export function recallAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  return hitsInTopK(ranked, relevant, k) / relevant.size;
}

/** Sum of precision@i over the ranks i holding a relevant item, divided by relevant.size (0 if empty). */
export function averagePrecision(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let total = 0;
  // One pass with a running hit count: precision@i is hits / i at rank i (ranks from 1).
  ranked.forEach((item, index) => {
    if (relevant.has(item)) {
      hits++;
      total += hits / (index + 1);
    }
  });
  // Divide by all relevant items, so the ones never retrieved count as 0.
  return total / relevant.size;
}

/** Mean of averagePrecision over [ranked, relevant] queries; 0 for no queries. */
export function meanAveragePrecision(queries: readonly Query[]): number {
  if (queries.length === 0) return 0;
  let total = 0;
  for (const [ranked, relevant] of queries) total += averagePrecision(ranked, relevant);
  return total / queries.length;
}
