export type Ratings = (number | null)[][];

export interface AlsResult {
  U: number[][];
  V: number[][];
  losses: number[];
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, x, i) => s + x * (b[i] ?? NaN), 0);

/** Solve A x = b for a small square A by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const k = b.length;
  const M = A.map((row, r) => [...row, b[r] ?? NaN]); // augmented copy
  const get = (r: number, c: number): number => M[r]?.[c] ?? NaN;
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(get(r, col)) > Math.abs(get(pivot, col))) pivot = r;
    const top = M[pivot] ?? [];
    M[pivot] = M[col] ?? [];
    M[col] = top;
    for (let r = col + 1; r < k; r++) {
      const f = get(r, col) / get(col, col);
      const row = M[r] ?? [];
      for (let c = col; c <= k; c++) row[c] = (row[c] ?? NaN) - f * (top[c] ?? NaN);
    }
  }
  const x = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let rest = get(r, k);
    for (let c = r + 1; c < k; c++) rest -= get(r, c) * (x[c] ?? NaN);
    x[r] = rest / get(r, r);
  }
  return x;
}

/** argmin_x sum (r - x . f)^2 + reg |x|^2 over the (factor f, rating r) pairs: (sum f f^T + reg I) x = sum r f. */
function ridge(pairs: [number[], number][], k: number, reg: number): number[] {
  const A = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? reg : 0)));
  const b = new Array<number>(k).fill(0);
  for (const [f, r] of pairs) {
    for (let i = 0; i < k; i++) {
      b[i] = (b[i] ?? NaN) + r * (f[i] ?? NaN);
      const row = A[i] ?? [];
      for (let j = 0; j < k; j++) row[j] = (row[j] ?? NaN) + (f[i] ?? NaN) * (f[j] ?? NaN);
    }
  }
  return solve(A, b);
}

/** Sum over observed (u, i) of (r - U[u] . V[i])^2, plus reg * (sum |U[u]|^2 + sum |V[i]|^2). */
export function mfObjective(ratings: Ratings, U: number[][], V: number[][], reg: number): number {
  let total = 0;
  ratings.forEach((row, u) => {
    row.forEach((r, i) => {
      if (r !== null) total += (r - dot(U[u] ?? [], V[i] ?? [])) ** 2; // missing entries contribute nothing
    });
  });
  const squares = (M: number[][]): number => M.reduce((s, row) => s + dot(row, row), 0);
  return total + reg * (squares(U) + squares(V));
}

/** ALS from the item factors V0: each sweep solves every user, then every item; returns { U, V, losses }. */
export function als(ratings: Ratings, V0: number[][], reg: number, sweeps: number): AlsResult {
  const nItems = V0.length;
  if (ratings.length === 0 || ratings.some((row) => row.length !== nItems)) throw new Error('every row of ratings needs one entry per row of V0');
  const k = V0[0]?.length ?? 0;
  if (k === 0 || V0.some((row) => row.length !== k)) throw new Error('V0 needs at least one row, all of the same width k >= 1');
  if (!(reg > 0)) throw new Error('reg must be positive');
  if (!(sweeps >= 1)) throw new Error('sweeps must be at least 1');
  let V = V0.map((row) => [...row]);
  let U: number[][] = [];
  const losses: number[] = [];
  for (let s = 0; s < sweeps; s++) {
    // Users given the current items, then items given the users just computed.
    const items = V;
    U = ratings.map((row) => {
      const pairs: [number[], number][] = [];
      row.forEach((r, i) => {
        if (r !== null) pairs.push([items[i] ?? [], r]);
      });
      return ridge(pairs, k, reg);
    });
    const users = U;
    V = V0.map((_, i) => {
      const pairs: [number[], number][] = [];
      ratings.forEach((row, u) => {
        const r = row[i];
        if (r !== null && r !== undefined) pairs.push([users[u] ?? [], r]);
      });
      return ridge(pairs, k, reg);
    });
    losses.push(mfObjective(ratings, U, V, reg));
  }
  return { U, V, losses };
}
