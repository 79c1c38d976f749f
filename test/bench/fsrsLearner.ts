import { randomUUID } from 'node:crypto';
import { fsrsMemoryModel } from '../../src/core/scheduling/fsrsModel';
import { defaultSchedulerSettings, Scheduler, type CardMemory, type Grade } from '../../src/core/scheduling/scheduler';

// A simulated learner for the FSRS benchmark and the optimiser's integration test: the app
// schedules with the weights it is given (FSRS-6's defaults unless said), while the learner's
// true memory follows FSRS-6 with other, known weights; whether a review is recalled is drawn
// from the true recall probability. Seeded, so every run produces the same history.

/**
 * The learner's true weights: FSRS-6, far enough from the defaults that fitting matters (a
 * steeper forgetting curve, w20 = 0.5; larger first stabilities; faster growth on success).
 */
export const trueWeights: readonly number[] = [1.2, 3.0, 6.0, 16.0, 6.0, 0.5, 2.0, 0.01, 2.0, 0.1, 1.3, 1.2, 0.05, 0.3, 1.2, 0.4, 2.5, 0.6, 0.2, 0.1, 0.5];

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SimulatedReview {
  readonly eventId: string;
  readonly time: number;
  readonly cardId: string;
  readonly grade: Grade;
  readonly previousStage: CardMemory['stage'] | 'new';
  readonly memory: CardMemory;
}

export interface SimulationOptions {
  readonly reviews: number;
  readonly seed: number;
  /** The first study day's morning (UTC). */
  readonly start?: number;
  readonly newCardsPerDay?: number;
  /** What the app schedules with (FSRS-6's defaults when absent). */
  readonly schedulingWeights?: readonly number[];
  /** Card ids are `${cardPrefix}${n}`. */
  readonly cardPrefix?: string;
}

/**
 * Days of study until `reviews` reviews: each day the learner meets new cards and most cards
 * due (three in ten wait a day), at 9 am (UTC), going through learning steps minutes apart.
 */
export function simulateLearner(options: SimulationOptions): SimulatedReview[] {
  const next = random(options.seed);
  const truth = fsrsMemoryModel(trueWeights);
  const scheduler = new Scheduler({ ...defaultSchedulerSettings, timeZone: 'UTC', ...(options.schedulingWeights ? { weights: options.schedulingWeights } : {}) });
  const start = options.start ?? Date.UTC(2025, 0, 6, 9);
  const newPerDay = options.newCardsPerDay ?? 20;
  const prefix = options.cardPrefix ?? 'sim/card-';
  const cards: { id: string; memory: CardMemory | undefined; truth: ReturnType<typeof truth.next> | null; lastDay: number }[] = [];
  const reviews: SimulatedReview[] = [];
  for (let dayIndex = 0; reviews.length < options.reviews; dayIndex++) {
    const morning = start + dayIndex * 86_400_000;
    for (let added = 0; added < newPerDay; added++) cards.push({ id: `${prefix}${cards.length}`, memory: undefined, truth: null, lastDay: dayIndex });
    let time = morning;
    for (const card of cards) {
      // Like a real learner, not every due card is reviewed on its day: some wait, and are judged later.
      if (card.memory !== undefined && card.memory.stage === 'review' && next() < 0.3) continue;
      // Due today (or new): reviewed now, then through its learning steps, minutes apart.
      while (reviews.length < options.reviews && (card.memory === undefined || (card.memory.dueDay <= scheduler.today(time) && card.memory.due <= morning + 12 * 3_600_000))) {
        if (card.memory !== undefined && card.memory.due > time) time = card.memory.due;
        const elapsed = card.truth === null ? 0 : dayIndex - card.lastDay;
        const recalled = card.truth === null ? next() > 0.25 : next() < truth.recall(card.truth, elapsed);
        const roll = next();
        const grade: Grade = !recalled ? 1 : roll < 0.15 ? 2 : roll < 0.9 ? 3 : 4;
        const memory = scheduler.review(card.memory, grade, time);
        reviews.push({ eventId: randomUUID(), time, cardId: card.id, grade, previousStage: card.memory?.stage ?? 'new', memory });
        card.truth = truth.next(card.truth, elapsed, grade);
        card.memory = memory;
        card.lastDay = dayIndex;
        time += 20_000;
      }
      if (reviews.length >= options.reviews) break;
    }
  }
  return reviews;
}

/** The reviews as journal lines (`journal.jsonl`), as the extension writes them. */
export function journalLines(reviews: readonly SimulatedReview[]): string {
  return reviews.map((review) => JSON.stringify({ v: 1, id: review.eventId, type: 'flashcards.review', time: review.time, data: { cardId: review.cardId, grade: review.grade, previousStage: review.previousStage, memory: review.memory } })).join('\n') + '\n';
}
