// Wrong: normalises by the number of tokens before the end token, so the end token does not count in L.
/** The model: log-probability of every possible next token given the tokens so far. */
export type NextLogProbs = (prefix: readonly number[]) => ReadonlyMap<number, number>;

export interface Hypothesis {
  tokens: number[];
  score: number;
}

/** Lexicographic order of token sequences (a proper prefix comes first). */
function compareSequences(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}

/** Higher score first; equal scores keep the lexicographically smaller sequence first. */
function byScoreThenSequence(a: Hypothesis, b: Hypothesis): number {
  return a.score !== b.score ? b.score - a.score : compareSequences(a.tokens, b.tokens);
}

/** The best hypothesis found by beam search, with its length-normalised score. */
export function beamSearch(
  nextLogProbs: NextLogProbs,
  beamWidth: number,
  maxLength: number,
  endToken: number,
  alpha = 0,
): Hypothesis {
  if (beamWidth < 1 || maxLength < 1) throw new Error('beamWidth and maxLength must be at least 1');
  let beams: Hypothesis[] = [{ tokens: [], score: 0 }];
  const finished: Hypothesis[] = [];
  for (let step = 0; step < maxLength && beams.length > 0; step++) {
    const candidates: Hypothesis[] = [];
    for (const beam of beams) {
      for (const [token, logProb] of nextLogProbs(beam.tokens)) {
        candidates.push({ tokens: [...beam.tokens, token], score: beam.score + logProb });
      }
    }
    candidates.sort(byScoreThenSequence);
    beams = [];
    for (const candidate of candidates.slice(0, beamWidth)) {
      // A hypothesis that emitted the end token is done: keep it, never extend it.
      if (candidate.tokens[candidate.tokens.length - 1] === endToken) finished.push(candidate);
      else beams.push(candidate);
    }
  }
  finished.push(...beams); // hypotheses cut off at maxLength compete too
  const normalised = finished.map((h) => {
    const length = h.tokens.length - (h.tokens[h.tokens.length - 1] === endToken ? 1 : 0);
    return { tokens: h.tokens, score: h.score / Math.max(1, length) ** alpha };
  });
  normalised.sort(byScoreThenSequence);
  const best = normalised[0];
  if (best === undefined) throw new Error('no hypothesis'); // unreachable: the first step always keeps one
  return best;
}
