import type { CardMemory } from './memory';
import type { Scheduler } from './scheduler';
import { startOfStudyDay } from './studyDay';

/** How many cards a day may bring. */
export interface DailyLimits {
  readonly newCardsPerDay: number;
  readonly reviewsPerDay: number;
}

export const defaultDailyLimits: DailyLimits = { newCardsPerDay: 20, reviewsPerDay: 200 };

/** What has been done today already, so the limits count what is left. */
export interface DoneToday {
  readonly reviewed: number;
  readonly introduced: number;
}

/** The cards to review now, in the order to show them. */
export interface DueQueue {
  /** (Re)learning cards whose step is up, earliest first. */
  readonly learning: readonly string[];
  /** Long-term cards due today or earlier, within today's review limit. */
  readonly review: readonly string[];
  /** Cards never seen, in deck order, within today's new-card limit. */
  readonly fresh: readonly string[];
  /** When the next card not in the queue becomes due (epoch ms), if any. */
  readonly nextDue: number | undefined;
}

/** The new / learning / due counts of a set of cards, as the Flashcards view shows them. */
export interface CardCounts {
  readonly fresh: number;
  readonly learning: number;
  readonly due: number;
}

/**
 * Builds the review queue: learning cards whose step is up, then long-term cards due
 * today, then new cards, within the daily limits. With an interview ahead the due
 * reviews come weakest first (lowest recall probability), so the least-known material
 * gets seen before the day; otherwise the most overdue come first.
 */
export function buildQueue(
  cardIds: readonly string[],
  memories: ReadonlyMap<string, CardMemory>,
  scheduler: Scheduler,
  now: number,
  doneToday: DoneToday,
  limits: DailyLimits,
): DueQueue {
  const today = scheduler.today(now);
  const learning: CardMemoryWithId[] = [];
  const review: CardMemoryWithId[] = [];
  const fresh: string[] = [];
  let nextDue: number | undefined;
  for (const id of cardIds) {
    const memory = memories.get(id);
    if (memory === undefined) {
      fresh.push(id);
    } else if (memory.stage === 'review') {
      if (memory.dueDay <= today) review.push({ id, memory });
      else nextDue = Math.min(nextDue ?? Infinity, memory.due);
    } else if (memory.due <= now) {
      learning.push({ id, memory });
    } else {
      nextDue = Math.min(nextDue ?? Infinity, memory.due);
    }
  }
  learning.sort((a, b) => a.memory.due - b.memory.due);
  if (scheduler.interviewDay !== undefined && today <= scheduler.interviewDay) {
    const ranked = review.map((card) => ({ card, recall: scheduler.retrievability(card.memory, now) }));
    ranked.sort((a, b) => a.recall - b.recall);
    review.splice(0, review.length, ...ranked.map(({ card }) => card));
  } else {
    review.sort((a, b) => a.memory.dueDay - b.memory.dueDay);
  }
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - doneToday.reviewed);
  const newLeft = Math.max(0, limits.newCardsPerDay - doneToday.introduced);
  // Cards held back by a limit are due again tomorrow.
  if (review.length > reviewsLeft || fresh.length > newLeft) {
    nextDue = Math.min(nextDue ?? Infinity, startOfStudyDay(today + 1, scheduler.settings));
  }
  return {
    learning: learning.map(({ id }) => id),
    review: review.slice(0, reviewsLeft).map(({ id }) => id),
    fresh: fresh.slice(0, newLeft),
    nextDue,
  };
}

interface CardMemoryWithId {
  readonly id: string;
  readonly memory: CardMemory;
}

/** New / learning (step up now) / due-today counts of `cardIds`, before daily limits. */
export function countCards(
  cardIds: readonly string[],
  memories: ReadonlyMap<string, CardMemory>,
  scheduler: Scheduler,
  now: number,
): CardCounts {
  const today = scheduler.today(now);
  let fresh = 0;
  let learning = 0;
  let due = 0;
  for (const id of cardIds) {
    const memory = memories.get(id);
    if (memory === undefined) fresh += 1;
    else if (memory.stage === 'review') {
      if (memory.dueDay <= today) due += 1;
    } else if (memory.due <= now) learning += 1;
  }
  return { fresh, learning, due };
}
