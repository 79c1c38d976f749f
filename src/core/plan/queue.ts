import type { CardMemory } from '../scheduling/memory';
import type { DayPlan } from './model';

/** The cards to review now, in the order to show them. */
export interface DueQueue {
  /** (Re)learning cards whose step is up, earliest first. */
  readonly learning: readonly string[];
  /** Long-term cards today's plan holds (due today or earlier, or asked for ahead), in its order. */
  readonly review: readonly string[];
  /** New cards today's plan introduces, interleaved. */
  readonly fresh: readonly string[];
  /** When the next card not in the queue becomes due (epoch ms), if any. */
  readonly nextDue: number | undefined;
}

/** The new / learning / due counts every surface shows: the sizes of the queue of that scope. */
export interface CardCounts {
  readonly fresh: number;
  readonly learning: number;
  readonly due: number;
}

/**
 * The queue of one scope (every deck, or one) at `now`, from today's plan: learning cards
 * whose step is up, then the plan's reviews and new cards that fall in the scope. So the
 * counts of the decks add up to the count of all of them, and every surface agrees.
 */
export function planQueue(plan: DayPlan, scope: readonly { readonly id: string }[], memories: ReadonlyMap<string, CardMemory>, now: number, tomorrow: number): DueQueue {
  const ids = new Set(scope.map((card) => card.id));
  const learning: { id: string; due: number }[] = [];
  let nextDue: number | undefined;
  let heldBack = false;
  const planned = new Set([...plan.review, ...plan.fresh]);
  for (const { id } of scope) {
    const memory = memories.get(id);
    if (memory === undefined) {
      if (!planned.has(id)) heldBack = true;
    } else if (memory.stage === 'review') {
      if (memory.dueDay <= plan.day) {
        if (!planned.has(id)) heldBack = true;
      } else nextDue = Math.min(nextDue ?? Infinity, memory.due);
    } else if (memory.due <= now) {
      learning.push({ id, due: memory.due });
    } else {
      nextDue = Math.min(nextDue ?? Infinity, memory.due);
    }
  }
  learning.sort((a, b) => a.due - b.due);
  // Cards the plan holds back today (limits, budget, buried siblings) are there tomorrow.
  if (heldBack) nextDue = Math.min(nextDue ?? Infinity, tomorrow);
  return {
    learning: learning.map(({ id }) => id),
    review: plan.review.filter((id) => ids.has(id)),
    fresh: plan.fresh.filter((id) => ids.has(id)),
    nextDue,
  };
}

/** The counts of a queue. */
export function queueCounts(queue: DueQueue): CardCounts {
  return { fresh: queue.fresh.length, learning: queue.learning.length, due: queue.review.length };
}
