import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { StreamTopK } from './solution';

function feed(tracker: StreamTopK, items: string[]): StreamTopK {
  for (const item of items) tracker.add(item);
  return tracker;
}

/** Deterministic ids 0..998 skewed towards 0 (the same generator as the Python tests). */
function minstdIds(count: number, seed: number): number[] {
  let state = seed;
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 48271) % 2147483647; // below 2^53, so exact
    ids.push(Math.floor(((state % 1000) * (Math.floor(state / 1000) % 1000)) / 1000));
  }
  return ids;
}

function bruteForceTop(counts: Map<string, number>, k: number): string[] {
  return [...counts.entries()]
    .sort(([itemA, countA], [itemB, countB]) => countB - countA || (itemA < itemB ? -1 : itemA > itemB ? 1 : 0))
    .slice(0, k)
    .map(([item]) => item);
}

describe('StreamTopK', () => {
  test('example 1: trending hashtags', () => {
    const tracker = feed(new StreamTopK(2), ['#ai', '#rust', '#ai', '#go', '#rust', '#ai']);
    assert.deepEqual(tracker.top(), ['#ai', '#rust']);
  });

  test('example 2: ties go to the smaller item', () => {
    const tracker = feed(new StreamTopK(2), ['#b', '#c', '#a']);
    assert.deepEqual(tracker.top(), ['#a', '#b']);
  });

  test('example 3: fewer distinct items than k', () => {
    const tracker = feed(new StreamTopK(5), ['#x', '#y', '#x']);
    assert.deepEqual(tracker.top(), ['#x', '#y']);
  });

  test('an empty stream', () => {
    assert.deepEqual(new StreamTopK(3).top(), []);
  });

  test('the order is lexicographic, not numeric', () => {
    const tracker = feed(new StreamTopK(3), ['#item9', '#item10', '#item2', '#item10', '#item9', '#item2']);
    assert.deepEqual(tracker.top(), ['#item10', '#item2', '#item9']);
  });

  test('answers follow the stream', () => {
    const tracker = new StreamTopK(2);
    tracker.add('#news');
    assert.deepEqual(tracker.top(), ['#news']);
    feed(tracker, ['#sports', '#sports']);
    assert.deepEqual(tracker.top(), ['#sports', '#news']);
    feed(tracker, ['#music', '#music', '#music']);
    assert.deepEqual(tracker.top(), ['#music', '#sports']);
    feed(tracker, ['#news', '#news']);
    assert.deepEqual(tracker.top(), ['#music', '#news']);
    tracker.add('#sports');
    assert.deepEqual(tracker.top(), ['#music', '#news'], 'all three have 3; #music and #news are smaller than #sports');
  });

  test('k = 1 and independent instances', () => {
    const first = feed(new StreamTopK(1), ['#a', '#b', '#b']);
    const second = feed(new StreamTopK(1), ['#a', '#a', '#b']);
    assert.deepEqual(first.top(), ['#b']);
    assert.deepEqual(second.top(), ['#a']);
  });

  test('top does not change the state', () => {
    const tracker = feed(new StreamTopK(3), ['#q', '#p', '#q', '#r', '#s', '#q', '#p']);
    const answer = tracker.top();
    assert.deepEqual(answer, ['#q', '#p', '#r']);
    answer.length = 0;
    answer.push('#zzz');
    assert.deepEqual(tracker.top(), ['#q', '#p', '#r']);
    assert.deepEqual(tracker.top(), ['#q', '#p', '#r']);
  });

  test('a large stream with periodic queries', () => {
    const k = 10;
    const tracker = new StreamTopK(k);
    const counts = new Map<string, number>();
    minstdIds(200_000, 12345).forEach((id, i) => {
      const item = `#tag${id}`;
      tracker.add(item);
      counts.set(item, (counts.get(item) ?? 0) + 1);
      if ((i + 1) % 10_000 === 0) assert.deepEqual(tracker.top(), bruteForceTop(counts, k), `after ${i + 1} items`);
    });
    assert.equal(counts.size, 995);
    assert.deepEqual(tracker.top(), ['#tag0', '#tag1', '#tag2', '#tag3', '#tag4', '#tag6', '#tag7', '#tag8', '#tag5', '#tag10']);
  });

  test('frequent queries on a long stream answer quickly', () => {
    // 200,000 adds over 50 distinct items, with top() after every 1,000 and then after each of
    // the last 800: 999 queries. Counting as items arrive makes a query cost O(u log k) for
    // the u = 50 items; recounting the stored history costs O(n) per query. Only the time
    // spent inside the tracker (each block of adds and the query that ends it) is measured,
    // and the test stops as soon as it passes a second (two in the Python tests, which run
    // the same loops many times slower).
    const k = 5;
    const items = minstdIds(200_000, 2024).map((id) => `#t${id % 50}`);
    const queryAfter: number[] = [];
    for (let index = 1; index <= 200_000; index++) if (index % 1_000 === 0 || index > 199_200) queryAfter.push(index);
    const tracker = new StreamTopK(k);
    const counts = new Map<string, number>();
    let spent = 0;
    let done = 0;
    for (const index of queryAfter) {
      const block = items.slice(done, index);
      const start = performance.now();
      for (const item of block) tracker.add(item);
      const answer = tracker.top();
      spent += performance.now() - start;
      for (const item of block) counts.set(item, (counts.get(item) ?? 0) + 1);
      done = index;
      assert.deepEqual(answer, bruteForceTop(counts, k), `after ${index} items`);
      assert.ok(spent < 1000, `${(spent / 1000).toFixed(2)} s in the tracker after ${index} items: too slow per query`);
    }
  });
});
