export interface BprTripleResult {
  loss: number;
  gradU: number[];
  gradI: number[];
  gradJ: number[];
}

export interface BprEpochResult {
  P: number[][];
  Q: number[][];
  meanLoss: number;
}

/** ln(1 / (1 + e^(-x))), finite for every finite x (about x for very negative x). */
export function logSigmoid(x: number): number {
  throw new Error('Write your solution here');
}

/** BPR loss of one (user, positive item, negative item) triple and its gradients w.r.t. pu, qi, qj. */
export function bprTriple(pu: number[], qi: number[], qj: number[], reg: number): BprTripleResult {
  throw new Error('Write your solution here');
}

/** One SGD pass over the triples in order; returns new { P, Q } and the mean loss before each update. */
export function bprSgdEpoch(P: number[][], Q: number[][], triples: [number, number, number][], lr: number, reg: number): BprEpochResult {
  throw new Error('Write your solution here');
}
