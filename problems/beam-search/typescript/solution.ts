/** The model: log-probability of every possible next token given the tokens so far. */
export type NextLogProbs = (prefix: readonly number[]) => ReadonlyMap<number, number>;

export interface Hypothesis {
  tokens: number[];
  score: number;
}

/**
 * The best hypothesis found by beam search, with its length-normalised score.
 * Throws an Error if beamWidth or maxLength is below 1.
 */
export function beamSearch(
  nextLogProbs: NextLogProbs,
  beamWidth: number,
  maxLength: number,
  endToken: number,
  alpha = 0,
): Hypothesis {
  throw new Error('Write your solution here');
}
