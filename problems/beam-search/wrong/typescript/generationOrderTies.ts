// Wrong: sorts by score only, so equal scores stay in the order they were generated instead of the smaller sequence first.
/** The model: log-probability of every possible next token given the tokens so far. */
export type NextLogProbs = (prefix: readonly number[]) => ReadonlyMap<number, number>;

export interface Hypothesis {
  tokens: number[];
  score: number;
}

/** Higher score first (Array.prototype.sort is stable). */
function byScoreThenSequence(a: Hypothesis, b: Hypothesis): number {
  return b.score - a.score;
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
  const normalised = finished.map((h) => ({ tokens: h.tokens, score: h.score / h.tokens.length ** alpha }));
  normalised.sort(byScoreThenSequence);
  const best = normalised[0];
  if (best === undefined) throw new Error('no hypothesis'); // unreachable: the first step always keeps one
  return best;
}
