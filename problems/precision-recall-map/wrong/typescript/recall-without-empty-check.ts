// Wrong: divides by the size of the relevant set without checking for an empty set, so recall@k is NaN instead of 0.
export type Query = readonly [ranked: readonly string[], relevant: ReadonlySet<string>];

function hitsInTopK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((item) => relevant.has(item)).length;
}

export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return hitsInTopK(ranked, relevant, k) / k;
}

export function recallAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return hitsInTopK(ranked, relevant, k) / relevant.size;
}

export function averagePrecision(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let total = 0;
  ranked.forEach((item, i) => {
    if (relevant.has(item)) {
      hits++;
      total += hits / (i + 1);
    }
  });
  return total / relevant.size;
}

export function meanAveragePrecision(queries: readonly Query[]): number {
  if (queries.length === 0) return 0;
  let total = 0;
  for (const [ranked, relevant] of queries) total += averagePrecision(ranked, relevant);
  return total / queries.length;
}
