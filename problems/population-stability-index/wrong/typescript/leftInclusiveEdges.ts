// Wrong: a value equal to an edge goes to the bin above it (edges inclusive on the left).
/** The bins - 1 inner edges: the baseline's quantiles j / bins, linearly interpolated. */
export function quantileEdges(baseline: readonly number[], bins = 10): number[] {
  if (!(bins >= 2)) throw new Error('bins must be at least 2');
  if (baseline.length === 0) throw new Error('the baseline sample is empty');
  const values = [...baseline].sort((x, y) => x - y); // a sorted copy: the caller's array is left alone
  const n = values.length;
  const edges: number[] = [];
  for (let j = 1; j < bins; j++) {
    const h = ((n - 1) * j) / bins;
    const i = Math.floor(h);
    const low = values[i] ?? NaN;
    const high = values[i + 1];
    edges.push(high === undefined ? low : low + (h - i) * (high - low));
  }
  return edges;
}

/** The number of edges at or below value. */
function binOf(edges: readonly number[], value: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((edges[mid] ?? Infinity) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function proportions(sample: readonly number[], edges: readonly number[], eps: number): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of sample) {
    const bin = binOf(edges, value);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count) => (count > 0 ? count / sample.length : eps));
}

/** Population stability index of current against baseline, on bins from the baseline's quantiles. */
export function psi(baseline: readonly number[], current: readonly number[], bins = 10, eps = 1e-4): number {
  if (current.length === 0) throw new Error('the current sample is empty');
  const edges = quantileEdges(baseline, bins);
  const expected = proportions(baseline, edges, eps);
  const actual = proportions(current, edges, eps);
  return actual.reduce((sum, a, k) => {
    const e = expected[k] ?? eps;
    return sum + (a - e) * Math.log(a / e);
  }, 0);
}

export type PsiLabel = 'stable' | 'moderate' | 'major';

/** 'stable' below 0.1, 'moderate' from 0.1 to 0.25 inclusive, 'major' above 0.25. */
export function psiLabel(value: number): PsiLabel {
  if (value < 0.1) return 'stable';
  if (value <= 0.25) return 'moderate';
  return 'major';
}
