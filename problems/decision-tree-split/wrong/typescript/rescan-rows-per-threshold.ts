// Wrong: re-partitions all n rows and recounts both children at every candidate threshold, O(d * n^2) instead of O(d * n log n).
export type Criterion = 'gini' | 'entropy';

export interface Split {
  feature: number;
  threshold: number;
  gain: number;
}

const EPS = 1e-12; // gains closer than this count as equal

function checkCriterion(criterion: string): void {
  if (criterion !== 'gini' && criterion !== 'entropy') throw new Error("criterion must be 'gini' or 'entropy'");
}

/** Gini impurity 1 - sum p_k^2, or entropy -sum p_k log2 p_k, of a list of class labels. */
export function impurity(labels: number[], criterion: Criterion = 'gini'): number {
  checkCriterion(criterion);
  const n = labels.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  let total = 0;
  for (const c of counts.values()) {
    const p = c / n;
    if (criterion === 'gini') total += p * p;
    else total -= p * Math.log2(p); // entropy in bits
  }
  return criterion === 'gini' ? 1 - total : total;
}

/** { feature, threshold, gain } of the best split x[feature] <= threshold, or null if no split gains anything. */
export function bestSplit(X: number[][], y: number[], criterion: Criterion = 'gini'): Split | null {
  checkCriterion(criterion);
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('need at least one row and one label per row');
  const d = X[0]?.length ?? 0;
  if (X.some((row) => row.length !== d)) throw new Error('every row must have the same number of features');

  const parent = impurity(y, criterion);
  let best: Split | null = null;
  for (let f = 0; f < d; f++) {
    const values = [...new Set(X.map((row) => row[f] ?? NaN))].sort((a, b) => a - b);
    for (let t = 0; t + 1 < values.length; t++) {
      const threshold = ((values[t] ?? NaN) + (values[t + 1] ?? NaN)) / 2;
      // Partition every row again for this threshold.
      const left = y.filter((_, r) => (X[r]?.[f] ?? NaN) <= threshold);
      const right = y.filter((_, r) => (X[r]?.[f] ?? NaN) > threshold);
      const gain = parent - (left.length / n) * impurity(left, criterion) - (right.length / n) * impurity(right, criterion);
      if (best === null || gain > best.gain + EPS) best = { feature: f, threshold, gain };
    }
  }
  return best !== null && best.gain > EPS ? best : null;
}
