import type { CardMemory, Grade, MemoryStage } from './memory';

/** A review, as appended to the journal: the grade and the memory it resulted in. */
export const reviewEventType = 'flashcards.review';
/** The undo of a review, as appended to the journal: the journal itself stays append-only. */
export const undoEventType = 'flashcards.undo';

/** The part of a journal event the fold reads (structurally a `JournalEvent`). */
export interface LoggedEvent {
  readonly id: string;
  readonly type: string;
  readonly time: number;
  readonly data: unknown;
}

export interface ReviewEventData {
  readonly cardId: string;
  readonly grade: Grade;
  /** The card's stage before this review: "new" marks the day it was introduced. */
  readonly previousStage: MemoryStage;
  readonly memory: CardMemory;
  /** How long the learner looked at the card before grading it. */
  readonly durationMs?: number;
}

export interface UndoEventData {
  /** The id of the review event being undone. */
  readonly reviewId: string;
}

/** One review that still counts (not undone), with what the fold needs to report on it. */
export interface FoldedReview {
  readonly eventId: string;
  readonly time: number;
  readonly cardId: string;
  readonly grade: Grade;
  readonly previousStage: MemoryStage;
  readonly memory: CardMemory;
}

/** Every card's current memory, and the reviews that produced it. */
export interface FoldedReviews {
  /** Each reviewed card's memory after its last review that still counts. */
  readonly memories: ReadonlyMap<string, CardMemory>;
  /** Every review that still counts, in time order. */
  readonly reviews: readonly FoldedReview[];
  /** The most recent review that still counts: what "undo" takes back. */
  readonly lastReview: FoldedReview | undefined;
  /** Review events whose data was malformed, skipped (ids). */
  readonly skipped: readonly string[];
}

const stages: ReadonlySet<string> = new Set(['new', 'learning', 'review', 'relearning']);

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

// Hand-written rather than a zod schema: the fold checks every review in the journal,
// and 100,000 of them must fold in well under a second.
function isCardMemory(value: unknown): value is CardMemory {
  if (typeof value !== 'object' || value === null) return false;
  const memory = value as Record<string, unknown>;
  return (
    typeof memory['stage'] === 'string' &&
    memory['stage'] !== 'new' &&
    stages.has(memory['stage']) &&
    isFiniteNumber(memory['stability']) &&
    isFiniteNumber(memory['difficulty']) &&
    isFiniteNumber(memory['reps']) &&
    isFiniteNumber(memory['lapses']) &&
    isFiniteNumber(memory['step']) &&
    isFiniteNumber(memory['lastReview']) &&
    isFiniteNumber(memory['due']) &&
    isFiniteNumber(memory['dueDay']) &&
    isFiniteNumber(memory['scheduledDays'])
  );
}

/** Whether a journal event's data is a well-formed review. */
export function isReviewEventData(data: unknown): data is ReviewEventData {
  if (typeof data !== 'object' || data === null) return false;
  const review = data as Record<string, unknown>;
  const grade = review['grade'];
  return (
    typeof review['cardId'] === 'string' &&
    review['cardId'] !== '' &&
    (grade === 1 || grade === 2 || grade === 3 || grade === 4) &&
    typeof review['previousStage'] === 'string' &&
    stages.has(review['previousStage']) &&
    (review['durationMs'] === undefined || isFiniteNumber(review['durationMs'])) &&
    isCardMemory(review['memory'])
  );
}

function isUndoEventData(data: unknown): data is UndoEventData {
  return typeof data === 'object' && data !== null && typeof (data as Record<string, unknown>)['reviewId'] === 'string';
}

/**
 * Folds review and undo events (in time order, as the journal loads them) into each
 * card's memory. An undo removes its review wherever it is; the card falls back to the
 * memory of its previous review that still counts, or to new.
 */
export function foldReviews(events: readonly LoggedEvent[]): FoldedReviews {
  const undone = new Set<string>();
  for (const event of events) {
    if (event.type === undoEventType && isUndoEventData(event.data)) undone.add(event.data.reviewId);
  }
  return foldOnto({ memories: new Map(), reviews: [], skipped: [] }, events, undone);
}

/**
 * `foldReviews(all)` where `folded` is already the fold of `all` without its last
 * `appended` events: recording a review costs the same however long the journal is. An
 * undo may reach back to any review, so appending one refolds `all`.
 */
export function foldAppended(folded: FoldedReviews, appended: readonly LoggedEvent[], all: readonly LoggedEvent[]): FoldedReviews {
  if (appended.some((event) => event.type === undoEventType)) return foldReviews(all);
  return foldOnto({ memories: new Map(folded.memories), reviews: [...folded.reviews], skipped: [...folded.skipped] }, appended, new Set());
}

/** Adds the review events among `events` (but those in `undone`) to a fold under way. */
function foldOnto(
  fold: { memories: Map<string, CardMemory>; reviews: FoldedReview[]; skipped: string[] },
  events: readonly LoggedEvent[],
  undone: ReadonlySet<string>,
): FoldedReviews {
  for (const event of events) {
    if (event.type !== reviewEventType || undone.has(event.id)) continue;
    if (!isReviewEventData(event.data)) {
      fold.skipped.push(event.id);
      continue;
    }
    const { cardId, grade, previousStage, memory } = event.data;
    fold.reviews.push({ eventId: event.id, time: event.time, cardId, grade, previousStage, memory });
    fold.memories.set(cardId, memory);
  }
  return { ...fold, lastReview: fold.reviews.at(-1) };
}
