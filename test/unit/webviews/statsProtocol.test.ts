import assert from 'node:assert/strict';
import { caseCoverage, foldMocks } from '../../../src/core/cases/fold';
import { mockCoverageEventType } from '../../../src/core/cases/mockEvents';
import { foldTimerHistory, summarizeTimerHistory } from '../../../src/core/timer/history';
import { timerEndEventType, timerReviewEventType, timerStartEventType } from '../../../src/core/timer/timerEvents';
import { StatsNotification, StatsRequest, type StatsView } from '../../../src/webviews/stats/protocol';

const minute = 60_000;

/** A Stats message as the host builds it, with the timed-session part given. */
function statsMessage(timed: StatsView['timed']): unknown {
  const empty = { passed: 0, failed: 0 };
  return {
    type: 'stats',
    stats: { today: 20_522, forecast: [0, 1], heatmap: [0, 2], retention: { all: empty, young: empty, mature: empty }, desiredRetention: 0.9, decks: [], todayCounts: { fresh: 3, learning: 1, due: 4 }, totalReviews: 2, streakDays: 1, timed },
  };
}

describe('Stats panel protocol', () => {
  it('accepts the timed-session history the host folds from the journal', () => {
    const events = [
      { id: 'a', type: timerStartEventType, time: 1_000, data: { session: 's1', kind: 'coding-session', title: 'Heaps', phases: [{ title: 'Solve', minutes: 30 }], problems: [{ problem: 'top-k', folder: 'p/top-k', targetMinutes: 30 }] } },
      { id: 'b', type: timerEndEventType, time: 1_000 + 30 * minute, data: { session: 's1', ending: 'finished', elapsedMs: 21 * minute, phases: [{ title: 'Solve', minutes: 30, spentMs: 21 * minute }], problems: [{ problem: 'top-k', folder: 'p/top-k', passed: 4, total: 4, solvedMs: 21 * minute }] } },
      { id: 'c', type: timerReviewEventType, time: 1_000 + 31 * minute, data: { session: 'm1', title: 'Design', ratings: { clarity: 3, safety: 2 }, notes: { safety: 'Fail closed.' } } },
      { id: 'd', type: mockCoverageEventType, time: 1_000 + 32 * minute, data: { session: 'm1', case: 'feed-ranking', title: 'Feed ranking', covered: ['1.1', '2.3'], total: 20 } },
    ];
    const timed = { ...summarizeTimerHistory(foldTimerHistory(events)), coverage: caseCoverage(foldMocks(events)) };
    assert.deepEqual(timed.coverage.map((row) => [row.title, row.last.covered, row.last.total]), [['Feed ranking', 2, 20]]);
    assert.equal(timed.trend.find((row) => row.dimension === 'safety')?.lastNote?.text, 'Fail closed.');
    const parsed = StatsNotification.safeParse(statsMessage(timed));
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues));
  });

  it('accepts the empty history of someone who never started a timer', () => {
    assert.ok(StatsNotification.safeParse(statsMessage({ ...summarizeTimerHistory(foldTimerHistory([])), coverage: [] })).success);
  });

  it('refuses a message without the timed-session part, or with a rating outside 1–4', () => {
    assert.ok(!StatsNotification.safeParse(statsMessage(undefined as unknown as StatsView['timed'])).success);
    const badRating = { sessionCount: 0, reviewCount: 1, sessions: [], solveTimes: [], coverage: [], trend: [{ rubric: 'design' as const, dimension: 'clarity', title: 'Clarity', count: 1, recentMean: 5, series: [{ time: 1, rating: 5 }] }] };
    assert.ok(!StatsNotification.safeParse(statsMessage(badRating)).success);
  });

  it('still accepts only the panel’s own requests', () => {
    assert.ok(StatsRequest.safeParse({ type: 'ready' }).success);
    assert.ok(!StatsRequest.safeParse({ type: 'startTimer' }).success);
  });
});
