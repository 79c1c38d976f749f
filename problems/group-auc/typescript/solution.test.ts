import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { groupAuc, type UserId } from './solution';

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

/** O(P * N) definition for one user, for checking small inputs. */
function pairwiseAuc(scores: number[], labels: number[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((si, i) => {
    scores.forEach((sj, j) => {
      if (labels[i] === 1 && labels[j] === 0) {
        pairs++;
        wins += si > sj ? 1 : si === sj ? 0.5 : 0;
      }
    });
  });
  return wins / pairs;
}

function bruteForceGauc(users: UserId[], scores: number[], labels: number[]): number {
  let weighted = 0;
  let total = 0;
  for (const user of new Set(users)) {
    const rows = users.flatMap((u, i) => (u === user ? [i] : []));
    const s = rows.map((i) => scores[i] ?? 0);
    const y = rows.map((i) => labels[i] ?? 0);
    const positives = y.reduce((a, b) => a + b, 0);
    if (positives > 0 && positives < y.length) {
      weighted += rows.length * pairwiseAuc(s, y);
      total += rows.length;
    }
  }
  return weighted / total;
}

function assertClose(actual: number, expected: number, tolerance = 1e-9, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

describe('groupAuc', () => {
  test('example 1: weighted by impressions', () => {
    const users = ['u1', 'u1', 'u1', 'u2', 'u2', 'u2', 'u2', 'u3', 'u3'];
    const scores = [0.9, 0.4, 0.6, 0.2, 0.8, 0.5, 0.3, 0.7, 0.1];
    const labels = [1, 0, 0, 1, 1, 0, 0, 0, 0];
    // u1: AUC 1 over 3 impressions; u2: AUC 0.5 over 4; u3 has no positive and is skipped.
    assertClose(groupAuc(users, scores, labels), 5 / 7);
  });

  test('example 2: ties count one half', () => {
    assertClose(groupAuc(['a', 'a', 'a', 'a'], [0.5, 0.5, 0.5, 0.9], [1, 0, 0, 1]), 0.75);
    assertClose(groupAuc(['a', 'a', 'a', 'a'], [0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0]), 0.5);
  });

  test('single-class users are skipped', () => {
    const users = ['ok', 'ok', 'clicker', 'clicker', 'clicker', 'skipper'];
    const scores = [0.9, 0.1, 0.2, 0.3, 0.4, 0.99];
    const labels = [1, 0, 1, 1, 1, 0];
    assertClose(groupAuc(users, scores, labels), 1, 1e-9, "only 'ok' counts, with its own weight:");
    assertClose(groupAuc([...users, 'bad', 'bad'], [...scores, 0.1, 0.9], [...labels, 1, 0]), 0.5, 1e-9, "'ok' (AUC 1) and 'bad' (AUC 0), 2 impressions each:");
  });

  test('the weight is the number of impressions', () => {
    // 'heavy': 8 impressions, 1 click, AUC 3/7; 'light': 2 impressions, 1 click, AUC 1.
    const users = [...new Array<string>(8).fill('heavy'), 'light', 'light'];
    const scores = [0.5, 0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.6, 0.1];
    const labels = [1, 0, 0, 0, 0, 0, 0, 0, 1, 0];
    const heavy = pairwiseAuc(scores.slice(0, 8), labels.slice(0, 8));
    assertClose(heavy, 3 / 7, 1e-12);
    assertClose(groupAuc(users, scores, labels), (8 * heavy + 2 * 1) / 10, 1e-9, 'not the plain mean (0.714) of the two AUCs:');
  });

  test('one user is plain AUC', () => {
    const scores = [0.05, 0.7, 0.3, 0.3, 0.9, 0.1, 0.6];
    const labels = [0, 1, 0, 1, 1, 0, 0];
    assertClose(groupAuc(new Array<number>(7).fill(7), scores, labels), pairwiseAuc(scores, labels));
  });

  test('row order does not matter', () => {
    const users = ['u1', 'u2', 'u1', 'u2', 'u1', 'u2', 'u2'];
    const scores = [0.9, 0.2, 0.4, 0.8, 0.6, 0.5, 0.3];
    const labels = [1, 1, 0, 1, 0, 0, 0];
    const expected = (3 * 1 + 4 * 0.5) / 7;
    assertClose(groupAuc(users, scores, labels), expected);
    assertClose(groupAuc([...users].reverse(), [...scores].reverse(), [...labels].reverse()), expected);
  });

  test('matches the pairwise definition on random logs', () => {
    const rng = mulberry32(5);
    for (let trial = 0; trial < 40; trial++) {
      const n = 2 + Math.floor(rng() * 79);
      const users = Array.from({ length: n }, () => Math.floor(rng() * 7));
      const scores = Array.from({ length: n }, () => Math.round(rng() * 10) / 10); // one decimal: many ties
      const labels = Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1));
      users[0] = 0;
      users[1] = 0;
      labels[0] = 0;
      labels[1] = 1;
      assertClose(groupAuc(users, scores, labels), bruteForceGauc(users, scores, labels), 1e-9, `trial ${trial}:`);
    }
  });

  test('invalid inputs throw', () => {
    assertClose(groupAuc(['a', 'a'], [0.1, 0.2], [0, 1]), 1);
    assert.throws(() => groupAuc(['a', 'a'], [0.1, 0.2], [1, 1]), Error);
    assert.throws(() => groupAuc(['a', 'b'], [0.1, 0.2], [0, 1]), Error);
    assert.throws(() => groupAuc([], [], []), Error);
    assert.throws(() => groupAuc(['a', 'a'], [0.1, 0.2, 0.3], [0, 1]), Error);
  });

  test('the inputs are not modified', () => {
    const users = ['b', 'a', 'b', 'a'];
    const scores = [0.4, 0.1, 0.2, 0.9];
    const labels = [1, 0, 0, 1];
    groupAuc(users, scores, labels);
    assert.deepEqual([users, scores, labels], [['b', 'a', 'b', 'a'], [0.4, 0.1, 0.2, 0.9], [1, 0, 0, 1]]);
  });

  test('a big user runs in n log n time', () => {
    // Plain numbers cannot count the comparisons made between them (the Python test does), so
    // each call is timed against sorting the same scores, measured just before and just after
    // it: a load on the machine slows both. One user with 1,000, 2,000, ..., 64,000 impressions;
    // an O(n log n) solution takes a few times as long as that sort (the limit is 25 times, plus
    // 100 ms), while comparing every (positive, negative) pair takes 50 to 100 times as long at
    // 16,000 impressions and over 300 times at 64,000.
    const sortMilliseconds = (values: number[]): number => {
      const copy = [...values];
      const start = performance.now();
      copy.sort((a, b) => a - b);
      return performance.now() - start;
    };
    groupAuc(['warm-up', 'warm-up', 'warm-up'], [0.2, 0.1, 0.2], [1, 0, 0]); // compile it before timing
    const rng = mulberry32(2024);
    for (let k = 0; k < 7; k++) {
      const n = 1000 * 2 ** k;
      const scores = Array.from({ length: n }, () => Math.floor(rng() * 1000));
      const labels = scores.map((s) => (rng() < s / 1000 ? 1 : 0));
      const positives = new Array<number>(1000).fill(0);
      const negatives = new Array<number>(1000).fill(0);
      scores.forEach((s, i) => {
        if (labels[i] === 1) positives[s] = (positives[s] ?? 0) + 1;
        else negatives[s] = (negatives[s] ?? 0) + 1;
      });
      let wins = 0;
      let below = 0;
      for (let v = 0; v < 1000; v++) {
        wins += (positives[v] ?? 0) * (below + 0.5 * (negatives[v] ?? 0));
        below += negatives[v] ?? 0;
      }
      const totalPositives = positives.reduce((a, b) => a + b, 0);
      const expected = wins / (totalPositives * (n - totalPositives));
      const users = new Array<string>(n).fill('big');
      const before = sortMilliseconds(scores);
      const start = performance.now();
      const result = groupAuc(users, scores, labels);
      const took = performance.now() - start;
      const sorting = Math.max(before, sortMilliseconds(scores));
      assertClose(result, expected, 1e-9, `${n} impressions:`);
      const limit = 100 + 25 * sorting;
      assert.ok(took <= limit, `${took.toFixed(0)} ms for ${n} impressions, where sorting their scores takes ${sorting.toFixed(1)} ms: is it comparing every pair?`);
    }
  });
});
