/** A query: its ranked list of item ids (best first) and its set of relevant item ids. */
export type Query = readonly [ranked: readonly string[], relevant: ReadonlySet<string>];

/** Relevant items among the first k, divided by k. */
export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  throw new Error('Write your solution here');
}

/** Relevant items among the first k, divided by the number of relevant items (0 if there are none). */
export function recallAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  throw new Error('Write your solution here');
}

/** Sum of precision@i over the ranks i holding a relevant item, divided by relevant.size (0 if empty). */
export function averagePrecision(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  throw new Error('Write your solution here');
}

/** Mean of averagePrecision over [ranked, relevant] queries; 0 for no queries. */
export function meanAveragePrecision(queries: readonly Query[]): number {
  throw new Error('Write your solution here');
}
