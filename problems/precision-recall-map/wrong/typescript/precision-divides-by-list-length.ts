// Wrong: divides precision@k by the number of items actually in the top k, so a list shorter than k is not penalised for the missing ranks.
export type Query = readonly [ranked: readonly string[], relevant: ReadonlySet<string>];

function hitsInTopK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((item) => relevant.has(item)).length;
}

export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const shown = Math.min(k, ranked.length);
  return shown > 0 ? hitsInTopK(ranked, relevant, k) / shown : 0;
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
  if (queries.length === 0) return 0;
  let total = 0;
  for (const [ranked, relevant] of queries) total += averagePrecision(ranked, relevant);
  return total / queries.length;
}
