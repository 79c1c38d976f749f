import { median, type Row } from './measure';
import { createEmptyCard, fsrs, State, type Card } from 'ts-fsrs';
import { expectedCosts } from '../../src/core/plan/costs';
import { planDay } from '../../src/core/plan/planner';
import { foldReviews, reviewEventType, type LoggedEvent } from '../../src/core/scheduling/fold';
import { defaultSchedulerSettings, Scheduler, type CardMemory, type Grade } from '../../src/core/scheduling/scheduler';

export const title = 'Scheduling (src/core/scheduling)';

const day = 86_400_000;

/** A small deterministic generator, so every run measures the same cards. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** 10,000 cards in every stage, as a learner a few weeks in would have them. */
function cards(scheduler: Scheduler, now: number): { ids: string[]; memories: Map<string, CardMemory> } {
  const next = random(7);
  const ids: string[] = [];
  const memories = new Map<string, CardMemory>();
  for (let index = 0; index < 10_000; index++) {
    const id = `card-${index}`;
    ids.push(id);
    if (next() < 0.2) continue; // never seen
    let memory: CardMemory | undefined;
    let time = now - Math.floor(next() * 60) * day;
    const reviews = 1 + Math.floor(next() * 6);
    for (let review = 0; review < reviews && time < now; review++) {
      memory = scheduler.review(memory, (1 + Math.floor(next() * 4)) as Grade, time);
      time = Math.max(memory.due, time + 60_000);
    }
    if (memory) memories.set(id, memory);
  }
  return { ids, memories };
}

export function measure(): Promise<Row[]> {
  const now = Date.UTC(2026, 5, 1, 12);
  const interviewDate = '2026-06-20';
  const scheduler = new Scheduler({ ...defaultSchedulerSettings, timeZone: 'Europe/Berlin', interviewDate });
  const { ids, memories } = cards(scheduler, now);

  // Today's plan with an interview ahead, as every review recomputes it: pacing of every
  // new card, due cards weakest first (a recall probability each), interleaving.
  const folded = foldReviews([]);
  const cardList = ids.map((id, index) => ({ id, noteId: id, deckId: `deck-${index % 20}` }));
  const interviewDay = scheduler.today(now) + 19;
  const loops = [{ id: 'loop', title: 'Loop', interviewDay, rounds: [{ id: 'round', title: 'Round', kinds: ['ml-fundamentals'], minutes: 60, readiness: 0.3, cards: ids, problems: [], items: [] }] }];
  const queueMs = median(21, () =>
    planDay({
      now,
      scheduler,
      cards: cardList,
      memories,
      reviews: folded.reviews,
      loops,
      problems: { due: [], solved: new Set(), solvedToday: new Set(), find: () => undefined },
      mocks: [],
      itemsTickedToday: new Set(),
      studyMore: [],
      settings: { budgetMinutes: 60, studyDaysPerWeek: 7, newCardsPerDay: 20, reviewsPerDay: 200, costs: expectedCosts(0.9) },
    }),
  );

  // Baseline: the bare minimum any queue needs, one ts-fsrs call per card (its own recall probability).
  const f = fsrs({ enable_fuzz: false });
  const fsrsCards: Card[] = ids.map((id) => {
    const memory = memories.get(id);
    if (!memory) return createEmptyCard(new Date(now));
    return { ...createEmptyCard(new Date(memory.due)), stability: memory.stability, difficulty: memory.difficulty, state: State.Review, last_review: new Date(memory.lastReview) };
  });
  const bareMs = median(21, () => {
    let sum = 0;
    for (const card of fsrsCards) sum += f.get_retrievability(card, now, false);
    return sum;
  });

  // 100,000 review events (and some undos) folded into card states.
  const next = random(11);
  const events: LoggedEvent[] = [];
  const sample = [...memories.values()];
  for (let index = 0; index < 100_000; index++) {
    const memory = sample[index % sample.length];
    events.push({
      id: `event-${index}`,
      type: reviewEventType,
      time: now - 100_000 + index,
      data: { cardId: `card-${Math.floor(next() * 10_000)}`, grade: 3, previousStage: 'review', memory },
    });
  }
  const foldMs = median(11, () => foldReviews(events));

  return Promise.resolve([
    {
      figure: 'today\'s plan for 10,000 cards (interview ahead: pacing, weakest due first, interleaving)',
      value: `${queueMs.toFixed(2)} ms`,
      baseline: `a bare loop of ts-fsrs get_retrievability over the same cards ${bareMs.toFixed(2)} ms`,
      ratio: `${(queueMs / bareMs).toFixed(2)}×`,
      target: '≤ 1.5×',
      met: queueMs / bareMs <= 1.5,
    },
    {
      figure: 'fold 100,000 review events into card states (events already parsed)',
      value: `${foldMs.toFixed(1)} ms`,
      ratio: `${(foldMs / 300).toFixed(2)}× budget`,
      target: '≤ 300 ms',
      met: foldMs <= 300,
    },
  ]);
}
