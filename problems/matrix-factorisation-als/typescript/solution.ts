export type Ratings = (number | null)[][];

export interface AlsResult {
  U: number[][];
  V: number[][];
  losses: number[];
}

/** Sum over observed (u, i) of (r - U[u] . V[i])^2, plus reg * (sum |U[u]|^2 + sum |V[i]|^2). */
export function mfObjective(ratings: Ratings, U: number[][], V: number[][], reg: number): number {
  throw new Error('Write your solution here');
}

/** ALS from the item factors V0: each sweep solves every user, then every item; returns { U, V, losses }. */
export function als(ratings: Ratings, V0: number[][], reg: number, sweeps: number): AlsResult {
  throw new Error('Write your solution here');
}
