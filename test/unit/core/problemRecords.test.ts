import assert from 'node:assert/strict';
import type { ProblemRecord } from '../../../src/core/problems/attempts';
import { describeRecord, describeStatus } from '../../../src/core/problems/describeRecord';
import { describeSolveTime } from '../../../src/core/problems/wording';
import { pickRandomProblems } from '../../../src/core/problems/pickProblems';
import type { Difficulty, ProblemMeta } from '../../../src/core/problems/problemFiles';

const record = (status: ProblemRecord['status'], attempts: number, bestSeconds?: number, lastAttempt?: number): ProblemRecord => ({ status, attempts, bestSeconds, lastAttempt });

function problem(slug: string, difficulty: Difficulty = 'medium'): { meta: ProblemMeta } {
  const title = slug.split('-').map((word) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`).join(' ');
  return { meta: { slug, title, difficulty, topics: ['arrays'], rounds: ['coding'], targetMinutes: 20, complexity: { time: 'O(n)', space: 'O(1)' }, hints: ['h'] } };
}

/** A random source that returns the given values in turn. */
function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length] ?? 0;
}

describe('a practice problem\'s record as the Problems view and the picker show it', () => {
  it('one run is "1 run", not "1 runs"', () => {
    assert.equal(describeStatus(record('attempted', 1)), 'attempted (1 run)');
    assert.equal(describeStatus(record('solved', 3, 28)), 'solved (3 runs)');
    assert.equal(describeStatus(undefined), 'new');
  });

  it('the best time carries its unit: "best 28 s", not "best 0:28"', () => {
    assert.equal(describeRecord(record('solved', 2, 28)), 'solved · best 28 s');
    assert.equal(describeRecord(record('solved', 2, 245)), 'solved · best 4 min 5 s');
    assert.equal(describeRecord(record('solved', 1)), 'solved');
    assert.equal(describeRecord(record('attempted', 1)), 'attempted 1×');
    assert.equal(describeRecord(undefined), 'new');
  });

  it('solve times: seconds, minutes and seconds, hours and minutes', () => {
    assert.deepEqual([0, 28.4, 59.6, 60, 245, 720, 3599, 3600, 3900, 7170].map(describeSolveTime), ['0 s', '28 s', '1 min', '1 min', '4 min 5 s', '12 min', '59 min 59 s', '1 h', '1 h 5 min', '2 h']);
  });
});

describe('"two random medium problems"', () => {
  const catalog = [problem('jump-game'), problem('coin-change'), problem('merge-intervals'), problem('two-sum', 'easy'), problem('edit-distance', 'hard')];

  it('picks only medium problems never attempted when there are enough, with no note', () => {
    const records = new Map([['jump-game', record('solved', 2, 300, 1_000)]]);
    for (let round = 0; round < 20; round++) {
      const { picked, note } = pickRandomProblems(catalog, records, 2);
      assert.deepEqual(picked.map((entry) => entry.meta.slug).sort(), ['coin-change', 'merge-intervals']);
      assert.equal(note, undefined);
    }
  });

  it('the order among new problems is random', () => {
    const first = pickRandomProblems(catalog, new Map(), 1, 'medium', sequence(0.9, 0.1, 0.5)).picked[0]?.meta.slug;
    const second = pickRandomProblems(catalog, new Map(), 1, 'medium', sequence(0.1, 0.9, 0.5)).picked[0]?.meta.slug;
    assert.equal(first, 'coin-change');
    assert.equal(second, 'jump-game');
  });

  it('too few new ones: the one attempted longest ago fills the session, and a note says so', () => {
    const records = new Map([['jump-game', record('solved', 2, 300, 5_000)], ['coin-change', record('attempted', 1, undefined, 1_000)]]);
    const { picked, note } = pickRandomProblems(catalog, records, 2);
    assert.deepEqual(picked.map((entry) => entry.meta.slug), ['merge-intervals', 'coin-change']);
    assert.equal(note, 'Only 1 medium problem is new to you, so the session also has Coin Change, which you attempted before.');
  });

  it('every one attempted: the ones attempted longest ago, and a note', () => {
    const records = new Map([['jump-game', record('solved', 2, 300, 5_000)], ['coin-change', record('attempted', 1, undefined, 1_000)], ['merge-intervals', record('attempted', 4, undefined, 3_000)]]);
    const { picked, note } = pickRandomProblems(catalog, records, 2);
    assert.deepEqual(picked.map((entry) => entry.meta.slug), ['coin-change', 'merge-intervals']);
    assert.equal(note, 'You have attempted every medium problem, so the session has the ones you attempted longest ago: Coin Change and Merge Intervals.');
  });

  it('a catalog with too few medium problems is an error', () => {
    assert.throws(() => pickRandomProblems(catalog, new Map(), 4), /only 3 medium problems/);
  });
});
