import assert from 'node:assert/strict';
import type { CardMemory, Grade, MemoryStage } from '../../../src/core/scheduling/memory';
import type { FoldedReview } from '../../../src/core/scheduling/fold';
import { computeStats, forecastDays, heatmapDays, type StatsInput } from '../../../src/core/scheduling/stats';
import { studyDay, type StudyClock } from '../../../src/core/scheduling/studyDay';

const day = 86_400_000;
const hour = 3_600_000;
const utc: StudyClock = { timeZone: 'UTC', dayStartHour: 4 };
// Noon UTC on Tuesday 10 March 2026.
const now = Date.UTC(2026, 2, 10, 12);
const today = studyDay(now, utc);

function memory(overrides: Partial<CardMemory>): CardMemory {
  return { stage: 'review', stability: 10, difficulty: 5, reps: 3, lapses: 0, step: 0, lastReview: now - day, due: now, dueDay: today, scheduledDays: 5, ...overrides };
}

let sequence = 0;
function review(cardId: string, grade: Grade, time: number, previousStage: MemoryStage, after: CardMemory): FoldedReview {
  sequence += 1;
  return { eventId: `r${sequence}`, time, cardId, grade, previousStage, memory: after };
}

function input(overrides: Partial<StatsInput>): StatsInput {
  return { cards: [], decks: [], memories: new Map(), reviews: [], clock: utc, now, ...overrides };
}

describe('flashcard stats', () => {
  it('forecasts the next 30 days: overdue and learning due today on day 0, later days in place, beyond 30 left out', () => {
    const memories = new Map<string, CardMemory>([
      ['overdue', memory({ dueDay: today - 3 })],
      ['today', memory({ dueDay: today })],
      ['learning', memory({ stage: 'learning', due: now + 10 * 60_000, dueDay: today, scheduledDays: 0 })],
      ['in-a-week', memory({ dueDay: today + 7 })],
      ['last-day', memory({ dueDay: today + forecastDays - 1 })],
      ['far', memory({ dueDay: today + forecastDays })],
    ]);
    const cards = [...memories.keys(), 'never-seen'].map((id) => ({ id, deckId: 'd' }));
    const stats = computeStats(input({ cards, memories }));
    assert.equal(stats.forecast.length, forecastDays);
    assert.equal(stats.forecast[0], 3);
    assert.equal(stats.forecast[7], 1);
    assert.equal(stats.forecast[forecastDays - 1], 1);
    assert.equal(stats.forecast.reduce((sum, count) => sum + count, 0), 5, 'the card due in 30 days and the new card are not in the forecast');
  });

  it('counts each deck’s unseen, young, mature and total cards', () => {
    const memories = new Map<string, CardMemory>([
      ['a1', memory({ scheduledDays: 3, dueDay: today + 3 })],
      ['a2', memory({ scheduledDays: 40, dueDay: today })],
      ['a3', memory({ stage: 'relearning', due: now - 60_000, scheduledDays: 0 })],
    ]);
    const cards = [{ id: 'a1', deckId: 'a' }, { id: 'a2', deckId: 'a' }, { id: 'a3', deckId: 'a' }, { id: 'a4', deckId: 'a' }, { id: 'b1', deckId: 'b' }];
    const stats = computeStats(input({ cards, memories, decks: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] }));
    assert.deepEqual(stats.decks, [
      { id: 'a', title: 'A', total: 4, unseen: 1, young: 1, mature: 1 },
      { id: 'b', title: 'B', total: 1, unseen: 1, young: 0, mature: 0 },
    ]);
  });

  it('fills the heatmap by study day: a review at 2 am counts for the day before; older than a year is left out', () => {
    const after = memory({});
    const reviews = [
      review('x', 3, now - 400 * day, 'new', after),
      review('x', 3, now - 2 * day, 'review', after),
      // 02:00 today is before the 4 am day start: yesterday's study day.
      review('y', 3, Date.UTC(2026, 2, 10, 2), 'new', after),
      review('y', 3, now - hour, 'learning', after),
      review('z', 1, now, 'review', after),
    ];
    const stats = computeStats(input({ reviews }));
    assert.equal(stats.heatmap.length, heatmapDays);
    assert.equal(stats.heatmap[heatmapDays - 1], 2, 'today');
    assert.equal(stats.heatmap[heatmapDays - 2], 1, 'yesterday (the 2 am review)');
    assert.equal(stats.heatmap[heatmapDays - 3], 1, 'two days ago');
    assert.equal(stats.heatmap.reduce((sum, count) => sum + count, 0), 4);
    assert.equal(stats.totalReviews, 5);
    assert.equal(stats.streakDays, 3);
  });

  it('a study day follows the local clock across a DST change (New York, March 2026)', () => {
    const newYork: StudyClock = { timeZone: 'America/New_York', dayStartHour: 4 };
    // 8 March 2026 is the spring-forward day there. 03:30 local on 9 March (EDT, UTC−4)
    // is before the day start: it belongs to the 8th, like 23:00 local on the 8th.
    const evening = Date.UTC(2026, 2, 9, 3); // 23:00 EDT on 8 March
    const night = Date.UTC(2026, 2, 9, 7, 30); // 03:30 EDT on 9 March
    const morning = Date.UTC(2026, 2, 9, 9); // 05:00 EDT on 9 March
    const after = memory({});
    const stats = computeStats(input({ clock: newYork, now: Date.UTC(2026, 2, 9, 16), reviews: [review('a', 3, evening, 'new', after), review('a', 3, night, 'learning', after), review('a', 3, morning, 'learning', after)] }));
    assert.deepEqual(stats.heatmap.slice(-2), [2, 1]);
  });

  it('splits study days exactly at the day start, in zones a quarter or half hour off UTC', () => {
    for (const [timeZone, offsetMinutes] of [['Asia/Kathmandu', 345], ['Asia/Kolkata', 330], ['America/St_Johns', -150]] as const) {
      const clock: StudyClock = { timeZone, dayStartHour: 4 };
      // 04:00 local on 10 March 2026 (St John's has been on summer time, UTC−2:30, since 8 March).
      const dayStart = Date.UTC(2026, 2, 10, 4) - offsetMinutes * 60_000;
      const after = memory({});
      const stats = computeStats(input({ clock, now: dayStart + hour, reviews: [review('a', 3, dayStart - 1_000, 'new', after), review('a', 3, dayStart, 'learning', after)] }));
      assert.deepEqual(stats.heatmap.slice(-2), [1, 1], timeZone);
    }
  });

  it('true retention counts only long-term reviews of the last 30 days, young and mature by the interval tested', () => {
    const young = memory({ scheduledDays: 5 });
    const mature = memory({ scheduledDays: 30 });
    const reviews = [
      review('m', 3, now - 60 * day, 'review', mature), // sets m's interval to 30 days; too old to count
      review('m', 3, now - 5 * day, 'review', mature), // mature pass
      review('m', 1, now - 4 * day, 'review', memory({ stage: 'relearning', scheduledDays: 0 })), // mature fail
      review('y', 3, now - 10 * day, 'new', young), // a learning step: not a test
      review('y', 4, now - 3 * day, 'review', young), // young pass
      review('y', 2, now - day, 'review', young), // young pass (Hard is a pass)
      review('y', 1, now - 40 * day, 'review', young), // too old
    ].sort((a, b) => a.time - b.time);
    const stats = computeStats(input({ reviews }));
    assert.deepEqual(stats.retention, { all: { passed: 3, failed: 1 }, young: { passed: 2, failed: 0 }, mature: { passed: 1, failed: 1 } });
  });

  it('is empty, not broken, with no cards and no reviews', () => {
    const stats = computeStats(input({}));
    assert.equal(stats.forecast.every((count) => count === 0), true);
    assert.equal(stats.heatmap.every((count) => count === 0), true);
    assert.deepEqual(stats.retention.all, { passed: 0, failed: 0 });
    assert.equal(stats.streakDays, 0);
  });
});
