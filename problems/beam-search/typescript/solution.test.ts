import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { beamSearch, type Hypothesis, type NextLogProbs } from './solution';

const END = 0;
type Table = Record<string, Array<[number, number]>>;

/** A model from a table {prefix joined with commas: [token, probability] pairs}; records every call. */
function tableModel(table: Table, fallback?: Array<[number, number]>): { model: NextLogProbs; calls: string[] } {
  const calls: string[] = [];
  const model: NextLogProbs = (prefix) => {
    const key = prefix.join(',');
    calls.push(key);
    const probabilities = table[key] ?? fallback;
    if (probabilities === undefined) throw new Error(`the model was asked about [${key}], which it never expected`);
    return new Map(probabilities.map(([token, p]) => [token, Math.log(p)]));
  };
  return { model, calls };
}

/** A deterministic pseudo-random model over tokens 0 (END) .. vocabulary - 1 (the same as the Python tests). */
function randomModel(seed: number, vocabulary: number): NextLogProbs {
  return (prefix) => {
    let state = seed;
    for (const token of prefix) state = (state * 31 + token + 1) % 2147483647;
    const weights: number[] = [];
    for (let t = 0; t < vocabulary; t++) {
      state = (state * 48271 + 11) % 2147483647;
      weights.push(1 + (state % 100));
    }
    const total = weights.reduce((a, b) => a + b, 0);
    return new Map(weights.map((w, token) => [token, Math.log(w / total)]));
  };
}

function compareSequences(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return a.length - b.length;
}

function greedy(model: NextLogProbs, maxLength: number, alpha: number): Hypothesis {
  const tokens: number[] = [];
  let score = 0;
  while (tokens.length < maxLength) {
    let bestToken = -1;
    let bestLogProb = -Infinity;
    for (const [token, logProb] of model(tokens)) {
      if (logProb > bestLogProb || (logProb === bestLogProb && token < bestToken)) {
        bestToken = token;
        bestLogProb = logProb;
      }
    }
    tokens.push(bestToken);
    score += bestLogProb;
    if (bestToken === END) break;
  }
  return { tokens, score: score / tokens.length ** alpha };
}

/** The best complete sequence over all of them, summing log-probabilities in the same order. */
function exhaustive(model: NextLogProbs, maxLength: number, alpha: number): Hypothesis {
  let best: Hypothesis | undefined;
  const visit = (tokens: number[], score: number): void => {
    for (const [token, logProb] of model(tokens)) {
      const sequence = [...tokens, token];
      const total = score + logProb;
      if (token === END || sequence.length === maxLength) {
        const candidate = { tokens: sequence, score: total / sequence.length ** alpha };
        if (best === undefined || candidate.score > best.score || (candidate.score === best.score && compareSequences(sequence, best.tokens) < 0)) {
          best = candidate;
        }
      } else visit(sequence, total);
    }
  };
  visit([], 0);
  if (best === undefined) throw new Error('no sequence');
  return best;
}

function assertResult(actual: Hypothesis, tokens: number[], score: number): void {
  const message = `got ${JSON.stringify(actual)}`;
  assert.deepEqual([...actual.tokens], tokens, message);
  assert.ok(Math.abs(actual.score - score) <= 1e-9, `${message}, expected score ${score}`);
}

const EXAMPLE_1: Table = {
  '': [[1, 0.5], [2, 0.4], [END, 0.1]],
  '1': [[1, 0.3], [2, 0.3], [END, 0.4]],
  '2': [[END, 0.9], [1, 0.05], [2, 0.05]],
};
const EXAMPLE_2: Table = { '': [[END, 0.4], [1, 0.35], [2, 0.25]], '1': [[1, 0.5], [2, 0.5]], '2': [[1, 0.5], [2, 0.5]] };
const EXAMPLE_2_FALLBACK: Array<[number, number]> = [[END, 0.5], [1, 0.3], [2, 0.2]];

describe('beamSearch', () => {
  test('example 1: beam search beats greedy', () => {
    const { model } = tableModel(EXAMPLE_1);
    assertResult(beamSearch(model, 2, 2, END), [2, END], Math.log(0.4) + Math.log(0.9));
    assertResult(beamSearch(model, 1, 2, END), [1, END], Math.log(0.5) + Math.log(0.4));
  });

  test('example 2: finished hypotheses are kept', () => {
    const { model } = tableModel(EXAMPLE_2, EXAMPLE_2_FALLBACK);
    // [END] finishes at step 1 with 0.4; every longer hypothesis ends up below it.
    assertResult(beamSearch(model, 2, 3, END), [END], Math.log(0.4));
  });

  test('example 2: length normalisation', () => {
    const { model } = tableModel(EXAMPLE_2, EXAMPLE_2_FALLBACK);
    // With alpha = 1 the score is the mean log-probability per token: [1, 1, END] (and the
    // equally good [1, 2, END]) beat [END]; the tie goes to the smaller sequence.
    const expected = (Math.log(0.35) + Math.log(0.5) + Math.log(0.5)) / 3;
    assertResult(beamSearch(model, 2, 3, END, 1), [1, 1, END], expected);
    assertResult(beamSearch(model, 2, 3, END, 0.5), [END], Math.log(0.4));
  });

  test('hypotheses cut off at maxLength compete', () => {
    const { model } = tableModel({}, [[END, 0.1], [1, 0.6], [2, 0.3]]);
    assertResult(beamSearch(model, 2, 3, END), [1, 1, 1], 3 * Math.log(0.6));
    assertResult(beamSearch(model, 3, 1, END), [1], Math.log(0.6));
  });

  test('ties go to the smaller sequence', () => {
    // The table lists the tokens in descending order, so keeping ties in the order they were
    // generated is not the same as the stated rule.
    let { model } = tableModel({}, [[3, 0.3], [2, 0.3], [1, 0.3], [END, 0.1]]);
    assertResult(beamSearch(model, 2, 3, END), [1, 1, 1], 3 * Math.log(0.3));
    ({ model } = tableModel({}, [[3, 0.25], [2, 0.25], [1, 0.25], [END, 0.25]]));
    assertResult(beamSearch(model, 2, 2, END, 1), [END], Math.log(0.25));
  });

  test('the end token first', () => {
    const { model, calls } = tableModel({ '': [[END, 1]] });
    assertResult(beamSearch(model, 3, 5, END), [END], 0);
    assert.deepEqual(calls, ['']);
  });

  test('width one is greedy', () => {
    for (let seed = 1; seed < 40; seed++) {
      const model = randomModel(seed, 4);
      for (const alpha of [0, 0.6]) {
        const expected = greedy(model, 6, alpha);
        assertResult(beamSearch(model, 1, 6, END, alpha), expected.tokens, expected.score);
      }
    }
  });

  test('a wide beam is exhaustive search', () => {
    for (let seed = 1; seed < 30; seed++) {
      const model = randomModel(seed * 7919, 4);
      for (const alpha of [0, 1]) {
        const expected = exhaustive(model, 4, alpha);
        assertResult(beamSearch(model, 200, 4, END, alpha), expected.tokens, expected.score);
      }
    }
  });

  test('the model is called once per live hypothesis', () => {
    const { model, calls } = tableModel(EXAMPLE_2, EXAMPLE_2_FALLBACK);
    beamSearch(model, 2, 3, END);
    assert.deepEqual([...calls].sort(), ['', '1', '1,1', '1,2']);
    const random = randomModel(99, 5);
    const seen: number[][] = [];
    beamSearch((prefix) => {
      seen.push([...prefix]);
      return random(prefix);
    }, 3, 8, END);
    assert.ok(seen.length <= 3 * 8 - 2, 'at most beamWidth calls per step (one at the first)');
    assert.equal(new Set(seen.map((p) => p.join(','))).size, seen.length, 'a prefix was expanded twice');
    assert.ok(!seen.some((p) => p.length > 0 && p[p.length - 1] === END), 'a finished hypothesis was extended');
  });

  test('invalid arguments throw', () => {
    const { model } = tableModel(EXAMPLE_1);
    assertResult(beamSearch(model, 1, 1, END), [1], Math.log(0.5));
    assert.throws(() => beamSearch(model, 0, 2, END), Error);
    assert.throws(() => beamSearch(model, 2, 0, END), Error);
  });
});
