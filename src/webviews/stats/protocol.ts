// zod/mini: the same schemas, tree-shaken (see review/protocol.ts).
import * as z from 'zod/mini';

// The message protocol between the Stats panel and the extension host. The host computes
// every figure (src/core/scheduling/stats.ts); the panel only draws them.

const count = z.int().check(z.nonnegative());
const retentionCount = z.object({ passed: count, failed: count });
export type RetentionCountView = z.infer<typeof retentionCount>;

/** Today's new / learning / due counts of a scope: the plan's, the same every surface shows. */
export const TodayCounts = z.object({ fresh: count, learning: count, due: count });

export const DeckStatsRow = z.object({
  id: z.string(),
  title: z.string(),
  total: count,
  unseen: count,
  young: count,
  mature: count,
  today: TodayCounts,
});
export type DeckStatsRow = z.infer<typeof DeckStatsRow>;

const milliseconds = z.number().check(z.nonnegative());
const rating = z.int().check(z.gte(1), z.lte(4));

/** One review dimension's trend across the self-reviews of mock rounds. */
export const ReviewTrendRow = z.object({
  /** The rubric it belongs to: design, coding, behavioral or fundamentals. */
  rubric: z.enum(['design', 'coding', 'behavioral', 'fundamentals']),
  dimension: z.string(),
  title: z.string(),
  count,
  /** Mean of the last three ratings (fewer when there are fewer). */
  recentMean: z.optional(z.number()),
  /** Mean of the three ratings before those; absent with three ratings or fewer. */
  previousMean: z.optional(z.number()),
  change: z.optional(z.enum(['up', 'down', 'same'])),
  /** Every rating in time order, for the sparkline. */
  series: z.array(z.object({ time: z.number(), rating })),
  /** The latest note written for it. */
  lastNote: z.optional(z.object({ time: z.number(), text: z.string() })),
});
export type ReviewTrendRow = z.infer<typeof ReviewTrendRow>;

/** One finished timed session. */
export const TimedSessionRow = z.object({
  session: z.string(),
  kind: z.enum(['mock-round', 'custom', 'coding-session']),
  title: z.string(),
  startedAt: z.number(),
  ending: z.enum(['time-up', 'stopped', 'finished']),
  elapsedMs: milliseconds,
  plannedMs: milliseconds,
  /** Coding sessions only. */
  problems: z.optional(z.object({ solved: count, total: count })),
});
export type TimedSessionRow = z.infer<typeof TimedSessionRow>;

/** A practice problem's solve times across coding sessions. */
export const SolveTimesRow = z.object({ problem: z.string(), bestMs: milliseconds, lastMs: milliseconds, count });
export type SolveTimesRow = z.infer<typeof SolveTimesRow>;

/** How the timed sessions went (src/core/timer/history.ts). */
export const TimedHistoryView = z.object({
  sessionCount: count,
  reviewCount: count,
  /** The latest sessions, newest first. */
  sessions: z.array(TimedSessionRow),
  /** One row per review dimension, in the rubric's order. */
  trend: z.array(ReviewTrendRow),
  solveTimes: z.array(SolveTimesRow),
  /** Per design case: the outline's coverage after its rounds, latest first. */
  coverage: z.array(z.object({ case: z.string(), title: z.string(), rounds: count, last: z.object({ covered: count, total: count, time: z.number() }), bestShare: z.number() })),
});
export type TimedHistoryView = z.infer<typeof TimedHistoryView>;

/** What the Stats panel shows. */
export const StatsView = z.object({
  /** Today's study day: days since 1970-01-01 of the local date (so `today × 86,400,000` is its date at UTC midnight). */
  today: z.int(),
  /** Cards due on each of the next 30 days; index 0 is today, overdue included. */
  forecast: z.array(count),
  /** Reviews on each of the last 365 days; the last entry is today. */
  heatmap: z.array(count),
  retention: z.object({ all: retentionCount, young: retentionCount, mature: retentionCount }),
  /** The retention the scheduler aims for, to compare with the true one. */
  desiredRetention: z.number(),
  decks: z.array(DeckStatsRow),
  /** Today's counts of every deck together (the status bar's). */
  todayCounts: TodayCounts,
  totalReviews: count,
  streakDays: count,
  timed: TimedHistoryView,
});
export type StatsView = z.infer<typeof StatsView>;

/** Messages the panel sends to the host. */
export const StatsRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** Review one deck (a click on its row), or every due card. */
  z.object({ type: z.literal('reviewDeck'), deckId: z.string().check(z.maxLength(200)) }),
  z.object({ type: z.literal('reviewDue') }),
]);
export type StatsRequest = z.infer<typeof StatsRequest>;

/** Messages the host sends to the panel. */
export const StatsNotification = z.discriminatedUnion('type', [
  z.object({ type: z.literal('loading') }),
  z.object({ type: z.literal('stats'), stats: StatsView }),
]);
export type StatsNotification = z.infer<typeof StatsNotification>;
