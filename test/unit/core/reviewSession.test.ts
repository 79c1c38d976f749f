import assert from 'node:assert/strict';
import type { DueQueue } from '../../../src/core/plan/queue';
import { defaultDailyLimits, type DailyLimits } from '../../../src/core/scheduling/limits';
import { foldReviews, reviewEventType, undoEventType, type LoggedEvent } from '../../../src/core/scheduling/fold';
import { ReviewSession, reverseSideTitle, type SessionCard, type SessionSource, type SessionView } from '../../../src/core/scheduling/reviewSession';
import { defaultSchedulerSettings, Scheduler } from '../../../src/core/scheduling/scheduler';
import { defaultPlanSettings, planInput, queueOf } from './planFixtures';

/** A learner's data in memory: cards, a journal of events, and a clock the test moves. */
class Fixture implements SessionSource {
  readonly events: LoggedEvent[] = [];
  time = Date.UTC(2026, 4, 4, 18);
  limitsValue: DailyLimits = defaultDailyLimits;
  private readonly schedulerValue: Scheduler;
  constructor(
    private readonly cardList: SessionCard[],
    interviewDate?: string,
  ) {
    this.schedulerValue = new Scheduler({ ...defaultSchedulerSettings, timeZone: 'UTC', ...(interviewDate === undefined ? {} : { interviewDate }) });
  }
  cards(): readonly SessionCard[] {
    return this.cardList;
  }
  reviews(): ReturnType<typeof foldReviews> {
    return foldReviews(this.events);
  }
  scheduler(): Scheduler {
    return this.schedulerValue;
  }
  /** Today's queue under the day's plan (no loop: the fixed daily limits), as the extension builds it. */
  dueQueue(deckId?: string): DueQueue {
    return queueOf(planInput(this.schedulerValue, this.time, this.cardList, this.reviews(), { settings: { ...defaultPlanSettings, ...this.limitsValue } }), deckId);
  }
  now(): number {
    return this.time;
  }
  /** Shows the session's view, reveals `cardId` and grades it, as the panel would. */
  record(session: ReviewSession, cardId: string, grade: 1 | 2 | 3 | 4): void {
    session.view();
    assert.ok(session.reveal(cardId), `${cardId} is not on screen`);
    const data = session.grade(cardId, grade);
    assert.ok(data, `${cardId} could not be graded`);
    this.events.push({ id: `e${this.events.length}`, type: reviewEventType, time: this.time, data });
    session.recorded();
    this.time += 5_000;
  }
}

type CardView = Extract<SessionView, { status: 'card' }>;
type DoneView = Extract<SessionView, { status: 'done' }>;

/** The view, which must show a card. */
function shown(view: SessionView): CardView {
  assert.equal(view.status, 'card', 'a card is on screen');
  return view;
}

/** The view, which must say all is done. */
function done(view: SessionView): DoneView {
  assert.equal(view.status, 'done', 'nothing is left');
  return view;
}

function card(id: string, deckId = 'word2vec'): SessionCard {
  return { id, deckId, deckTitle: deckId, title: id, front: `front of ${id}`, back: `back of ${id}` };
}

describe('a review session', () => {
  it('shows the question, then the answer with each grade’s next interval', () => {
    const fixture = new Fixture([card('a'), card('b')]);
    const session = new ReviewSession(fixture);
    const question = shown(session.view());
    assert.equal(question.card.id, 'a');
    assert.equal(question.revealed, false);
    assert.deepEqual(question.grades, []);
    session.reveal('a');
    const answer = shown(session.view());
    assert.equal(answer.revealed, true);
    assert.deepEqual(
      answer.grades.map(({ name, interval }) => `${name} ${interval}`),
      ['Again 1m', 'Hard 6m', 'Good 10m', 'Easy 8d'],
    );
  });

  it('moves on after a grade, brings learning cards back when their step is up, and ends with the next due time', () => {
    const fixture = new Fixture([card('a'), card('b')]);
    const session = new ReviewSession(fixture);
    fixture.record(session, 'a', 3);
    const next = shown(session.view());
    assert.equal(next.card.id, 'b', 'the next new card');
    assert.deepEqual(next.progress, { reviewed: 1, remaining: 1 });
    fixture.record(session, 'b', 4);
    const finished = done(session.view());
    assert.ok(finished.nextDue !== undefined && finished.nextDue > fixture.time, 'card a’s 10-minute step is next');
    fixture.time += 11 * 60_000;
    assert.equal(shown(session.view()).card.id, 'a', 'card a is back after ten minutes');
  });

  it('a grade the journal did not record is not counted as reviewed, and its card comes back', () => {
    const fixture = new Fixture([card('a'), card('b')]);
    const session = new ReviewSession(fixture);
    fixture.record(session, 'a', 3);
    shown(session.view());
    assert.ok(session.reveal('b'));
    assert.ok(session.grade('b', 3), 'graded; then the journal write fails: no event, no recorded()');
    const after = shown(session.view());
    assert.equal(after.card.id, 'b', 'the card not recorded is still due');
    assert.equal(after.revealed, false);
    assert.deepEqual(after.progress, { reviewed: 1, remaining: 1 }, 'only the recorded review counts');
  });

  it('ignores a grade for a card that is no longer on screen or not yet revealed', () => {
    const fixture = new Fixture([card('a'), card('b')]);
    const session = new ReviewSession(fixture);
    session.view();
    assert.equal(session.grade('a', 3), undefined, 'not revealed yet');
    assert.equal(session.reveal('b'), false, 'b is not on screen');
    session.reveal('a');
    assert.equal(session.grade('b', 3), undefined);
  });

  it('says where each card is in its life: a new card is new, one graded Again is learning, one graded Easy is a review when due again', () => {
    const fixture = new Fixture([card('a'), card('b')]);
    const session = new ReviewSession(fixture);
    assert.equal(shown(session.view()).stage, 'new');
    fixture.record(session, 'a', 1);
    assert.equal(shown(session.view()).card.id, 'b');
    fixture.record(session, 'b', 4);
    fixture.time += 2 * 60_000;
    const learning = shown(session.view());
    assert.deepEqual([learning.card.id, learning.stage], ['a', 'learning']);
    fixture.record(session, 'a', 4);
    fixture.time += 30 * 86_400_000;
    const views = [shown(session.view())];
    fixture.record(session, views[0]?.card.id ?? '', 3);
    views.push(shown(session.view()));
    assert.deepEqual(views.map((view) => view.stage), ['review', 'review']);
  });

  it('resumes a session as its panel showed it before a window reload: the same card, side and count', () => {
    const fixture = new Fixture([card('a'), card('b'), card('c')]);
    const before = new ReviewSession(fixture);
    fixture.record(before, 'a', 4);
    shown(before.view());
    before.reveal('b');
    const was = shown(before.view());
    assert.deepEqual([was.card.id, was.revealed, was.progress.reviewed], ['b', true, 1]);

    const after = new ReviewSession(fixture);
    after.resume({ cardId: 'b', revealed: true, reviewed: 1 });
    const is = shown(after.view());
    assert.deepEqual([is.card.id, is.revealed, is.progress.reviewed, is.grades.length], ['b', true, 1, 4]);
    assert.ok(after.grade('b', 3), 'the restored answer side takes a grade');

    const other = new ReviewSession(fixture);
    other.resume({ cardId: 'gone', revealed: true, reviewed: 2 });
    const fallback = shown(other.view());
    assert.deepEqual([fallback.card.id, fallback.revealed, fallback.progress.reviewed], ['b', false, 2], 'a card no longer due is not shown; its side is not carried over');
  });

  it('the cards it holds for later are exactly the queue after the shown card, after every grade, undo and limit change; a grade shows the first of them next', () => {
    const fixture = new Fixture(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => card(id)));
    fixture.limitsValue = { newCardsPerDay: 5, reviewsPerDay: 100 };
    const session = new ReviewSession(fixture);
    /** The queue as the session orders it, and the shown card with what it holds. */
    const check = (step: string): CardView => {
      const view = shown(session.view());
      const ids = session.orderedIds();
      const rest = ids.filter((id) => id !== view.card.id);
      assert.deepEqual(view.upcoming.map((next) => next.card.id), rest.slice(0, 2), `${step}: the held cards are the queue after ${view.card.id}`);
      return view;
    };
    let view = check('start');
    for (const grade of [3, 4, 2] as const) {
      const next = view.upcoming[0]?.card.id;
      fixture.record(session, view.card.id, grade);
      view = check(`after grade ${grade}`);
      assert.equal(view.card.id, next, 'the grade shows the card the panel already held');
      assert.equal(view.stage, 'new');
    }
    const undone = session.undo();
    assert.ok(undone);
    fixture.events.push({ id: `u-${undone}`, type: undoEventType, time: fixture.time, data: { reviewId: undone } });
    view = check('after undo');
    assert.equal(view.card.id, 'c', 'the undone card is back first');
    fixture.limitsValue = { newCardsPerDay: 3, reviewsPerDay: 100 };
    view = check('after lowering the new-card limit');
    assert.deepEqual([view.card.id, ...view.upcoming.map((next) => next.card.id)], ['c'], 'two cards introduced, one left of three');
  });

  it('undo brings the last card back, unrevealed, before anything else', () => {
    const fixture = new Fixture([card('a'), card('b'), card('c')]);
    const session = new ReviewSession(fixture);
    fixture.record(session, 'a', 4);
    session.view();
    fixture.record(session, 'b', 4);
    const undone = session.undo();
    assert.equal(undone, 'e1');
    fixture.events.push({ id: 'u1', type: undoEventType, time: fixture.time, data: { reviewId: undone } });
    const view = shown(session.view());
    assert.equal(view.card.id, 'b');
    assert.equal(view.revealed, false);
    assert.equal(view.progress.reviewed, 1);
  });

  it('reviews one deck only when asked: that deck\'s share of today\'s new cards, so the decks add up to the day', () => {
    const fixture = new Fixture([card('a'), card('x', 'transformers'), card('y', 'transformers'), card('z', 'transformers')]);
    fixture.limitsValue = { newCardsPerDay: 2, reviewsPerDay: 100 };
    // Today's two new cards are interleaved across the decks: a and x.
    const session = new ReviewSession(fixture, 'transformers');
    const view = shown(session.view());
    assert.equal(view.card.id, 'x');
    assert.deepEqual(view.progress, { reviewed: 0, remaining: 1 });
    assert.deepEqual(shown(new ReviewSession(fixture, 'word2vec').view()).progress, { reviewed: 0, remaining: 1 });
    assert.deepEqual(shown(new ReviewSession(fixture).view()).progress, { reviewed: 0, remaining: 2 });
  });

  it('on the interview day, a card graded Hard, Good or Easy leaves the queue: no card is shown twice', () => {
    const fixture = new Fixture([card('a'), card('b'), card('c')], '2026-05-25');
    // Three long-term cards, learnt on two days weeks before and due by the interview.
    for (const id of ['a', 'b', 'c']) {
      let memory = fixture.scheduler().review(undefined, 3, Date.UTC(2026, 3, 1, 12));
      memory = fixture.scheduler().review(memory, 3, Date.UTC(2026, 3, 10, 12));
      fixture.events.push({ id: `old-${id}`, type: reviewEventType, time: Date.UTC(2026, 3, 10, 12), data: { cardId: id, grade: 3, previousStage: 'review', memory } });
    }
    fixture.time = Date.UTC(2026, 4, 25, 9);
    const session = new ReviewSession(fixture);
    const seen: string[] = [];
    const grades = [2, 3, 4] as const;
    for (let step = 0; step < 10; step++) {
      const view = session.view();
      if (view.status === 'done') break;
      seen.push(view.card.id);
      fixture.record(session, view.card.id, grades[step % 3] ?? 3);
    }
    assert.deepEqual([...seen].sort(), ['a', 'b', 'c'], `shown: ${seen.join(', ')}`);
    done(session.view());
  });

  it('the reverse side of a reversed note does not show the note\'s title until the answer is shown', () => {
    const reverse: SessionCard = { id: 'w2v-negative-sampling:reverse', deckId: 'word2vec', deckTitle: 'Word2Vec', title: 'Negative sampling', front: 'Replacing the full softmax with a few binary classifications.', back: 'Negative sampling' };
    const fixture = new Fixture([reverse]);
    const session = new ReviewSession(fixture);
    const question = shown(session.view());
    assert.equal(question.card.title, reverseSideTitle);
    assert.doesNotMatch(JSON.stringify({ title: question.card.title, front: question.card.front }), /Negative sampling/);
    session.reveal(reverse.id);
    assert.equal(shown(session.view()).card.title, 'Negative sampling', 'the answer side names it');
  });
});
