// Wrong: leaves queries with no relevant items out of the MAP average instead of counting them with AP 0.
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
  return total / relevant.size;
}

export function meanAveragePrecision(queries: readonly Query[]): number {
  const scored = queries.filter(([, relevant]) => relevant.size > 0).map(([ranked, relevant]) => averagePrecision(ranked, relevant));
  return scored.length > 0 ? scored.reduce((a, b) => a + b, 0) / scored.length : 0;
}
