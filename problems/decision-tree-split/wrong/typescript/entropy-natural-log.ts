// Wrong: computes entropy with the natural log instead of log base 2, so entropy gains are in nats.
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

function impurityFromCounts(counts: Map<number, number>, n: number, criterion: Criterion): number {
  if (n === 0) return 0;
  let total = 0;
  for (const c of counts.values()) {
    const p = c / n;
    if (criterion === 'gini') total += p * p;
    else if (c > 0) total -= p * Math.log(p);
  }
  return criterion === 'gini' ? 1 - total : total;
}

function countLabels(labels: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** Gini impurity 1 - sum p_k^2, or entropy -sum p_k log2 p_k, of a list of class labels. */
export function impurity(labels: number[], criterion: Criterion = 'gini'): number {
  checkCriterion(criterion);
  return impurityFromCounts(countLabels(labels), labels.length, criterion);
}

/** { feature, threshold, gain } of the best split x[feature] <= threshold, or null if no split gains anything. */
export function bestSplit(X: number[][], y: number[], criterion: Criterion = 'gini'): Split | null {
  checkCriterion(criterion);
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('need at least one row and one label per row');
  const d = X[0]?.length ?? 0;
  if (X.some((row) => row.length !== d)) throw new Error('every row must have the same number of features');

  const parentCounts = countLabels(y);
  const parent = impurityFromCounts(parentCounts, n, criterion);
  const value = (r: number, f: number): number => X[r]?.[f] ?? NaN;
  let best: Split | null = null;
  for (let f = 0; f < d; f++) {
    const order = Array.from({ length: n }, (_, r) => r).sort((a, b) => value(a, f) - value(b, f));
    const left = new Map<number, number>();
    const right = new Map(parentCounts);
    // Move rows to the left one at a time; a threshold is possible only between two distinct values.
    for (let pos = 0; pos < n - 1; pos++) {
      const r = order[pos] ?? 0;
      const label = y[r] ?? NaN;
      left.set(label, (left.get(label) ?? 0) + 1);
      right.set(label, (right.get(label) ?? 0) - 1);
      const a = value(r, f);
      const b = value(order[pos + 1] ?? 0, f);
      if (a === b) continue; // equal values always fall on the same side
      const nLeft = pos + 1;
      const nRight = n - nLeft;
      const gain = parent - (nLeft / n) * impurityFromCounts(left, nLeft, criterion) - (nRight / n) * impurityFromCounts(right, nRight, criterion);
      // Features and thresholds are visited in increasing order, so only a strictly larger
      // gain replaces the best: ties keep the lowest feature, then the lowest threshold.
      if (best === null || gain > best.gain + EPS) best = { feature: f, threshold: (a + b) / 2, gain };
    }
  }
  return best !== null && best.gain > EPS ? best : null;
}
