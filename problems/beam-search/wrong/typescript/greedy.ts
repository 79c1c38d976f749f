// Wrong: decodes greedily (always the single most likely next token), ignoring beamWidth.
export type NextLogProbs = (prefix: readonly number[]) => ReadonlyMap<number, number>;

export interface Hypothesis {
  tokens: number[];
  score: number;
}

export function beamSearch(
  nextLogProbs: NextLogProbs,
  beamWidth: number,
  maxLength: number,
  endToken: number,
  alpha = 0,
): Hypothesis {
  if (beamWidth < 1 || maxLength < 1) throw new Error('beamWidth and maxLength must be at least 1');
  const tokens: number[] = [];
  let score = 0;
  while (tokens.length < maxLength) {
    let bestToken = -1;
    let bestLogProb = -Infinity;
    for (const [token, logProb] of nextLogProbs(tokens)) {
      if (logProb > bestLogProb || (logProb === bestLogProb && token < bestToken)) {
        bestToken = token;
        bestLogProb = logProb;
      }
    }
    tokens.push(bestToken);
    score += bestLogProb;
    if (bestToken === endToken) break;
  }
  return { tokens, score: score / tokens.length ** alpha };
}
