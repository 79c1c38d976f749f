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

/** What the counts of one scope are made of, at any moment of the plan's minute (see `countsAt`). */
export interface CountsTally {
  readonly fresh: number;
  readonly due: number;
  /** When each (re)learning card of the scope is due, earliest first. */
  readonly learningDue: readonly number[];
}

/** The tallies of every deck and of all of them, from one pass over the cards. */
export interface DeckTallies {
  readonly all: CountsTally;
  readonly byDeck: ReadonlyMap<string, CountsTally>;
}

/**
 * Every deck's counts and the total, made once per plan: the same numbers as
 * `queueCounts(planQueue(...))` of each scope (at any `now`, through `countsAt`), without
 * a queue per deck. The Flashcards view asks for each deck's counts on every redraw.
 */
export function tallyDecks(plan: DayPlan, cards: readonly { readonly id: string; readonly deckId: string }[], memories: ReadonlyMap<string, CardMemory>): DeckTallies {
  type Tally = { fresh: number; due: number; learningDue: number[] };
  const all: Tally = { fresh: 0, due: 0, learningDue: [] };
  const byDeck = new Map<string, Tally>();
  const deckOf = new Map<string, Tally>();
  for (const { id, deckId } of cards) {
    let tally = byDeck.get(deckId);
    if (!tally) {
      tally = { fresh: 0, due: 0, learningDue: [] };
      byDeck.set(deckId, tally);
    }
    deckOf.set(id, tally);
    const memory = memories.get(id);
    if (memory !== undefined && memory.stage !== 'review') {
      tally.learningDue.push(memory.due);
      all.learningDue.push(memory.due);
    }
  }
  // A plan's card in no deck (a deck gone since) is in no scope, as planQueue leaves it out.
  for (const id of plan.fresh) {
    const tally = deckOf.get(id);
    if (!tally) continue;
    tally.fresh += 1;
    all.fresh += 1;
  }
  for (const id of plan.review) {
    const tally = deckOf.get(id);
    if (!tally) continue;
    tally.due += 1;
    all.due += 1;
  }
  for (const tally of [all, ...byDeck.values()]) tally.learningDue.sort((a, b) => a - b);
  return { all, byDeck };
}

/** A scope's counts at `now`: its learning cards whose step is up, and the plan's new and review cards. */
export function countsAt(tally: CountsTally | undefined, now: number): CardCounts {
  if (!tally) return { fresh: 0, learning: 0, due: 0 };
  // The learning cards due at or before now: the first index whose due is later.
  let low = 0;
  let high = tally.learningDue.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tally.learningDue[middle] ?? Infinity) <= now) low = middle + 1;
    else high = middle;
  }
  return { fresh: tally.fresh, learning: low, due: tally.due };
}
