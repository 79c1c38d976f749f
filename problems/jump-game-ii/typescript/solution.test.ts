import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { minJumps } from './solution';

/** A small seeded generator, the same in the Python and TypeScript tests. */
class Lcg {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  below(n: number): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return (this.state >>> 16) % n;
  }
}

/** An obviously correct (and slow) model: fewest jumps to every index, or undefined if unreachable. */
function slowMinJumps(nums: number[]): number | undefined {
  const best: (number | undefined)[] = new Array<number | undefined>(nums.length).fill(undefined);
  best[0] = 0;
  for (let i = 0; i < nums.length; i++) {
    const here = best[i];
    if (here === undefined) continue;
    const last = Math.min(nums.length - 1, i + (nums[i] ?? 0));
    for (let j = i + 1; j <= last; j++) {
      const there = best[j];
      if (there === undefined || here + 1 < there) best[j] = here + 1;
    }
  }
  return best[nums.length - 1];
}

describe('minJumps', () => {
  test('example 1: two jumps', () => {
    assert.equal(minJumps([2, 3, 1, 1, 4]), 2);
  });

  test('example 2: a zero that is never used', () => {
    assert.equal(minJumps([2, 3, 0, 1, 4]), 2);
  });

  test('example 3: a single element', () => {
    assert.equal(minJumps([0]), 0);
  });

  test('two elements', () => {
    assert.equal(minJumps([1, 0]), 1);
  });

  test('the first jump reaches the end', () => {
    assert.equal(minJumps([10, 0, 0, 0]), 1);
    assert.equal(minJumps([3, 0, 0, 0]), 1);
  });

  test('all ones need a jump per step', () => {
    assert.equal(minJumps([1, 1, 1, 1, 1]), 4);
  });

  test('the longest jump is not always best', () => {
    assert.equal(minJumps([4, 1, 1, 3, 1, 1, 1]), 2);
    assert.equal(minJumps([2, 0, 2, 0, 1]), 2);
  });

  test('seeded random arrays match a slow model', () => {
    const rng = new Lcg(7);
    let checked = 0;
    for (let c = 0; c < 400; c++) {
      const length = 1 + rng.below(25);
      const nums: number[] = [];
      for (let i = 0; i < length; i++) nums.push(rng.below(5));
      const expected = slowMinJumps(nums);
      if (expected === undefined) continue; // the last index is unreachable: outside the constraints
      checked++;
      assert.equal(minJumps(nums), expected, `case ${c}: ${JSON.stringify(nums)}`);
    }
    assert.ok(checked > 100, `only ${checked} reachable cases`);
  });

  test('the pad with the biggest value is not always best', () => {
    assert.equal(minJumps([3, 4, 1, 3, 0, 0, 0]), 2);
  });

  test('a long row of ones', () => {
    assert.equal(minJumps(new Array<number>(100_000).fill(1)), 99_999);
  });

  test('large inputs run in linear time', () => {
    // Staircases k, k-1, ..., 1, then 1, 0 of growing k: every pad of the staircase reaches
    // pad k exactly, so the answer is 2. Relaxing every jump length costs about k * k / 2
    // steps; one greedy pass costs k. Only the time inside minJumps is measured, and the
    // test stops as soon as it passes half a second (a second in the Python tests, which run
    // the same loops many times slower).
    let spent = 0;
    for (let k = 1000; k + 2 <= 50_000; k = Math.floor((k * 5) / 4)) {
      const nums: number[] = [];
      for (let value = k; value >= 1; value--) nums.push(value);
      nums.push(1, 0);
      const start = performance.now();
      const answer = minJumps(nums);
      spent += (performance.now() - start) / 1000;
      assert.equal(answer, 2, `k = ${k}`);
      assert.ok(spent < 0.5, `${spent.toFixed(2)} s by k = ${k}: not linear time`);
    }
  });
});
