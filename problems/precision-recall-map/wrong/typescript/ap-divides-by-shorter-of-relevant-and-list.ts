// Wrong: divides average precision by min(|relevant|, ranked.length), as some AP@k code does, instead of by all relevant items.
export type Query = readonly [ranked: readonly string[], relevant: ReadonlySet<string>];

function hitsInTopK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((item) => relevant.has(item)).length;
}

export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return hitsInTopK(ranked, relevant, k) / k;
}

export function recallAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
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
  return ranked.length > 0 ? total / Math.min(relevant.size, ranked.length) : 0;
}

export function meanAveragePrecision(queries: readonly Query[]): number {
  if (queries.length === 0) return 0;
  let total = 0;
  for (const [ranked, relevant] of queries) total += averagePrecision(ranked, relevant);
  return total / queries.length;
}
