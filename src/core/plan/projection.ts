import type { CardMemory } from '../scheduling/memory';
import type { Scheduler } from '../scheduling/scheduler';
import type { StudyCosts } from './costs';

// Will the cards fit? A quick look ahead, day by day to the last day new cards may be
// introduced: each day's budget first pays for its mock and its expected reviews (the
// cards learnt so far, and those the look-ahead introduces, each coming back on the
// intervals FSRS gives a card graded Good), and what is left introduces new cards. What is
// still new at the end is what the plan must own up to; the smallest budget that leaves
// nothing is what it can suggest. A few milliseconds: it runs with every plan.

/** Days after its first day on which a card graded Good every time comes back (from the scheduler). */
export type GoodPath = readonly number[];

const paths = new WeakMap<Scheduler, Map<number, GoodPath>>();

/** The Good path of a card learnt on the day of `now` with this scheduler (its interview cap included), up to 120 days. */
export function goodPath(scheduler: Scheduler, now: number): GoodPath {
  const firstDay = scheduler.today(now);
  let byDay = paths.get(scheduler);
  if (!byDay) paths.set(scheduler, (byDay = new Map<number, GoodPath>()));
  const known = byDay.get(firstDay);
  if (known) return known;
  const offsets: number[] = [];
  let time = now;
  let memory = scheduler.review(undefined, 3, time);
  for (let guard = 0; guard < 40 && offsets.length < 12; guard++) {
    time = Math.max(memory.due, time + 60_000);
    if (memory.stage === 'review') {
      if (memory.dueDay - firstDay > 120) break;
      offsets.push(memory.dueDay - firstDay);
    }
    memory = scheduler.review(memory, 3, time);
  }
  byDay.set(firstDay, offsets);
  return offsets;
}

export interface ProjectionInput {
  /** The study days from today to the last day new cards may be introduced, in order. */
  readonly days: readonly number[];
  /** Cards still new, all of which should be introduced by the last of `days`. */
  readonly fresh: number;
  /** Cards learnt already: when each is next due (a study day). */
  readonly memories: readonly CardMemory[];
  /** Minutes a mock round takes on a day. */
  readonly mockMinutes: (day: number) => number;
  readonly costs: StudyCosts;
  readonly goodPath: GoodPath;
  /** Minutes a day kept for other work (a practice problem, checklist items) on days without a mock. */
  readonly reserveMinutes: number;
}

/** How many of the cards would still be new after the last day, at `budgetMinutes` a day. */
export function cardsLeft(input: ProjectionInput, budgetMinutes: number): number {
  const first = input.days[0];
  const last = input.days.at(-1);
  if (first === undefined || last === undefined) return input.fresh;
  // Reviews expected on each day of the look-ahead (index: day − first).
  const reviews = new Array<number>(last - first + 1).fill(0);
  const add = (day: number, count = 1): void => {
    const index = Math.max(0, day - first);
    if (index < reviews.length) reviews[index] = (reviews[index] ?? 0) + count;
  };
  for (const memory of input.memories) {
    if (memory.stage !== 'review') continue;
    // The next review, then the intervals a Good grade grows it by (about ×2.5 a time).
    let interval = Math.max(1, memory.scheduledDays);
    // An overdue card comes once, on the first day.
    for (let day = Math.max(first, memory.dueDay); day <= last; day += interval) {
      add(day);
      interval = Math.ceil(interval * 2.5);
    }
  }
  const seconds = budgetMinutes * 60;
  let left = input.fresh;
  let backlog = 0;
  for (const day of input.days) {
    const index = day - first;
    const due = (reviews[index] ?? 0) + backlog;
    const mock = input.mockMinutes(day);
    let room = seconds - (mock > 0 ? mock : input.reserveMinutes) * 60;
    const reviewable = Math.max(0, Math.min(due, Math.floor(room / input.costs.reviewSeconds)));
    backlog = due - reviewable;
    room -= reviewable * input.costs.reviewSeconds;
    const introduced = Math.min(left, Math.max(0, Math.floor(room / input.costs.newCardSeconds)));
    left -= introduced;
    if (introduced > 0) for (const offset of input.goodPath) add(day + offset, introduced);
  }
  return left;
}

/** The smallest daily budget (in steps of 5 minutes, up to 8 hours) at which no card is left, if any. */
export function budgetThatFits(input: ProjectionInput, fromMinutes: number): number | undefined {
  const step = 5;
  let low = Math.ceil(fromMinutes / step) * step;
  let high = 480;
  if (cardsLeft(input, high) > 0) return undefined;
  while (low < high) {
    const middle = Math.floor((low + high) / (2 * step)) * step;
    if (cardsLeft(input, middle) > 0) low = middle + step;
    else high = middle;
  }
  return low;
}
