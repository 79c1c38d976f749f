import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { minMeetingRooms } from './solution';

type Meeting = [number, number];

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

  test('a large calendar', () => {
    const n = 100_000;
    const sliding = Array.from({ length: n }, (_, i): Meeting => [i, i + 100]);
    assert.equal(minMeetingRooms(sliding), 100);
    const shuffled = Array.from({ length: n }, (_, i): Meeting => sliding[(i * 7919) % n] ?? [0, 1]);
    assert.equal(minMeetingRooms(shuffled), 100);
    const chain = Array.from({ length: n }, (_, i): Meeting => [10 * ((i * 7919) % n), 10 * ((i * 7919) % n) + 10]);
    assert.equal(minMeetingRooms(chain), 1);
    const allDay = [...Array.from({ length: 1_000 }, (): Meeting => [0, 1e9]), ...Array.from({ length: n }, (_, i): Meeting => [i, i + 1])];
    assert.equal(minMeetingRooms(allDay), 1_001);
  });
});
