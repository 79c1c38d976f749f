import assert from 'node:assert/strict';
import { rubrics } from '../../../src/core/cases/rubrics';
import { foldTimerHistory, summarizeTimerHistory } from '../../../src/core/timer/history';
import {
  timerEndEventType,
  timerPauseEventType,
  timerResumeEventType,
  timerReviewEventType,
  timerSolvedEventType,
  timerStartEventType,
  type ReviewDimension,
  type ReviewRating,
  type TimerEndData,
  type TimerStartData,
} from '../../../src/core/timer/timerEvents';

const minute = 60_000;
const day = 24 * 60 * minute;
// 09:00 UTC on Tuesday 10 March 2026.
const t0 = Date.UTC(2026, 2, 10, 9);

let nextId = 0;
type Event = { id: string; type: string; time: number; data: unknown };
const event = (type: string, data: unknown, time: number): Event => ({ id: `e${++nextId}`, type, time, data });

function start(session: string, time: number, overrides: Partial<TimerStartData> = {}): Event {
  const data: TimerStartData = { session, kind: 'mock-round', title: 'ML system design', loop: 'acme', round: 'design', phases: [{ title: 'Clarify', minutes: 10 }, { title: 'Design', minutes: 35 }], ...overrides };
  return event(timerStartEventType, data, time);
}

function end(session: string, time: number, overrides: Partial<TimerEndData> = {}): Event {
  const data: TimerEndData = { session, ending: 'time-up', elapsedMs: 45 * minute, phases: [{ title: 'Clarify', minutes: 10, spentMs: 8 * minute }, { title: 'Design', minutes: 35, spentMs: 37 * minute }], ...overrides };
  return event(timerEndEventType, data, time);
}

function review(session: string, time: number, ratings: Partial<Record<ReviewDimension, ReviewRating>>, title = 'ML system design'): Event {
  return event(timerReviewEventType, { session, title, ratings }, time);
}

const codingPlan: Partial<TimerStartData> = {
  kind: 'coding-session',
  title: 'Two problems',
  loop: undefined,
  round: undefined,
  phases: [{ title: 'Solve', minutes: 40 }],
  problems: [{ problem: 'lru-cache', folder: 'practice/lru-cache', targetMinutes: 20 }, { problem: 'jump-game', folder: 'practice/jump-game', targetMinutes: 20 }],
};

function trendOf(history: ReturnType<typeof foldTimerHistory>, dimension: ReviewDimension): (typeof history.trend)[number] {
  const row = history.trend.find((candidate) => candidate.rubric === 'design' && candidate.dimension === dimension);
  assert.ok(row, `no trend row for ${dimension}`);
  return row;
}

describe('timed session history', () => {
  it('lists an ended mock round with its plan, ending, and each phase’s planned against spent time', () => {
    const history = foldTimerHistory([start('s1', t0), event(timerPauseEventType, { session: 's1' }, t0 + minute), event(timerResumeEventType, { session: 's1' }, t0 + 2 * minute), end('s1', t0 + 46 * minute)]);
    assert.deepEqual(history.sessions, [
      {
        session: 's1',
        kind: 'mock-round',
        title: 'ML system design',
        loop: 'acme',
        round: 'design',
        startedAt: t0,
        endedAt: t0 + 46 * minute,
        ending: 'time-up',
        elapsedMs: 45 * minute,
        plannedMs: 45 * minute,
        phases: [
          { title: 'Clarify', plannedMs: 10 * minute, spentMs: 8 * minute, reached: true },
          { title: 'Design', plannedMs: 35 * minute, spentMs: 37 * minute, reached: true },
        ],
      },
    ]);
    assert.deepEqual(history.skipped, []);
  });

  it('shows a phase the session was stopped before reaching as planned but not reached', () => {
    const history = foldTimerHistory([start('s1', t0), end('s1', t0 + 5 * minute, { ending: 'stopped', elapsedMs: 5 * minute, phases: [{ title: 'Clarify', minutes: 10, spentMs: 5 * minute }] })]);
    const [session] = history.sessions;
    assert.ok(session);
    assert.equal(session.ending, 'stopped');
    assert.deepEqual(session.phases[1], { title: 'Design', plannedMs: 35 * minute, spentMs: 0, reached: false });
  });

  it('puts the newest session first and leaves out one that never ended (still running, or the window crashed)', () => {
    const history = foldTimerHistory([
      start('old', t0),
      end('old', t0 + 45 * minute),
      start('crashed', t0 + 60 * minute),
      start('new', t0 + 180 * minute),
      end('new', t0 + 225 * minute),
    ]);
    assert.deepEqual(history.sessions.map((session) => session.session), ['new', 'old']);
  });

  it('a coding session lists each problem’s last run and solve time; solve times collect per problem across sessions', () => {
    const history = foldTimerHistory([
      start('c1', t0, codingPlan),
      event(timerSolvedEventType, { session: 'c1', problem: 'lru-cache', folder: 'practice/lru-cache', elapsedMs: 18 * minute }, t0 + 18 * minute),
      end('c1', t0 + 40 * minute, {
        elapsedMs: 40 * minute,
        phases: [{ title: 'Solve', minutes: 40, spentMs: 40 * minute }],
        problems: [
          { problem: 'lru-cache', folder: 'practice/lru-cache', passed: 6, total: 6, solvedMs: 18 * minute },
          { problem: 'jump-game', folder: 'practice/jump-game', passed: 3, total: 5 },
        ],
      }),
      start('c2', t0 + day, { ...codingPlan, problems: [{ problem: 'lru-cache', folder: 'practice/lru-cache-2', targetMinutes: 20 }] }),
      event(timerSolvedEventType, { session: 'c2', problem: 'lru-cache', folder: 'practice/lru-cache-2', elapsedMs: 12 * minute }, t0 + day + 12 * minute),
    ]);
    assert.deepEqual(history.sessions.map((session) => session.session), ['c1'], 'c2 never ended');
    assert.deepEqual(history.sessions[0]?.problems, [
      { problem: 'lru-cache', passed: 6, total: 6, solvedMs: 18 * minute },
      { problem: 'jump-game', passed: 3, total: 5 },
    ]);
    // The end repeats c1's solve: counted once. c2's solve was recorded though c2 never ended.
    assert.deepEqual(history.solveTimes, [{ problem: 'lru-cache', solvedMs: [18 * minute, 12 * minute] }]);
  });

  it('a mock round has no problems list', () => {
    const history = foldTimerHistory([start('s1', t0), end('s1', t0 + 45 * minute)]);
    assert.equal(history.sessions[0]?.problems, undefined);
  });

  it('a malformed event is skipped and reported by id; every other session and review still folds', () => {
    const bad = [
      event(timerStartEventType, { session: 'x', kind: 'marathon', title: 'T', phases: [] }, t0),
      event(timerEndEventType, { session: 'y', ending: 'time-up', elapsedMs: -5, phases: [] }, t0),
      event(timerSolvedEventType, { session: 'z', problem: 'lru-cache' }, t0),
      event(timerReviewEventType, { session: 's1', title: 'T', ratings: { clarity: 5 } }, t0),
      event(timerPauseEventType, 'paused', t0),
      event(timerStartEventType, null, t0),
    ];
    const history = foldTimerHistory([start('s1', t0), ...bad, end('s1', t0 + 45 * minute), review('s1', t0 + 50 * minute, { clarity: 3 })]);
    assert.deepEqual(history.skipped, bad.map((candidate) => candidate.id));
    assert.equal(history.sessions.length, 1);
    assert.equal(trendOf(history, 'clarity').count, 1);
  });

  it('ignores other features’ events', () => {
    const history = foldTimerHistory([event('flashcards.review', { nonsense: true }, t0), event('rounds.checklist', null, t0)]);
    assert.deepEqual(history, { sessions: [], reviews: [], trend: history.trend, solveTimes: [], skipped: [] });
    assert.ok(history.trend.every((row) => row.count === 0 && row.recentMean === undefined && row.series.length === 0));
  });

  it('re-rating a session replaces its earlier review, in the list and in the trend', () => {
    const history = foldTimerHistory([
      start('s1', t0),
      end('s1', t0 + 45 * minute),
      review('s1', t0 + 46 * minute, { clarity: 1, depth: 2 }),
      review('s2', t0 + 47 * minute, { clarity: 2 }, 'Case study'),
      review('s1', t0 + 48 * minute, { clarity: 4 }),
    ]);
    assert.deepEqual(history.reviews.map((candidate) => [candidate.session, candidate.time, candidate.ratings]), [
      ['s2', t0 + 47 * minute, { clarity: 2 }],
      ['s1', t0 + 48 * minute, { clarity: 4 }],
    ]);
    assert.deepEqual(trendOf(history, 'clarity').series, [{ time: t0 + 47 * minute, rating: 2 }, { time: t0 + 48 * minute, rating: 4 }]);
    assert.equal(trendOf(history, 'depth').count, 0, 'the re-rating left depth out: the earlier depth rating no longer counts');
  });

  it('a review of a session the journal has no record of still counts in the trend', () => {
    const history = foldTimerHistory([review('elsewhere', t0, { metrics: 3 })]);
    assert.deepEqual(history.sessions, []);
    assert.equal(history.reviews[0]?.session, 'elsewhere');
    assert.equal(trendOf(history, 'metrics').count, 1);
  });

  it('the trend compares the last three ratings with the three before, per dimension in rubric order', () => {
    const ratings: ReviewRating[] = [1, 2, 2, 3, 3, 4, 4];
    const history = foldTimerHistory(ratings.map((rating, index) => review(`s${index}`, t0 + index * day, { clarity: rating, depth: (5 - rating) as ReviewRating })));
    assert.deepEqual(history.trend.filter((row) => row.rubric === 'design').map((row) => row.dimension), rubrics.design.dimensions.map((dimension) => dimension.id));
    const clarity = trendOf(history, 'clarity');
    assert.equal(clarity.title, 'Clarity and prioritisation');
    assert.equal(clarity.count, 7);
    assert.equal(clarity.recentMean, (3 + 4 + 4) / 3);
    assert.equal(clarity.previousMean, (2 + 2 + 3) / 3, 'the oldest rating falls outside both windows');
    assert.equal(clarity.change, 'up');
    assert.equal(trendOf(history, 'depth').change, 'down');
    assert.deepEqual(clarity.series.map((point) => point.rating), ratings);
  });

  it('the trend shows a recent mean from the first rating but compares only once there are more than three', () => {
    const three = foldTimerHistory([review('a', t0, { safety: 2 }), review('b', t0 + 1, { safety: 3 }), review('c', t0 + 2, { safety: 3 })]);
    const safety = trendOf(three, 'safety');
    assert.equal(safety.recentMean, 8 / 3);
    assert.equal(safety.previousMean, undefined);
    assert.equal(safety.change, undefined);
    const four = foldTimerHistory([review('z', t0 - 1, { safety: 4 }), review('a', t0, { safety: 2 }), review('b', t0 + 1, { safety: 3 }), review('c', t0 + 2, { safety: 3 })]);
    assert.equal(trendOf(four, 'safety').previousMean, 4);
    assert.equal(trendOf(four, 'safety').change, 'down');
  });

  it('equal means read as steady', () => {
    const history = foldTimerHistory([3, 2, 4, 4, 3, 2].map((rating, index) => review(`s${index}`, t0 + index, { ownership: rating as ReviewRating })));
    assert.equal(trendOf(history, 'ownership').change, 'same');
  });

  it('folds the same whatever order the events arrive in', () => {
    const events = [start('s1', t0), end('s1', t0 + 45 * minute), review('s1', t0 + 46 * minute, { clarity: 2 }), review('s1', t0 + 47 * minute, { clarity: 4 })];
    assert.deepEqual(foldTimerHistory([...events].reverse()), foldTimerHistory(events));
  });
});

describe('timed session summary for the Stats panel', () => {
  it('lists the latest ten sessions and counts them all', () => {
    const events = Array.from({ length: 12 }, (_, index) => [start(`s${index}`, t0 + index * day), end(`s${index}`, t0 + index * day + 45 * minute)]).flat();
    const summary = summarizeTimerHistory(foldTimerHistory(events));
    assert.equal(summary.sessionCount, 12);
    assert.deepEqual(summary.sessions.map((session) => session.session), ['s11', 's10', 's9', 's8', 's7', 's6', 's5', 's4', 's3', 's2']);
  });

  it('gives a coding session’s problems solved out of planned, and each problem’s best and last solve time', () => {
    const events = [
      start('c1', t0, codingPlan),
      end('c1', t0 + 40 * minute, { phases: [], problems: [{ problem: 'lru-cache', folder: 'practice/lru-cache', passed: 6, total: 6, solvedMs: 18 * minute }, { problem: 'jump-game', folder: 'practice/jump-game', passed: 0, total: 5 }] }),
      start('c2', t0 + day, codingPlan),
      end('c2', t0 + day + 40 * minute, { phases: [], problems: [{ problem: 'lru-cache', folder: 'practice/lru-cache', passed: 6, total: 6, solvedMs: 25 * minute }, { problem: 'jump-game', folder: 'practice/jump-game', passed: 5, total: 5, solvedMs: 30 * minute }] }),
    ];
    const summary = summarizeTimerHistory(foldTimerHistory(events));
    assert.deepEqual(summary.sessions.map((session) => session.problems), [{ solved: 2, total: 2 }, { solved: 1, total: 2 }]);
    assert.deepEqual(summary.solveTimes, [
      { problem: 'jump-game', bestMs: 30 * minute, lastMs: 30 * minute, count: 1 },
      { problem: 'lru-cache', bestMs: 18 * minute, lastMs: 25 * minute, count: 2 },
    ]);
  });

  it('leaves out the dimensions nobody rated', () => {
    const summary = summarizeTimerHistory(foldTimerHistory([review('s1', t0, { clarity: 3 })]));
    assert.deepEqual(summary.trend.map((row) => `${row.rubric}.${row.dimension}`), ['design.clarity']);
    assert.equal(summary.reviewCount, 1);
  });
});
