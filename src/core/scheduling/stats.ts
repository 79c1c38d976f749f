import type { CardMemory } from './memory';
import type { ReviewList } from './fold';
import { studyDay, type StudyClock } from './studyDay';

/** Days the forecast looks ahead, the heatmap back, and true retention back. */
export const forecastDays = 30;
export const heatmapDays = 365;
export const retentionWindowDays = 30;
/** A card on the long-term schedule is "mature" from this interval on (Anki's convention). */
export const matureIntervalDays = 21;

/** Reviews of long-term cards, passed (Hard, Good or Easy) and failed (Again). */
export interface RetentionCount {
  readonly passed: number;
  readonly failed: number;
}

export interface DeckStats {
  readonly id: string;
  readonly title: string;
  readonly total: number;
  /** Never reviewed. */
  readonly unseen: number;
  /** On the long-term schedule with an interval under 21 days. */
  readonly young: number;
  readonly mature: number;
}

/** Everything the Stats panel shows, computed from the fold of the journal. */
export interface FlashcardStats {
  /** Today's study day (days since 1970-01-01 of the local date, day-start shifted). */
  readonly today: number;
  /** Cards falling due on each of the next 30 study days; index 0 is today, overdue included. */
  readonly forecast: readonly number[];
  /** Reviews done on each of the last 365 study days; the last entry is today. */
  readonly heatmap: readonly number[];
  /** True retention over the last 30 study days, all long-term cards and split by maturity. */
  readonly retention: { readonly all: RetentionCount; readonly young: RetentionCount; readonly mature: RetentionCount };
  readonly decks: readonly DeckStats[];
  /** Every review that counts, ever. */
  readonly totalReviews: number;
  /** Consecutive study days with at least one review, ending today (or yesterday, if none yet today). */
  readonly streakDays: number;
}

export interface StatsInput {
  /** The cards in the decks now (reviews of deleted cards still count in the history). */
  readonly cards: readonly { readonly id: string; readonly deckId: string }[];
  /** The decks, in the order to list them. */
  readonly decks: readonly { readonly id: string; readonly title: string }[];
  readonly memories: ReadonlyMap<string, CardMemory>;
  /** Every review that counts, in time order (the fold's `reviews`). */
  readonly reviews: ReviewList;
  readonly clock: StudyClock;
  readonly now: number;
}

/** The study day a memory falls due on: its whole-day due day, or the day of its learning step. */
function dueDayOf(memory: CardMemory, clock: StudyClock): number {
  return memory.stage === 'review' ? memory.dueDay : studyDay(memory.due, clock);
}

/**
 * `studyDay` for many times, each distinct quarter hour computed once. Every time zone's
 * offset is a whole number of quarter hours (today's zones: none of the historical local
 * mean times applies to a review), so a day starts on a quarter hour and all times within
 * one share their study day. Reviews come in sessions: a year of history is a few
 * thousand quarter hours instead of a hundred thousand time-zone conversions (~1 s).
 */
function studyDays(clock: StudyClock): (time: number) => number {
  const quarterHour = 15 * 60_000;
  const days = new Map<number, number>();
  return (time) => {
    const bucket = Math.floor(time / quarterHour);
    let day = days.get(bucket);
    if (day === undefined) {
      day = studyDay(bucket * quarterHour, clock);
      days.set(bucket, day);
    }
    return day;
  };
}

function tally(count: RetentionCount, passed: boolean): RetentionCount {
  return passed ? { passed: count.passed + 1, failed: count.failed } : { passed: count.passed, failed: count.failed + 1 };
}

/**
 * The Stats panel's figures. True retention counts only reviews of cards that were on
 * the long-term schedule (learning steps are not tests of memory); a review is young or
 * mature by the interval it was answering.
 */
export function computeStats(input: StatsInput): FlashcardStats {
  const { clock, now } = input;
  const today = studyDay(now, clock);

  const forecast = new Array<number>(forecastDays).fill(0);
  // Today's new / learning / due counts are the plan's (core/plan/queue), not worked out here:
  // every surface shows the same numbers.
  const perDeck = new Map(input.decks.map((deck) => [deck.id, { id: deck.id, title: deck.title, total: 0, unseen: 0, young: 0, mature: 0 }]));
  for (const card of input.cards) {
    const deck = perDeck.get(card.deckId);
    const memory = input.memories.get(card.id);
    if (deck) deck.total += 1;
    if (memory === undefined) {
      if (deck) deck.unseen += 1;
      continue;
    }
    const offset = Math.max(0, dueDayOf(memory, clock) - today);
    if (offset < forecastDays) forecast[offset] = (forecast[offset] ?? 0) + 1;
    if (!deck || memory.stage !== 'review') continue;
    if (memory.scheduledDays >= matureIntervalDays) deck.mature += 1;
    else deck.young += 1;
  }

  const heatmap = new Array<number>(heatmapDays).fill(0);
  const firstHeatmapDay = today - heatmapDays + 1;
  const firstRetentionDay = today - retentionWindowDays + 1;
  const zero: RetentionCount = { passed: 0, failed: 0 };
  let all = zero;
  let young = zero;
  let mature = zero;
  const previous = new Map<string, CardMemory>();
  const reviewDays = new Set<number>();
  const dayOf = studyDays(clock);
  for (const review of input.reviews) {
    const day = dayOf(review.time);
    reviewDays.add(day);
    if (day >= firstHeatmapDay && day <= today) heatmap[day - firstHeatmapDay] = (heatmap[day - firstHeatmapDay] ?? 0) + 1;
    const before = previous.get(review.cardId);
    previous.set(review.cardId, review.memory);
    if (review.previousStage !== 'review' || day < firstRetentionDay || day > today) continue;
    const passed = review.grade > 1;
    all = tally(all, passed);
    // The interval being tested; a history that starts mid-way (a trimmed journal) counts as young.
    if ((before?.scheduledDays ?? 0) >= matureIntervalDays) mature = tally(mature, passed);
    else young = tally(young, passed);
  }

  let streakDays = 0;
  for (let day = reviewDays.has(today) ? today : today - 1; reviewDays.has(day); day--) streakDays += 1;

  return {
    today,
    forecast,
    heatmap,
    retention: { all, young, mature },
    decks: [...perDeck.values()],
    totalReviews: input.reviews.length,
    streakDays,
  };
}
