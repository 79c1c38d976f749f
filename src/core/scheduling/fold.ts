import type { CardMemory, Grade, MemoryStage } from './memory';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ReviewLog, type FoldedReview, type ReviewList } from './reviewLog';

export type { FoldedReview, ReviewList } from './reviewLog';

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

/** Every card's current memory, and the reviews that produced it. */
export interface FoldedReviews {
  /** Each reviewed card's memory after its last review that still counts. */
  readonly memories: ReadonlyMap<string, CardMemory>;
  /** Every review that still counts, in time order (the fold's log grows in place as reviews are recorded). */
  readonly reviews: ReviewList;
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
 * Folds review and undo events into each card's memory, one event at a time as the journal
 * is read (in any order: `finish` puts the reviews in time order). An undo removes its
 * review wherever it is; the card falls back to the memory of its previous review that
 * still counts, or to new. Nothing of an event is kept but its row in the `ReviewLog`.
 */
export class ReviewFolder {
  /** The log being filled (`finish` settles it). */
  readonly log = new ReviewLog();
  private readonly undone = new Set<string>();
  private readonly skipped: string[] = [];

  add(event: LoggedEvent): void {
    if (event.type === undoEventType) {
      if (isUndoEventData(event.data)) this.undone.add(event.data.reviewId);
      return;
    }
    if (event.type !== reviewEventType) return;
    if (!isReviewEventData(event.data)) {
      this.skipped.push(event.id);
      return;
    }
    const { cardId, grade, previousStage, memory } = event.data;
    this.log.push({ eventId: event.id, time: event.time, cardId, grade, previousStage, memory });
  }

  finish(): FoldedReviews {
    this.log.settle();
    this.log.removeIds(this.undone);
    return folded(this.log, this.log.memories(), this.skipped);
  }

  /** `finish` with a turn for the event loop every `sliceMs` (a journal of millions of reviews). */
  async finishSliced(sliceMs = 8): Promise<FoldedReviews> {
    let sliceStart = performance.now();
    for (const steps of [this.log.settling(), this.log.removingIds(this.undone)]) {
      for (let step = steps.next(); !step.done; step = steps.next()) {
        if (performance.now() - sliceStart < sliceMs) continue;
        await nextTurn();
        sliceStart = performance.now();
      }
    }
    // Each card's memory (many milliseconds on a busy host, profiled with 3,000,000 rows)
    // gets a task of its own, and so does whatever the caller does with the fold.
    await nextTurn();
    const memories = this.log.memories();
    await nextTurn();
    return folded(this.log, memories, this.skipped);
  }
}

/** Whether an event is one the reviews fold reads (a review or an undo). */
export function isReviewFoldEvent(event: LoggedEvent): boolean {
  return event.type === reviewEventType || event.type === undoEventType;
}

/** Folds review and undo events (see `ReviewFolder`). */
export function foldReviews(events: readonly LoggedEvent[]): FoldedReviews {
  const folder = new ReviewFolder();
  for (const event of events) folder.add(event);
  return folder.finish();
}

/**
 * The fold with `appended` (events just written, newer than every review in it) added.
 * The log grows in place, so recording a review costs the same however long the journal
 * is; an undo nearly always takes back the newest review, also in constant time.
 */
export function foldAppended(before: FoldedReviews, appended: readonly LoggedEvent[]): FoldedReviews {
  if (!(before.reviews instanceof ReviewLog)) throw new TypeError('foldAppended needs a fold made by foldReviews or ReviewFolder.');
  const log = before.reviews;
  const memories = new Map(before.memories);
  const skipped = [...before.skipped];
  for (const event of appended) {
    if (event.type === undoEventType && isUndoEventData(event.data)) {
      const row = log.rowOf(event.data.reviewId);
      if (row === undefined) continue;
      const cardId = log.cardIdAt(row);
      log.removeRow(row);
      const previous = log.previousRowOfCard(cardId, log.length);
      if (previous === undefined) memories.delete(cardId);
      else memories.set(cardId, log.memoryAt(previous));
    } else if (event.type === reviewEventType) {
      if (!isReviewEventData(event.data)) {
        skipped.push(event.id);
        continue;
      }
      const { cardId, grade, previousStage, memory } = event.data;
      log.push({ eventId: event.id, time: event.time, cardId, grade, previousStage, memory });
      memories.set(cardId, memory);
    }
  }
  return folded(log, memories, skipped);
}

/** The fold of a review log read back from a snapshot. */
export function foldedLog(log: ReviewLog, skipped: readonly string[]): FoldedReviews {
  return folded(log, log.memories(), skipped);
}

function folded(log: ReviewLog, memories: ReadonlyMap<string, CardMemory>, skipped: readonly string[]): FoldedReviews {
  return { memories, reviews: log, lastReview: log.at(-1), skipped };
}
