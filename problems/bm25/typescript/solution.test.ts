import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bm25Scores, bm25TopK } from './solution';

const split = (text: string): string[] => text.split(' ');
const CORPUS = ['the cat sat on the mat', 'the dog sat', 'a cat and a dog played', 'cats chase mice', 'the the the cat'].map(split);

/** Seeded uniform generator in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The formula written out term by term, for checking larger inputs. */
function directBm25(query: string[], corpus: string[][], k1 = 1.2, b = 0.75): number[] {
  const n = corpus.length;
  const average = corpus.reduce((sum, d) => sum + d.length, 0) / n;
  return corpus.map((doc) => {
    let total = 0;
    for (const term of query) {
      const df = corpus.filter((d) => d.includes(term)).length;
      const tf = doc.filter((token) => token === term).length;
      const idf = Math.log((n - df + 0.5) / (df + 0.5) + 1);
      total += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / average));
    }
    return total;
  });
}

function assertScores(actual: number[], expected: number[], tolerance = 1e-6): void {
  const message = `${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  assert.equal(actual.length, expected.length, message);
  expected.forEach((e, i) => assert.ok(Math.abs((actual[i] ?? NaN) - e) <= tolerance, `document ${i}: ${message}`));
}

function assertClose(actual: number | undefined, expected: number, tolerance: number, message = ''): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

describe('BM25', () => {
  test('example 1: a single term', () => {
    assertScores(bm25Scores(['cat'], CORPUS), [0.469198, 0, 0.469198, 0, 0.559816]);
    assert.deepEqual(bm25TopK(['cat'], CORPUS, 3), [4, 0, 2]);
  });

  test('example 2: two terms', () => {
    assertScores(bm25Scores(['dog', 'sat'], CORPUS), [0.762099, 2.012954, 0.762099, 0, 0]);
    assert.deepEqual(bm25TopK(['dog', 'sat'], CORPUS, 10), [1, 0, 2]);
    assertScores(bm25Scores(['the', 'cat'], CORPUS), [1.141555, 0.619654, 0.469198, 0, 1.423638]);
  });

  test('the IDF follows the stated formula', () => {
    // Every document has 2 tokens, so |D| = avgdl and a term seen once scores exactly its IDF.
    const corpus = [['x', 'pad'], ['x', 'pad'], ['x', 'pad'], ['y', 'pad'], ['z', 'pad'], ['w', 'pad']];
    for (const [term, df, index] of [['x', 3, 0], ['y', 1, 3], ['pad', 6, 0]] as const) {
      const idf = Math.log((6 - df + 0.5) / (df + 0.5) + 1);
      assertClose(bm25Scores([term], corpus)[index], idf, 1e-9, term);
    }
  });

  test('common terms never score negative', () => {
    const corpus = [['news', 'today'], ['news', 'sports'], ['news', 'weather'], ['cooking']];
    const scores = bm25Scores(['news'], corpus);
    assert.ok(scores.slice(0, 3).every((s) => s > 0), `a term in 3 of 4 documents still has a positive IDF: ${JSON.stringify(scores)}`);
    assertClose(scores[0], (Math.log(1.5 / 3.5 + 1) * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 2) / 1.75)), 1e-9);
    assert.deepEqual(bm25TopK(['news'], corpus, 5), [0, 1, 2]);
    assert.deepEqual(bm25TopK(['news', 'cooking'], corpus, 1), [3]);
  });

  test('term frequency saturates', () => {
    const tfs = [1, 2, 4, 8, 16];
    const corpus = [...tfs.map((tf) => [...new Array<string>(tf).fill('ai'), ...new Array<string>(20 - tf).fill('filler')]), new Array<string>(20).fill('other')];
    const scores = bm25Scores(['ai'], corpus);
    const idf = Math.log((6 - 5 + 0.5) / (5 + 0.5) + 1);
    // Equal lengths: score = idf * tf * 2.2 / (tf + 1.2), rising towards idf * 2.2 but never reaching it.
    assertScores(scores, [...tfs.map((tf) => (idf * tf * 2.2) / (tf + 1.2)), 0], 1e-9);
    assert.ok((scores[4] ?? Infinity) / (scores[0] ?? 1) < 2.2, '16 occurrences are worth less than 2.2 times one occurrence');
  });

  test('longer documents are normalised', () => {
    const corpus = [['ml', 'a'], ['ml', ...new Array<string>(9).fill('a')]];
    const scores = bm25Scores(['ml'], corpus);
    const idf = Math.log(0.5 / 2.5 + 1);
    assertScores(scores, [(idf * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 2) / 6)), (idf * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 10) / 6))], 1e-9);
    assert.ok((scores[0] ?? 0) > (scores[1] ?? 0));
    const flat = bm25Scores(['ml'], corpus, 1.2, 0);
    assertClose(flat[0], flat[1] ?? NaN, 1e-12, 'b = 0 turns the length normalisation off:');
    assertClose(flat[0], idf, 1e-9);
  });

  test('repeated query terms count each time', () => {
    const once = bm25Scores(['cat'], CORPUS);
    const twice = bm25Scores(['cat', 'cat'], CORPUS);
    assertScores(twice, once.map((s) => 2 * s), 1e-9);
    const the = bm25Scores(['the'], CORPUS);
    assertScores(bm25Scores(['cat', 'the', 'cat'], CORPUS), twice.map((s, i) => s + (the[i] ?? NaN)), 1e-9);
  });

  test('parameters and invalid values', () => {
    // k1 = 0: every matching term adds just its IDF, however often it appears.
    const idf = Math.log((5 - 3 + 0.5) / (3 + 0.5) + 1);
    assertScores(bm25Scores(['cat'], CORPUS, 0), [idf, 0, idf, 0, idf], 1e-9);
    assertScores(bm25Scores(['cat'], CORPUS, 2, 1), [0.433826, 0, 0.433826, 0, 0.57377]);
    for (const [k1, b] of [[-0.1, 0.75], [1.2, -0.1], [1.2, 1.5]] as const) {
      assert.throws(() => bm25Scores(['cat'], CORPUS, k1, b), Error, `k1 ${k1}, b ${b}`);
    }
    assert.throws(() => bm25TopK(['cat'], CORPUS, -1), Error);
  });

  test('top-k: ties, the cut-off and non-matching documents', () => {
    const corpus = [['b', 'a'], ['c', 'd'], ['a', 'b'], ['a', 'b'], ['a', 'x']];
    assert.deepEqual(bm25TopK(['a'], corpus, 10), [0, 2, 3, 4]);
    assert.deepEqual(bm25TopK(['a', 'b'], corpus, 2), [0, 2]);
    assert.deepEqual(bm25TopK(['a'], corpus, 0), []);
    assert.deepEqual(bm25TopK(['zzz'], corpus, 3), []);
  });

  test('empty documents, corpus and query', () => {
    assert.deepEqual(bm25Scores(['cat'], []), []);
    assert.deepEqual(bm25TopK(['cat'], [], 3), []);
    assert.deepEqual(bm25Scores(['cat'], [[], []]), [0, 0]);
    assert.deepEqual(bm25Scores([], CORPUS), [0, 0, 0, 0, 0]);
    const scores = bm25Scores(['cat'], [[], ['cat'], []]);
    assertClose(scores[1], (Math.log(2.5 / 1.5 + 1) * 2.2) / (1 + 1.2 * (0.25 + 0.75 * 3)), 1e-9);
    assert.equal(scores[0], 0);
  });

  test('matches the formula on a random corpus', () => {
    const rng = mulberry32(31);
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const pick = (limit: number): string => vocabulary[Math.floor(rng() * limit)] ?? 'w0';
    const corpus = Array.from({ length: 60 }, () => {
      const limit = 5 + Math.floor(rng() * 36);
      return Array.from({ length: Math.floor(rng() * 31) }, () => pick(limit));
    });
    for (let trial = 0; trial < 10; trial++) {
      const query = Array.from({ length: 1 + Math.floor(rng() * 5) }, () => pick(40));
      const k1 = 0.5 + 1.5 * rng();
      const b = rng();
      const expected = directBm25(query, corpus, k1, b);
      assertScores(bm25Scores(query, corpus, k1, b), expected, 1e-9);
      const ranked = expected
        .map((score, i) => ({ score, i }))
        .filter((entry) => entry.score > 0)
        .sort((x, y) => y.score - x.score || x.i - y.i)
        .map((entry) => entry.i);
      assert.deepEqual(bm25TopK(query, corpus, 7, k1, b), ranked.slice(0, 7), `trial ${trial}`);
    }
  });

  test('the inputs are not modified', () => {
    const query = ['cat', 'the', 'cat'];
    const corpus = CORPUS.map((doc) => [...doc]);
    bm25TopK(query, corpus, 2);
    assert.deepEqual(query, ['cat', 'the', 'cat']);
    assert.deepEqual(corpus, CORPUS);
  });
});
