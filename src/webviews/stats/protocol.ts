// zod/mini: the same schemas, tree-shaken (see review/protocol.ts).
import * as z from 'zod/mini';

// The message protocol between the Stats panel and the extension host. The host computes
// every figure (src/core/scheduling/stats.ts); the panel only draws them.

const count = z.int().check(z.nonnegative());
const retentionCount = z.object({ passed: count, failed: count });
export type RetentionCountView = z.infer<typeof retentionCount>;

export const DeckStatsRow = z.object({
  id: z.string(),
  title: z.string(),
  total: count,
  fresh: count,
  learning: count,
  young: count,
  mature: count,
  dueToday: count,
});
export type DeckStatsRow = z.infer<typeof DeckStatsRow>;

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
  totalReviews: count,
  streakDays: count,
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
