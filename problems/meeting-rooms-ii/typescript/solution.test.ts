import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { minMeetingRooms } from './solution';

type Meeting = [number, number];

/** Four shapes of n meetings (n not a multiple of 7919) and the rooms each needs. */
function calendars(n: number): [string, Meeting[], number][] {
  const sliding = Array.from({ length: n }, (_, i): Meeting => [i, i + 100]);
  return [
    ['sliding', sliding, 100],
    ['shuffled', Array.from({ length: n }, (_, i): Meeting => sliding[(i * 7919) % n] ?? [0, 1]), 100],
    ['chain', Array.from({ length: n }, (_, i): Meeting => [10 * ((i * 7919) % n), 10 * ((i * 7919) % n) + 10]), 1],
    ['all-day', [...Array.from({ length: Math.floor(n / 100) }, (): Meeting => [0, 1e9]), ...Array.from({ length: n }, (_, i): Meeting => [i, i + 1])], Math.floor(n / 100) + 1],
  ];
}

describe('minMeetingRooms', () => {
  test('example 1: one long meeting', () => {
    assert.equal(minMeetingRooms([[0, 30], [5, 10], [15, 20]]), 2);
  });

  test('example 2: no overlap', () => {
    assert.equal(minMeetingRooms([[7, 10], [2, 4]]), 1);
  });

  test('example 3: back-to-back meetings share a room', () => {
    assert.equal(minMeetingRooms([[1, 5], [5, 10], [10, 15]]), 1);
  });

  test('no meetings', () => {
    assert.equal(minMeetingRooms([]), 0);
  });

  test('a single meeting', () => {
    assert.equal(minMeetingRooms([[3, 4]]), 1);
  });

  test('identical meetings each need a room', () => {
    assert.equal(minMeetingRooms([[9, 10], [9, 10], [9, 10], [9, 10]]), 4);
  });

  test('nested meetings', () => {
    assert.equal(minMeetingRooms([[1, 10], [2, 9], [3, 8], [4, 5], [6, 7]]), 4);
  });

  test('ends are freed before starts at the same time', () => {
    assert.equal(minMeetingRooms([[9, 12], [1, 5], [5, 9], [2, 6], [6, 10]]), 2);
    assert.equal(minMeetingRooms([[0, 2], [2, 4], [1, 3], [3, 5], [1, 2]]), 3);
  });

  test('the input is not modified', () => {
    const intervals: Meeting[] = [[5, 8], [1, 3], [2, 6]];
    assert.equal(minMeetingRooms(intervals), 2);
    assert.deepEqual(intervals, [[5, 8], [1, 3], [2, 6]]);
  });

  test('start order matters, not input order', () => {
    assert.equal(minMeetingRooms([[10, 20], [0, 5], [5, 10]]), 1);
    assert.equal(minMeetingRooms([[6, 9], [1, 4], [2, 5], [4, 7]]), 2);
  });

  test('large calendars take O(n log n) time', () => {
    // Sliding, shuffled, back-to-back and all-day calendars of growing n up to 15,000 (10,000
    // in the Python test: CPython runs the slow loops many times slower).
    // Counting, for every meeting, the meetings running at its start costs O(n^2); sorting
    // and a heap of end times cost O(n log n). Only the time inside minMeetingRooms is
    // measured, and the test stops as soon as it passes a second.
    let spent = 0;
    for (let n = 1000; n <= 15_000; n = Math.floor((n * 5) / 4)) {
      for (const [shape, intervals, rooms] of calendars(n)) {
        const start = performance.now();
        const answer = minMeetingRooms(intervals);
        spent += (performance.now() - start) / 1000;
        assert.equal(answer, rooms, `${shape}, n = ${n}`);
        assert.ok(spent < 1, `${spent.toFixed(2)} s by ${shape}, n = ${n}: not O(n log n)`);
      }
    }
  });
});
