import assert from 'node:assert/strict';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { foldAppended, foldReviews, reviewEventType, undoEventType, type FoldedReviews, type LoggedEvent } from '../../../src/core/scheduling/fold';
import { defaultSchedulerSettings, intervalLabel, Scheduler, type CardMemory, type Grade, type SchedulerSettings } from '../../../src/core/scheduling/scheduler';
import { localWallTime, startOfStudyDay, studyDay, studyDayOfDate, type StudyClock } from '../../../src/core/scheduling/studyDay';

/** What a fold shows its readers (its log's spare capacity and tables are its own business). */
function view(folded: FoldedReviews): unknown {
  return { memories: folded.memories, reviews: [...folded.reviews], lastReview: folded.lastReview, skipped: folded.skipped };
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** The instant a zone's clocks read `local` ("2026-03-08T01:30"): a guess corrected by the zone's offset. */
function at(local: string, timeZone: string): number {
  const wall = Date.parse(`${local}:00Z`);
  let guess = wall;
  for (let attempt = 0; attempt < 3; attempt++) guess = wall - (localWallTime(guess, timeZone) - guess);
  assert.equal(localWallTime(guess, timeZone), wall, `${local} does not exist in ${timeZone}`);
  return guess;
}

function settings(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
  return { ...defaultSchedulerSettings, timeZone: 'UTC', ...overrides };
}

describe('study days', () => {
  it('two reviews on one evening, either side of midnight, fall on the same study day (day starts at 4 am)', () => {
    const clock: StudyClock = { timeZone: 'Europe/Berlin', dayStartHour: 4 };
    const evening = studyDay(at('2026-06-10T23:30', 'Europe/Berlin'), clock);
    assert.equal(studyDay(at('2026-06-11T01:30', 'Europe/Berlin'), clock), evening);
    assert.equal(studyDay(at('2026-06-11T03:59', 'Europe/Berlin'), clock), evening);
    assert.equal(studyDay(at('2026-06-11T04:00', 'Europe/Berlin'), clock), evening + 1);
  });

  it('counts one day per calendar day across DST changes, in zones with 1-hour, 30-minute and midnight changes', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'America/Havana', 'Pacific/Chatham', 'Asia/Tehran'];
    for (const timeZone of zones) {
      for (const dayStartHour of [0, 4]) {
        const clock: StudyClock = { timeZone, dayStartHour };
        const first = studyDayOfDate('2026-01-01') ?? 0;
        for (let d = first; d < first + 366; d++) {
          const start = startOfStudyDay(d, clock);
          assert.equal(studyDay(start, clock), d, `${timeZone} day ${d} starts inside itself`);
          assert.equal(studyDay(start - 1, clock), d - 1, `${timeZone} day ${d} starts right after the day before`);
        }
      }
    }
  });

  it('is right in every UTC offset from −12 to +14: 23:00 and 09:00 next morning are one day apart, 23:00 and 02:00 are not', () => {
    for (let offset = -12; offset <= 14; offset++) {
      // Etc/GMT zones have inverted signs: Etc/GMT-14 is UTC+14.
      const timeZone = offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
      const clock: StudyClock = { timeZone, dayStartHour: 4 };
      const evening = studyDay(at('2026-03-28T23:00', timeZone), clock);
      assert.equal(studyDay(at('2026-03-29T02:00', timeZone), clock), evening, `${timeZone}: 2 am`);
      assert.equal(studyDay(at('2026-03-29T09:00', timeZone), clock), evening + 1, `${timeZone}: 9 am`);
    }
  });

  it('reads interview dates strictly', () => {
    assert.equal(studyDayOfDate('1970-01-02'), 1);
    assert.equal(studyDayOfDate('2026-02-30'), undefined);
    assert.equal(studyDayOfDate('next friday'), undefined);
  });
});

describe('Scheduler (FSRS-6 through ts-fsrs)', () => {
  const ratings: Grade[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
  // ts-fsrs's own published FSRS-6 intervals for this sequence (default weights, no fuzz),
  // from its test suite (__tests__/FSRS-6.test.ts, "ivl_history").
  const published = [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21];

  function intervals(scheduler: Scheduler, start: number): number[] {
    let memory: CardMemory | undefined;
    let now = start;
    const result: number[] = [];
    for (const grade of ratings) {
      memory = scheduler.review(memory, grade, now);
      result.push(memory.scheduledDays);
      // Review again when due: exactly at a learning step, at the same time of day on a review day.
      now = memory.stage === 'review' ? now + memory.scheduledDays * day : memory.due;
    }
    return result;
  }

  it('reproduces ts-fsrs’s published FSRS-6 intervals for a known rating sequence', () => {
    assert.deepEqual(intervals(new Scheduler(settings({ dayStartHour: 0 })), Date.UTC(2022, 11, 29, 12, 30)), published);
  });

  it('gives the same intervals in any zone when reviews happen at midday local time', () => {
    for (const timeZone of ['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Etc/GMT+12']) {
      const scheduler = new Scheduler(settings({ timeZone, dayStartHour: 4 }));
      assert.deepEqual(intervals(scheduler, at('2022-12-29T12:30', timeZone)), published, timeZone);
    }
  });

  it('treats reviews at 8 and 10 am in Tokyo as the same day, though they straddle midnight UTC', () => {
    const tokyo = new Scheduler(settings({ timeZone: 'Asia/Tokyo', dayStartHour: 4 }));
    const first = tokyo.review(undefined, 3, at('2026-05-01T08:00', 'Asia/Tokyo'));
    const second = tokyo.review(first, 3, at('2026-05-01T10:00', 'Asia/Tokyo'));
    // The same two reviews two hours apart inside one UTC day, through ts-fsrs directly.
    const f = fsrs({ enable_fuzz: false });
    const card = f.next(createEmptyCard(), new Date(Date.UTC(2026, 4, 1, 8)), Rating.Good).card;
    const expected = f.next(card, new Date(Date.UTC(2026, 4, 1, 10)), Rating.Good).card;
    assert.equal(second.stability, expected.stability);
    assert.equal(second.scheduledDays, expected.scheduled_days);
    // Fed the raw instants, ts-fsrs would have counted a day between them.
    const naive = f.next(f.next(createEmptyCard(), new Date(at('2026-05-01T08:00', 'Asia/Tokyo')), Rating.Good).card, new Date(at('2026-05-01T10:00', 'Asia/Tokyo')), Rating.Good).card;
    assert.notEqual(naive.scheduled_days, second.scheduledDays);
  });

  it('walks new cards through the learning steps in minutes of real time', () => {
    const scheduler = new Scheduler(settings({ timeZone: 'Europe/Paris' }));
    const now = at('2026-04-01T20:00', 'Europe/Paris');
    const again = scheduler.review(undefined, 1, now);
    assert.equal(again.stage, 'learning');
    assert.equal(again.due - now, 1 * minute);
    const good = scheduler.review(undefined, 3, now);
    assert.equal(good.due - now, 10 * minute);
    assert.equal(intervalLabel(good, now), '10m');
    const graduated = scheduler.review(good, 3, good.due);
    assert.equal(graduated.stage, 'review');
    assert.ok(graduated.scheduledDays >= 1);
    const lapse = scheduler.review({ ...graduated }, 1, startOfStudyDay(graduated.dueDay, scheduler.settings) + hour);
    assert.equal(lapse.stage, 'relearning');
    assert.equal(lapse.lapses, 1);
  });

  it('never schedules past the interview date while it is ahead, and schedules freely after it', () => {
    const interviewDate = '2026-06-15';
    const scheduler = new Scheduler(settings({ interviewDate }));
    const interviewDay = studyDayOfDate(interviewDate) ?? 0;
    let memory: CardMemory | undefined;
    let now = Date.UTC(2026, 5, 1, 12);
    // Reviews before the interview's day only: on the day itself the cap no longer holds (below).
    for (let review = 0; review < 8 && scheduler.today(now) < interviewDay; review++) {
      memory = scheduler.review(memory, 4, now);
      assert.ok(memory.dueDay <= interviewDay, `review ${review} due on day ${memory.dueDay}, after the interview`);
      now = Math.max(memory.due, now + hour);
    }
    const after = scheduler.review(memory, 4, Date.UTC(2026, 5, 16, 12));
    assert.ok(after.dueDay > interviewDay + 1, 'after the interview, intervals grow again');
  });

  it('on the interview day a passing grade schedules at least a day ahead; the day before, the cap still holds', () => {
    const interviewDate = '2026-06-15';
    const interviewDay = studyDayOfDate(interviewDate) ?? 0;
    const scheduler = new Scheduler(settings({ interviewDate }));
    // A long-term card learnt weeks ago, reviewed on the morning of the interview.
    let memory = scheduler.review(undefined, 3, Date.UTC(2026, 4, 1, 12));
    memory = scheduler.review(memory, 3, Date.UTC(2026, 4, 20, 12));
    assert.equal(memory.stage, 'review');
    const onTheDay = Date.UTC(2026, 5, 15, 9);
    assert.equal(scheduler.today(onTheDay), interviewDay);
    for (const grade of [2, 3, 4] as const) {
      const next = scheduler.review(memory, grade, onTheDay);
      assert.ok(next.dueDay >= interviewDay + 1, `grade ${grade} on the interview day is due on day ${next.dueDay - interviewDay} after it`);
      assert.ok(next.scheduledDays >= 1, `grade ${grade}: ${next.scheduledDays} days`);
      assert.notEqual(intervalLabel(next, onTheDay), '<1m');
    }
    // The day before: nothing is scheduled past the interview.
    const dayBefore = Date.UTC(2026, 5, 14, 9);
    for (const grade of [2, 3, 4] as const) {
      const next = scheduler.review(memory, grade, dayBefore);
      assert.equal(next.dueDay, interviewDay, `grade ${grade} the day before is due on the interview day`);
      assert.equal(next.scheduledDays, 1);
    }
  });

  it('reports recall probability: 0 for an unseen card, about the desired retention when due', () => {
    const scheduler = new Scheduler(settings());
    const now = Date.UTC(2026, 0, 10, 12);
    assert.equal(scheduler.retrievability(undefined, now), 0);
    const easy = scheduler.review(undefined, 4, now);
    assert.equal(easy.stage, 'review');
    const atDue = scheduler.retrievability(easy, now + easy.scheduledDays * day);
    assert.ok(Math.abs(atDue - 0.9) < 0.02, `recall at due ${atDue}`);
    assert.ok(scheduler.retrievability(easy, now + 1) > 0.99);
  });

  it('labels intervals the way the grade buttons show them', () => {
    const now = Date.UTC(2026, 0, 1);
    const base: CardMemory = { stage: 'review', stability: 1, difficulty: 5, reps: 1, lapses: 0, step: 0, lastReview: now, due: now, dueDay: 0, scheduledDays: 0 };
    assert.equal(intervalLabel({ ...base, stage: 'learning', due: now + 20_000 }, now), '<1m');
    assert.equal(intervalLabel({ ...base, stage: 'learning', due: now + 90 * minute }, now), '2h');
    assert.equal(intervalLabel({ ...base, scheduledDays: 4 }, now), '4d');
    assert.equal(intervalLabel({ ...base, scheduledDays: 45 }, now), '1.5mo');
    assert.equal(intervalLabel({ ...base, scheduledDays: 730 }, now), '2y');
  });
});

describe('folding reviews', () => {
  const scheduler = new Scheduler(settings());
  const start = Date.UTC(2026, 2, 1, 9);
  let sequence = 0;
  function review(cardId: string, grade: Grade, time: number, previous?: CardMemory): LoggedEvent & { memory: CardMemory } {
    const memory = scheduler.review(previous, grade, time);
    sequence += 1;
    return {
      id: `review-${sequence}`,
      type: reviewEventType,
      time,
      data: { cardId, grade, previousStage: previous?.stage ?? 'new', memory },
      memory,
    };
  }

  it('a card’s memory is that of its latest review', () => {
    const first = review('w2v-cbow', 3, start);
    const second = review('w2v-cbow', 3, start + 10 * minute, first.memory);
    const other = review('pe-sinusoid', 1, start + minute);
    const folded = foldReviews([first, other, second]);
    assert.deepEqual(folded.memories.get('w2v-cbow'), second.memory);
    assert.deepEqual(folded.memories.get('pe-sinusoid'), other.memory);
    assert.equal(folded.lastReview?.eventId, second.id);
  });

  it('undoing the last review puts the card back as it was, and a second undo takes back the one before', () => {
    const first = review('ndcg', 3, start);
    const second = review('ndcg', 1, start + 10 * minute, first.memory);
    const undoSecond: LoggedEvent = { id: 'undo-1', type: undoEventType, time: start + 11 * minute, data: { reviewId: second.id } };
    let folded = foldReviews([first, second, undoSecond]);
    assert.deepEqual(folded.memories.get('ndcg'), first.memory);
    assert.equal(folded.lastReview?.eventId, first.id);
    const undoFirst: LoggedEvent = { id: 'undo-2', type: undoEventType, time: start + 12 * minute, data: { reviewId: first.id } };
    folded = foldReviews([first, second, undoSecond, undoFirst]);
    assert.equal(folded.memories.has('ndcg'), false, 'the card is new again');
    assert.equal(folded.lastReview, undefined);
  });

  it('skips a review whose data is malformed and keeps the others', () => {
    const good = review('mrr', 3, start);
    const broken: LoggedEvent = { id: 'broken', type: reviewEventType, time: start + 1, data: { cardId: 'mrr', grade: 7 } };
    const folded = foldReviews([good, broken]);
    assert.deepEqual(folded.skipped, ['broken']);
    assert.deepEqual(folded.memories.get('mrr'), good.memory);
  });

  it('folding appended events one at a time gives the same result as folding them all at once', () => {
    const events: LoggedEvent[] = [];
    let folded = foldReviews([]);
    const memories = new Map<string, CardMemory>();
    const cards = ['a', 'b', 'c'];
    for (let index = 0; index < 30; index++) {
      const cardId = cards[index % cards.length] ?? 'a';
      const event: LoggedEvent =
        index % 7 === 6
          ? { id: `undo-${index}`, type: undoEventType, time: start + index * minute, data: { reviewId: events.at(-1)?.id ?? '' } }
          : index % 11 === 10
            ? { id: `broken-${index}`, type: reviewEventType, time: start + index * minute, data: { cardId, grade: 9 } }
            : review(cardId, ((index % 4) + 1) as Grade, start + index * minute, memories.get(cardId));
      if ('memory' in event) memories.set(cardId, (event as { memory: CardMemory }).memory);
      events.push(event);
      folded = foldAppended(folded, [event]);
      assert.deepEqual(view(folded), view(foldReviews(events)), `after event ${index + 1} (${event.type})`);
    }
    assert.ok(folded.skipped.length > 0 && folded.reviews.length > 10, 'the sequence exercised reviews, undos and malformed reviews');
  });
});
