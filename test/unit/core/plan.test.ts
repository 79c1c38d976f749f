import assert from 'node:assert/strict';
import { isStudyDay, weekdayOf } from '../../../src/core/plan/calendar';
import { expectedCosts } from '../../../src/core/plan/costs';
import { parseInterviewDate } from '../../../src/core/plan/dates';
import { foldPlanEvents, parseStudyMore } from '../../../src/core/plan/fold';
import { planFocus } from '../../../src/core/plan/focus';
import { timerReviewEventType } from '../../../src/core/timer/timerEvents';
import type { DayPlan, MockDone, PlanCard, PlanInput, PlanLoop, PlanRound } from '../../../src/core/plan/model';
import { roundsToMock, scheduleMocks } from '../../../src/core/plan/mocks';
import { budgetSlack, interleave, planDay } from '../../../src/core/plan/planner';
import { countsAt, planQueue, queueCounts, tallyDecks } from '../../../src/core/plan/queue';
import type { FoldedReview } from '../../../src/core/scheduling/fold';
import { defaultSchedulerSettings, Scheduler, type CardMemory, type Grade } from '../../../src/core/scheduling/scheduler';
import { startOfStudyDay, studyDayOfDate } from '../../../src/core/scheduling/studyDay';
import { defaultPlanSettings } from './planFixtures';

// The plan to the interview date (core/plan), on a fake clock: a learner whose every
// review is graded Good, studying exactly what each day's plan says.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const scheduler = new Scheduler({ ...defaultSchedulerSettings, timeZone: 'UTC' });
/** Monday 7 December 2026, 18:00 UTC. */
const start = Date.UTC(2026, 11, 7, 18);
const today = scheduler.today(start);

function deck(deckId: string, notes: number, clozes = 1): PlanCard[] {
  const cards: PlanCard[] = [];
  for (let note = 1; note <= notes; note++) {
    const noteId = `${deckId}-${note}`;
    if (clozes === 1) cards.push({ id: noteId, noteId, deckId });
    else for (let cloze = 1; cloze <= clozes; cloze++) cards.push({ id: `${noteId}:c${cloze}`, noteId, deckId });
  }
  return cards;
}

function round(id: string, cards: readonly PlanCard[], readiness: number, overrides: Partial<PlanRound> = {}): PlanRound {
  return { id, title: `Round ${id}`, kinds: [id], minutes: 60, readiness, cards: cards.map((card) => card.id), problems: [], items: [], ...overrides };
}

/** A learner's data on the fake clock: memories and reviews as the journal's fold would hold them. */
class Learner {
  readonly memories = new Map<string, CardMemory>();
  readonly reviews: FoldedReview[] = [];

  review(cardId: string, grade: Grade, time: number): void {
    const before = this.memories.get(cardId);
    const memory = scheduler.review(before, grade, time);
    this.memories.set(cardId, memory);
    this.reviews.push({ eventId: `e${this.reviews.length}`, time, cardId, grade, previousStage: before?.stage ?? 'new', memory });
  }

  input(now: number, cards: readonly PlanCard[], loops: readonly PlanLoop[], overrides: Partial<PlanInput> = {}): PlanInput {
    return {
      now,
      scheduler,
      cards,
      memories: this.memories,
      reviews: this.reviews,
      loops,
      problems: { due: [], solved: new Set(), solvedToday: new Set(), find: () => undefined },
      mocks: [],
      itemsTickedToday: new Set(),
      studyMore: [],
      settings: defaultPlanSettings,
      ...overrides,
    };
  }

  /** Does what the plan says, Good for everything, learning steps through to graduation. */
  study(plan: DayPlan, now: number): number {
    let time = now;
    for (const id of [...plan.review, ...plan.fresh]) {
      this.review(id, 3, time);
      time += 10_000;
    }
    for (let guard = 0; guard < 10_000; guard++) {
      const learning = [...this.memories].filter(([, memory]) => memory.stage !== 'review').sort(([, a], [, b]) => a.due - b.due)[0];
      if (!learning) break;
      time = Math.max(time, learning[1].due);
      this.review(learning[0], 3, time);
    }
    return time;
  }
}

describe('the study plan (core/plan)', () => {
  const a = deck('a', 60);
  const b = deck('b', 60);
  const c = deck('c', 60);
  const cards = [...a, ...b, ...c];

  it('a calendar: weekdays of study days, and rest days at the end of the week', () => {
    assert.equal(weekdayOf(today), 0, '7 December 2026 is a Monday');
    assert.equal(isStudyDay(today + 5, 7), true);
    assert.equal(isStudyDay(today + 5, 6), true, 'Saturday is a study day at 6 a week');
    assert.equal(isStudyDay(today + 6, 6), false, 'Sunday is the rest day');
    assert.equal(isStudyDay(today + 5, 5), false, 'the weekend at 5 a week');
  });

  it('paces new cards to the date: every card of the loop is in at least 3 study days before the interview, front-loaded within the budget, none on a mock day', () => {
    const learner = new Learner();
    const interviewDay = today + 21;
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', interviewDay, rounds: [round('r1', [...a, ...b], 0.5), round('r2', c, 0.5)] }];
    // 15 minutes a day: room for about 49 new cards on a day without reviews.
    const settings = { ...defaultPlanSettings, budgetMinutes: 15 };
    const introduced = new Map<number, number>();
    const mockDays = new Set<number>();
    const mocks: MockDone[] = [];
    for (let offset = 0; offset < 21; offset++) {
      const now = start + offset * day;
      const plan = planDay(learner.input(now, cards, loops, { mocks, settings }));
      introduced.set(offset, plan.fresh.length);
      const planned = (plan.review.length * settings.costs.reviewSeconds + plan.fresh.length * settings.costs.newCardSeconds) / 60 + plan.blocks.reduce((sum, block) => sum + (block.kind === 'mock' ? block.minutes : 0), 0);
      for (const block of plan.blocks) {
        if (block.kind !== 'mock') continue;
        mockDays.add(offset);
        mocks.push({ loop: block.loop, round: block.round, day: today + offset, full: true });
      }
      // A mock takes the day (its 60 minutes are the mock's); other days stay within budget + 10%.
      if (!mockDays.has(offset)) assert.ok(planned <= 15 * (1 + budgetSlack) + 1e-9, `day ${offset}: ${planned.toFixed(1)} minutes planned`);
      learner.study(plan, now);
    }
    const total = [...introduced.values()].reduce((sum, count) => sum + count, 0);
    assert.equal(total, cards.length, 'every card introduced');
    for (let offset = 18; offset < 21; offset++) assert.equal(introduced.get(offset), 0, `nothing new ${21 - offset} days before the interview`);
    // Two mocks (one per round kind), never on consecutive days, the last 2 days before the interview.
    assert.deepEqual([...mockDays], [17, 19]);
    for (const offset of mockDays) assert.equal(introduced.get(offset), 0, `no new card on the mock day ${offset}`);
    // Front-loaded: the first day takes at least the even share of the first 70% of the window.
    assert.ok((introduced.get(0) ?? 0) >= Math.ceil(180 / Math.ceil(18 * 0.7)), `day 0: ${introduced.get(0)}`);
  });

  it('without a date the fixed daily limits apply, as before', () => {
    const learner = new Learner();
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', rounds: [round('r1', cards, 0.2)] }];
    const plan = planDay(learner.input(start, cards, loops, { settings: { ...defaultPlanSettings, newCardsPerDay: 12 } }));
    assert.equal(plan.fresh.length, 12);
    assert.equal(plan.interview, undefined);
  });

  it('a date that has passed paces nothing: the fixed limits are back', () => {
    const learner = new Learner();
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', interviewDay: today - 1, rounds: [round('r1', cards, 0.2)] }];
    const plan = planDay(learner.input(start, cards, loops));
    assert.equal(plan.fresh.length, defaultPlanSettings.newCardsPerDay);
    assert.equal(plan.interview, undefined);
  });

  it('on the interview day itself nothing new is introduced', () => {
    const learner = new Learner();
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', interviewDay: today, rounds: [round('r1', cards, 0.2)] }];
    const plan = planDay(learner.input(start, cards, loops));
    assert.equal(plan.fresh.length, 0);
    assert.equal(plan.interview?.daysLeft, 0);
  });

  it('two loops with two dates: each card is paced to the nearest interview that needs it, the nearer one first', () => {
    const learner = new Learner();
    const loops: PlanLoop[] = [
      { id: 'far', title: 'Far', interviewDay: today + 20, rounds: [round('r1', b, 0.5)] },
      { id: 'near', title: 'Near', interviewDay: today + 10, rounds: [round('r2', a, 0.5)] },
    ];
    // 6 minutes a day: room for about 21 new cards, more than the two paced shares.
    const plan = planDay(learner.input(start, [...a, ...b], loops, { settings: { ...defaultPlanSettings, budgetMinutes: 6 } }));
    const fromA = plan.fresh.filter((id) => id.startsWith('a-')).length;
    const fromB = plan.fresh.filter((id) => id.startsWith('b-')).length;
    // a: 60 cards over the first 70% of 10 − 3 = 7 study days (5); b: 60 over 70% of 17 (12).
    assert.equal(fromB, Math.ceil(60 / 12), 'the farther interview gets its paced share');
    assert.ok(fromA >= Math.ceil(60 / 5), `the nearer one its share and the rest of the budget: ${fromA}`);
    assert.ok(plan.fresh.slice(0, fromA).every((id) => id.startsWith('a-')), 'the nearer interview\'s cards come first');
  });

  it('interleaves new cards across decks, weighted towards the rounds furthest from ready, not in file order', () => {
    const picked = interleave(cards, (deckId) => (deckId === 'c' ? 0.9 : 0.2), 26, new Set());
    const counts = { a: 0, b: 0, c: 0 };
    for (const card of picked) counts[card.deckId as 'a' | 'b' | 'c'] += 1;
    assert.deepEqual(counts, { a: 4, b: 4, c: 18 });
    // Mixed: never more than 4 of one deck in a row (weights 0.9 : 0.2 : 0.2).
    let run = 1;
    for (let index = 1; index < picked.length; index++) {
      run = picked[index]?.deckId === picked[index - 1]?.deckId ? run + 1 : 1;
      assert.ok(run <= 4, `a run of ${run} from one deck at ${index}`);
    }
    // And the plan itself weights by readiness: the weakest round's deck leads.
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', rounds: [round('strong', [...a, ...b], 0.9), round('weak', c, 0.1)] }];
    const plan = planDay(new Learner().input(start, cards, loops));
    assert.ok(plan.fresh.filter((id) => id.startsWith('c-')).length > plan.fresh.length / 2, `weak round's cards: ${plan.fresh.join(' ')}`);
    const newBlock = plan.blocks.find((block) => block.kind === 'new');
    assert.equal(newBlock?.kind === 'new' ? newBlock.rounds[0]?.title : undefined, 'Round weak', 'the Today view names the weak round first');
  });

  it('buries siblings: one card of a note a day, and a note with a card reviewed today waits for tomorrow', () => {
    const clozes = deck('z', 10, 3);
    const learner = new Learner();
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', rounds: [round('r1', clozes, 0.5)] }];
    const plan = planDay(learner.input(start, clozes, loops, { settings: { ...defaultPlanSettings, newCardsPerDay: 25 } }));
    const notes = plan.fresh.map((id) => id.split(':')[0]);
    assert.equal(new Set(notes).size, notes.length, `two cards of one note: ${plan.fresh.join(' ')}`);
    assert.equal(plan.fresh.length, 10, 'ten notes: ten cards today, however high the limit');
    learner.study(plan, start);
    // The next day every note has a card introduced: the second clozes come now.
    const next = planDay(learner.input(start + day, clozes, loops, { settings: { ...defaultPlanSettings, newCardsPerDay: 25 } }));
    assert.ok(next.fresh.every((id) => id.endsWith(':c2')), next.fresh.join(' '));
    // A due review whose sibling was reviewed today waits.
    const reviewer = new Learner();
    reviewer.review('z-1:c1', 4, start - 30 * day);
    reviewer.review('z-1:c2', 4, start - 30 * day);
    reviewer.review('z-1:c1', 3, start);
    const sameDay = planDay(reviewer.input(start + minute, clozes, loops));
    assert.ok(!sameDay.review.includes('z-1:c2'), 'buried until tomorrow');
    assert.ok(sameDay.buriedNotes.has('z-1'));
  });

  it('keeps a day within its budget + 10%: due reviews are capped, weakest first, and the view says how many wait', () => {
    const learner = new Learner();
    // 400 long-term cards learnt weeks ago, all due.
    for (const card of cards.slice(0, 180)) learner.review(card.id, 4, start - 40 * day);
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', interviewDay: today + 14, rounds: [round('r1', cards, 0.5)] }];
    const settings = { ...defaultPlanSettings, budgetMinutes: 15 };
    const plan = planDay(learner.input(start, cards, loops, { settings }));
    const minutes = (plan.review.length * settings.costs.reviewSeconds + plan.fresh.length * settings.costs.newCardSeconds) / 60;
    assert.ok(minutes <= 15 * (1 + budgetSlack) + 1e-9, `${minutes.toFixed(1)} minutes planned`);
    assert.ok(plan.review.length < 180);
    assert.match(plan.warnings.join('\n'), new RegExp(`${180 - plan.review.length} due reviews do not fit in today's 15 minutes`));
    const recall = plan.review.map((id) => scheduler.retrievability(learner.memories.get(id), start));
    assert.deepEqual(recall, [...recall].sort((x, y) => x - y), 'weakest first');
  });

  it('study more: extra new cards today, reviews ahead of their day, and one deck beyond the limits', () => {
    const learner = new Learner();
    for (const card of a.slice(0, 5)) learner.review(card.id, 4, start - 2 * day);
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', rounds: [round('r1', cards, 0.5)] }];
    const base = planDay(learner.input(start, cards, loops));
    const more = planDay(learner.input(start, cards, loops, { studyMore: [{ kind: 'new', count: 7 }] }));
    assert.equal(more.fresh.length, base.fresh.length + 7);
    const ahead = planDay(learner.input(start, cards, loops, { studyMore: [{ kind: 'ahead', days: 30 }] }));
    assert.deepEqual([...ahead.review].sort(), a.slice(0, 5).map((card) => card.id).sort(), 'the five cards not due yet');
    const oneDeck = planDay(learner.input(start, cards, loops, { studyMore: [{ kind: 'deck', deck: 'b', count: 9 }] }));
    assert.equal(oneDeck.fresh.filter((id) => id.startsWith('b-')).length - base.fresh.filter((id) => id.startsWith('b-')).length, 9);
    assert.deepEqual(parseStudyMore({ kind: 'new', count: 0 }), undefined, 'a request must ask for something');
    assert.deepEqual(parseStudyMore({ kind: 'ahead', days: 3 }), { kind: 'ahead', days: 3 });
  });

  it('a self-review dimension rated Weak twice in a row brings its cards and its problem forward, until it is rated better', () => {
    const learner = new Learner();
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', rounds: [round('r1', cards, 0.5)] }];
    let id = 0;
    const review = (time: number, ratings: Record<string, number>): { id: string; type: string; time: number; data: unknown } =>
      ({ id: `r${++id}`, type: timerReviewEventType, time, data: { session: `s${id}`, title: 'Mock', rubric: 'coding', ratings } });
    // The coding rubric's Testing links a card of the coding-patterns deck and the merge-intervals problem.
    const linked: PlanCard[] = [{ id: 'code-round-habits', noteId: 'code-round-habits', deckId: 'coding-patterns' }];
    const all = [...cards, ...linked];
    const problems = { due: [], solved: new Set<string>(), solvedToday: new Set<string>(), find: (slug: string) => (slug === 'merge-intervals' ? { slug, title: 'Merge Intervals', targetMinutes: 20 } : undefined) };
    const weakTwice = planFocus([review(start - 2 * day, { testing: 2 }), review(start - day, { testing: 1 })], all);
    assert.deepEqual(weakTwice.map((focus) => focus.title), ['Testing (coding)']);
    const plan = planDay(learner.input(start, all, loops, { focus: weakTwice, problems }));
    assert.equal(plan.fresh[0], 'code-round-habits', 'its card comes first among the new cards');
    const problem = plan.blocks.flatMap((block) => (block.kind === 'problem' ? [[block.slug, block.reason]] : []));
    assert.deepEqual(problem, [['merge-intervals', 'weak']]);
    assert.ok(plan.warnings.some((warning) => warning.includes('Testing (coding)')));
    // Once only (a single weak rating), or rated Solid after, it is no longer a focus.
    assert.deepEqual(planFocus([review(start - day, { testing: 2 })], all), []);
    assert.deepEqual(planFocus([review(start - 3 * day, { testing: 2 }), review(start - 2 * day, { testing: 1 }), review(start - day, { testing: 3 })], all), []);
    const without = planDay(learner.input(start, all, loops, { problems }));
    assert.notEqual(without.fresh[0], 'code-round-habits');
  });

  it('rest days: with 5 study days a week nothing new is planned on Saturday and Sunday', () => {
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', interviewDay: today + 21, rounds: [round('r1', cards, 0.5)] }];
    const settings = { ...defaultPlanSettings, studyDaysPerWeek: 5 };
    const saturday = planDay(new Learner().input(start + 5 * day, cards, loops, { settings }));
    assert.equal(saturday.studyDay, false);
    assert.equal(saturday.fresh.length, 0);
    assert.match(saturday.warnings[0] ?? '', /A rest day/);
    // 15 study days left before the interview, 12 of them to introduce the cards in, paced over the first 9.
    const monday = planDay(new Learner().input(start, cards, loops, { settings: { ...settings, budgetMinutes: 15 } }));
    assert.ok(monday.fresh.length >= Math.ceil(180 / 9), String(monday.fresh.length));
  });

  it('mock rounds: one per round kind, the last at least 2 days before the interview, each round once, none once done', () => {
    const loop: PlanLoop = {
      id: 'loop',
      title: 'Loop',
      interviewDay: today + 21,
      rounds: [round('coding', [], 0.2, { kinds: ['online-assessment', 'coding'] }), round('deep-dive', [], 0.2, { kinds: ['project-deep-dive', 'coding'] }), round('design', [], 0.2, { kinds: ['system-design'] }), round('hr', [], 0.2, { kinds: ['behavioral'], minutes: 25 }), round('behavioral', [], 0.2, { kinds: ['behavioral'], minutes: 45 })],
    };
    assert.deepEqual(roundsToMock(loop, []).map((r) => r.id), ['coding', 'deep-dive', 'design', 'hr'], 'behavioral is covered by the shorter HR round');
    const schedule = scheduleMocks(loop, today + 21, today, 7, []);
    const days = schedule.scheduled.map((mock) => mock.day - today);
    assert.equal(days.length, 4);
    assert.equal(Math.max(...days), 19, 'the last mock 2 days before the interview');
    assert.equal(new Set(days).size, 4, 'one a day');
    const afterOne = scheduleMocks(loop, today + 21, today, 7, [{ loop: 'loop', round: 'design', day: today - 1, full: true }]);
    assert.deepEqual(afterOne.scheduled.map((mock) => mock.round.id), ['coding', 'deep-dive', 'hr']);
    // A short runway drops what does not fit, and the plan says so.
    const short = scheduleMocks(loop, today + 4, today, 7, []);
    assert.equal(short.scheduled.length + short.dropped.length, 4);
    assert.ok(short.dropped.length > 0 && short.scheduled.every((mock) => mock.day <= today + 2));
  });

  it('the queue of a scope: learning steps that are up first, then the plan\'s reviews, then its new cards; deck counts add up to the day', () => {
    const learner = new Learner();
    learner.review('a-1', 4, start - 20 * day);
    learner.review('b-1', 3, start - 5 * minute);
    learner.review('b-2', 3, start - 30 * minute);
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', rounds: [round('r1', cards, 0.5)] }];
    const input = learner.input(start, cards, loops);
    const plan = planDay(input);
    const tomorrow = startOfStudyDay(plan.day + 1, scheduler.settings);
    const all = planQueue(plan, cards, learner.memories, start, tomorrow);
    assert.deepEqual(all.learning, ['b-2'], 'the step of the card learnt 30 minutes ago is up; the other one not yet');
    assert.equal(all.nextDue, learner.memories.get('b-1')?.due);
    const perDeck = ['a', 'b', 'c'].map((deckId) => queueCounts(planQueue(plan, cards.filter((card) => card.deckId === deckId), learner.memories, start, tomorrow)));
    const sum = perDeck.reduce((total, counts) => ({ fresh: total.fresh + counts.fresh, learning: total.learning + counts.learning, due: total.due + counts.due }), { fresh: 0, learning: 0, due: 0 });
    assert.deepEqual(sum, queueCounts(all));
  });

  it('one tally of every deck gives each deck\'s counts and the day\'s, as each scope\'s queue does, as learning steps come up', () => {
    const learner = new Learner();
    learner.review('a-1', 4, start - 20 * day);
    learner.review('b-1', 3, start - 5 * minute);
    learner.review('b-2', 3, start - 30 * minute);
    learner.review('c-1', 1, start - 2 * minute);
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', rounds: [round('r1', cards, 0.5)] }];
    const plan = planDay(learner.input(start, cards, loops));
    const tomorrow = startOfStudyDay(plan.day + 1, scheduler.settings);
    const tallies = tallyDecks(plan, cards, learner.memories);
    const dues = [...learner.memories.values()].filter((memory) => memory.stage !== 'review').map((memory) => memory.due);
    assert.ok(dues.length >= 3, 'three cards are in their learning steps');
    // Before, at and after each step comes up: the tally's counts are the queue's at that moment.
    for (const now of [start, ...dues.flatMap((due) => [due - 1, due, due + 1])]) {
      assert.deepEqual(countsAt(tallies.all, now), queueCounts(planQueue(plan, cards, learner.memories, now, tomorrow)), `all decks at ${now - start} ms`);
      for (const deckId of ['a', 'b', 'c', 'none']) {
        const scope = cards.filter((card) => card.deckId === deckId);
        assert.deepEqual(countsAt(tallies.byDeck.get(deckId), now), queueCounts(planQueue(plan, scope, learner.memories, now, tomorrow)), `deck ${deckId} at ${now - start} ms`);
      }
    }
    assert.ok(countsAt(tallies.all, start).fresh > 0, 'the day has new cards to count');
  });

  it('says when the cards will not fit by the day, and what budget would fit them; problems wait until they do', () => {
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', interviewDay: today + 6, rounds: [round('r1', cards, 0.5, { problems: ['p'] })] }];
    const problems = { due: [], solved: new Set<string>(), solvedToday: new Set<string>(), find: (slug: string) => (slug === 'p' ? { slug, title: 'P', targetMinutes: 20 } : undefined) };
    const tight = planDay(new Learner().input(start, cards, loops, { problems, settings: { ...defaultPlanSettings, budgetMinutes: 20 } }));
    const warning = tight.warnings.find((text) => text.startsWith('At 20 minutes a day'));
    assert.ok(warning, tight.warnings.join('\n'));
    const match = /about (\d+) of the 180 cards still new for Loop will not be introduced 3 study days before it\. About (\d+) minutes a day would fit them/.exec(warning);
    assert.ok(match, warning);
    assert.ok(Number(match[1]) > 0 && Number(match[2]) > 20);
    assert.ok(!tight.blocks.some((block) => block.kind === 'problem'), 'no new problem while the cards do not fit');
    const roomy = planDay(new Learner().input(start, cards, loops, { problems, settings: { ...defaultPlanSettings, budgetMinutes: Number(match[2]) + 30 } }));
    assert.ok(!roomy.warnings.some((text) => text.includes('will not be introduced')), roomy.warnings.join('\n'));
  });

  it('a note whose siblings still to come need every day left goes first, whatever its deck\'s weight', () => {
    const clozes = deck('z', 3, 3);
    const plain = deck('p', 40);
    const loops: PlanLoop[] = [{ id: 'loop', title: 'Loop', interviewDay: today + 6, rounds: [round('heavy', plain, 0), round('light', clozes, 1)] }];
    // 3 study days to introduce in (6 − 3); each cloze note needs all three.
    const plan = planDay(new Learner().input(start, [...plain, ...clozes], loops, { settings: { ...defaultPlanSettings, budgetMinutes: 5 } }));
    assert.deepEqual(plan.fresh.slice(0, 3), ['z-1:c1', 'z-2:c1', 'z-3:c1']);
  });

  it('expected costs from the FSRS simulator\'s figures: about 18 s a new card, 9.5 s a review at 90% retention', () => {
    const costs = expectedCosts(0.9);
    // 0.24 × 33.79 + 0.094 × 24.3 + 0.495 × 13.68 + 0.171 × 6.5
    assert.ok(Math.abs(costs.newCardSeconds - 18.28) < 0.01, String(costs.newCardSeconds));
    // 0.9 × (0.224 × 11.68 + 0.631 × 7.33 + 0.145 × 5.6) + 0.1 × 23.0
    assert.ok(Math.abs(costs.reviewSeconds - 9.548) < 0.001, String(costs.reviewSeconds));
  });

  it('reads an interview date as a study day', () => {
    assert.equal(studyDayOfDate('2026-12-28'), today + 21);
  });
});

describe('interview date input', () => {
  it('reads a date, days and weeks from today; refuses the past and nonsense with an example in the future', () => {
    const today = '2026-12-06';
    assert.deepEqual(parseInterviewDate('2027-01-05', today), { kind: 'date', date: '2027-01-05' });
    assert.deepEqual(parseInterviewDate('+21d', today), { kind: 'date', date: '2026-12-27' });
    assert.deepEqual(parseInterviewDate('21 days', today), { kind: 'date', date: '2026-12-27' });
    assert.deepEqual(parseInterviewDate('3w', today), { kind: 'date', date: '2026-12-27' });
    assert.deepEqual(parseInterviewDate(' +2 weeks ', today), { kind: 'date', date: '2026-12-20' });
    assert.deepEqual(parseInterviewDate('0d', today), { kind: 'date', date: today });
    assert.deepEqual(parseInterviewDate('', today), { kind: 'clear' });
    const past = parseInterviewDate('2026-12-01', today);
    assert.equal(past.kind, 'invalid');
    const nonsense = parseInterviewDate('next friday', today);
    assert.ok(nonsense.kind === 'invalid' && nonsense.message.includes('2026-12-27'), 'the example is a date ahead');
    assert.equal(parseInterviewDate('2027-02-30', today).kind, 'invalid', 'not a real date');
  });
});

describe('the plan\'s part of the journal', () => {
  it('a mock round and a coding round run as a timed coding session both count as mocks done; a coding round solved early is a full one', () => {
    const phases = [{ title: 'A', minutes: 60 }];
    const events = [
      { id: '1', type: 'timer.start', time: 0, data: { session: 's1', kind: 'mock-round', title: 'Design', loop: 'l', round: 'design', phases } },
      { id: '2', type: 'timer.end', time: 1, data: { session: 's1', ending: 'time-up', elapsedMs: 60 * minute } },
      { id: '3', type: 'timer.start', time: 2, data: { session: 's2', kind: 'coding-session', title: 'OA', loop: 'l', round: 'oa', phases, mock: { kind: 'coding' } } },
      { id: '4', type: 'timer.end', time: 3, data: { session: 's2', ending: 'finished', elapsedMs: 20 * minute } },
      { id: '5', type: 'timer.start', time: 4, data: { session: 's3', kind: 'coding-session', title: 'Practice', phases } },
      { id: '6', type: 'timer.end', time: 5, data: { session: 's3', ending: 'finished', elapsedMs: 20 * minute } },
    ];
    assert.deepEqual(foldPlanEvents(events).mocks.map((mock) => [mock.round, mock.full]), [['design', true], ['oa', true]]);
  });
});
