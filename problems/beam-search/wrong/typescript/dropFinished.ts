// Wrong: keeps only hypotheses that have not ended, so a short sequence that finished early is lost.
export type NextLogProbs = (prefix: readonly number[]) => ReadonlyMap<number, number>;

export interface Hypothesis {
  tokens: number[];
  score: number;
}

function compareSequences(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return a.length - b.length;
}

function byScoreThenSequence(a: Hypothesis, b: Hypothesis): number {
  return a.score !== b.score ? b.score - a.score : compareSequences(a.tokens, b.tokens);
}

export function beamSearch(
  nextLogProbs: NextLogProbs,
  beamWidth: number,
  maxLength: number,
  endToken: number,
  alpha = 0,
): Hypothesis {
  if (beamWidth < 1 || maxLength < 1) throw new Error('beamWidth and maxLength must be at least 1');
  const ended = (h: Hypothesis): boolean => h.tokens.length > 0 && h.tokens[h.tokens.length - 1] === endToken;
  let beams: Hypothesis[] = [{ tokens: [], score: 0 }];
  for (let step = 0; step < maxLength; step++) {
    const candidates: Hypothesis[] = [];
    for (const beam of beams) {
      if (ended(beam)) {
        candidates.push(beam); // already done: carry it along unchanged
        continue;
      }
      for (const [token, logProb] of nextLogProbs(beam.tokens)) {
        candidates.push({ tokens: [...beam.tokens, token], score: beam.score + logProb });
      }
    }
    candidates.sort(byScoreThenSequence);
    // Prefer hypotheses that can still grow; finished ones only fill leftover slots.
    beams = [...candidates.filter((c) => !ended(c)), ...candidates.filter(ended)].slice(0, beamWidth);
  }
  const normalised = beams.map((h) => ({ tokens: h.tokens, score: h.score / h.tokens.length ** alpha }));
  normalised.sort(byScoreThenSequence);
  return normalised[0] ?? { tokens: [], score: 0 };
}
