// Wrong: updates pu first and then recomputes the item gradients with the new pu, instead of using the values before the update.
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
  if (x >= 0) return -Math.log1p(Math.exp(-x)); // exp of a non-positive number: no overflow
  return x - Math.log1p(Math.exp(x)); // ln(e^x / (1 + e^x)); exp(x) < 1 here
}

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, x, k) => s + x * (b[k] ?? NaN), 0);

/** BPR loss of one (user, positive item, negative item) triple and its gradients w.r.t. pu, qi, qj. */
export function bprTriple(pu: number[], qi: number[], qj: number[], reg: number): BprTripleResult {
  if (qi.length !== pu.length || qj.length !== pu.length) throw new Error('the three vectors must have the same length');
  const margin = dot(pu, qi) - dot(pu, qj); // x_ui - x_uj
  const penalty = 0.5 * reg * (dot(pu, pu) + dot(qi, qi) + dot(qj, qj));
  const loss = -logSigmoid(margin) + penalty;
  const s = sigmoid(-margin); // -d(loss)/d(margin) = 1 - sigmoid(margin), computed without overflow
  return {
    loss,
    gradU: pu.map((p, k) => -s * ((qi[k] ?? NaN) - (qj[k] ?? NaN)) + reg * p),
    gradI: qi.map((q, k) => -s * (pu[k] ?? NaN) + reg * q),
    gradJ: qj.map((q, k) => s * (pu[k] ?? NaN) + reg * q),
  };
}

/** One SGD pass over the triples in order; returns new { P, Q } and the mean loss before each update. */
export function bprSgdEpoch(P: number[][], Q: number[][], triples: [number, number, number][], lr: number, reg: number): BprEpochResult {
  if (triples.length === 0) throw new Error('need at least one triple');
  const users = P.map((row) => [...row]); // copies: the inputs stay unchanged
  const items = Q.map((row) => [...row]);
  let total = 0;
  for (const [u, i, j] of triples) {
    if (i === j) throw new Error('the positive and negative item of a triple must differ');
    const pu = users[u];
    const qi = items[i];
    const qj = items[j];
    if (!pu || !qi || !qj) throw new Error(`triple (${u}, ${i}, ${j}) is out of range`);
    const { loss, gradU } = bprTriple(pu, qi, qj, reg);
    total += loss;
    const newPu = pu.map((x, k) => x - lr * (gradU[k] ?? NaN));
    users[u] = newPu;
    const { gradI, gradJ } = bprTriple(newPu, qi, qj, reg); // items see the freshest user vector
    items[i] = qi.map((x, k) => x - lr * (gradI[k] ?? NaN));
    items[j] = qj.map((x, k) => x - lr * (gradJ[k] ?? NaN));
  }
  return { P: users, Q: items, meanLoss: total / triples.length };
}
