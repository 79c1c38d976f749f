/**
 * The bins - 1 inner edges: the baseline's quantiles j / bins, linearly interpolated.
 * Throws an Error if bins < 2 or the baseline is empty.
 */
export function quantileEdges(baseline: readonly number[], bins = 10): number[] {
  throw new Error('Write your solution here');
}

/**
 * Population stability index of current against baseline, on bins from the baseline's quantiles.
 * Throws an Error if either sample is empty or bins < 2.
 */
export function psi(baseline: readonly number[], current: readonly number[], bins = 10, eps = 1e-4): number {
  throw new Error('Write your solution here');
}

export type PsiLabel = 'stable' | 'moderate' | 'major';

/** 'stable' below 0.1, 'moderate' from 0.1 to 0.25 inclusive, 'major' above 0.25. */
export function psiLabel(value: number): PsiLabel {
  throw new Error('Write your solution here');
}
