export type Criterion = 'gini' | 'entropy';

export interface Split {
  feature: number;
  threshold: number;
  gain: number;
}

/** Gini impurity 1 - sum p_k^2, or entropy -sum p_k log2 p_k, of a list of class labels. */
export function impurity(labels: number[], criterion: Criterion = 'gini'): number {
  throw new Error('Write your solution here');
}

/** { feature, threshold, gain } of the best split x[feature] <= threshold, or null if no split gains anything. */
export function bestSplit(X: number[][], y: number[], criterion: Criterion = 'gini'): Split | null {
  throw new Error('Write your solution here');
}
