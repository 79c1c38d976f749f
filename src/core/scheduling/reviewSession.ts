import type { DueQueue } from '../plan/queue';
import type { FoldedReviews, ReviewEventData } from './fold';
import { grades, intervalLabel, type Grade, type MemoryStage } from './memory';
import type { Scheduler } from './scheduler';

/** What a review session needs of a card: its id and what to show. */
export interface SessionCard {
  readonly id: string;
  readonly deckId: string;
  readonly deckTitle: string;
  readonly title: string;
  readonly front: string;
  readonly back: string;
}

/** What the learner sees: a card (question or answer side), or nothing left to do. */
export type SessionView =
  | {
      readonly status: 'card';
      readonly card: SessionCard;
      /** Where the card is in its life: never seen, in its (re)learning steps, or on the long-term schedule. */
      readonly stage: MemoryStage;
      readonly revealed: boolean;
      readonly grades: readonly { readonly grade: Grade; readonly name: string; readonly interval: string }[];
      readonly progress: { readonly reviewed: number; readonly remaining: number };
      readonly canUndo: boolean;
      /**
       * The cards after this one, in queue order, as they stand now: what the panel shows
       * next when this card leaves the queue, without asking the host first.
       */
      readonly upcoming: readonly { readonly card: SessionCard; readonly stage: MemoryStage }[];
    }
  | {
      readonly status: 'done';
      readonly progress: { readonly reviewed: number; readonly remaining: 0 };
      readonly nextDue: number | undefined;
      readonly canUndo: boolean;
    };

/** The session's view of the learner's data, read afresh for every view it builds. */
export interface SessionSource {
  /** Every card that can be reviewed, in deck order. */
  cards(): readonly SessionCard[];
  reviews(): FoldedReviews;
  scheduler(): Scheduler;
  /** Today's queue of one deck, or of every deck (from the day's plan: core/plan/queue). */
  dueQueue(deckId?: string): DueQueue;
  now(): number;
}

/** How many cards after the shown one a view carries (the panel paints the next at once). */
export const upcomingCount = 2;

const gradeNames: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The title the question side of a reversed card shows. */
export const reverseSideTitle = 'Reversed card: name what this describes';

/**
 * One sitting of reviews, optionally of one deck. It keeps no queue of its own: each
 * view is built from the journal's current fold, so a review made elsewhere, an undo,
 * or a learning step coming due is reflected at once.
 */
export class ReviewSession {
  private revealedCardId: string | undefined;
  private shownSince: number | undefined;
  private shownCardId: string | undefined;
  private reviewedHere = 0;
  /** Where each card of the queue was in the last view's order (see orderedIds). */
  private shownOrder = new Map<string, number>();
  /** The card an undo brought back: shown next, as the learner expects. */
  private pinnedCardId: string | undefined;

  constructor(
    private readonly source: SessionSource,
    /** Only this deck's cards, or every deck's. */
    readonly deckId?: string,
  ) {}

  /** The queue of this session's cards right now. */
  queue(): { queue: DueQueue; cards: ReadonlyMap<string, SessionCard> } {
    const cards = new Map<string, SessionCard>();
    for (const card of this.source.cards()) {
      if (this.deckId === undefined || card.deckId === this.deckId) cards.set(card.id, card);
    }
    return { queue: this.source.dueQueue(this.deckId), cards };
  }

  /**
   * The queue's cards in the order this session shows them: learning cards whose step is
   * up first (by due time, as the plan orders them), then reviews, then new cards, each in
   * the order this session first showed them. The day's plan may reorder the cards after
   * every grade (a review changes a round's readiness); keeping the session's order lets
   * the panel paint the next card before the host has recorded the grade.
   */
  orderedIds(queue: DueQueue = this.queue().queue): string[] {
    const keep = (ids: readonly string[]): string[] =>
      ids
        .map((id, index) => ({ id, rank: this.shownOrder.get(id) ?? Number.MAX_SAFE_INTEGER, index }))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map((entry) => entry.id);
    return [...queue.learning, ...keep(queue.review), ...keep(queue.fresh)];
  }

  /** What to show now. */
  view(): SessionView {
    const { queue, cards } = this.queue();
    const canUndo = this.source.reviews().lastReview !== undefined;
    const ids = this.orderedIds(queue);
    this.shownOrder = new Map(ids.map((id, index) => [id, index]));
    const pinned = this.pinnedCardId !== undefined && ids.includes(this.pinnedCardId) ? cards.get(this.pinnedCardId) : undefined;
    const card = pinned ?? ids.map((id) => cards.get(id)).find((candidate) => candidate !== undefined);
    if (!card) {
      return { status: 'done', progress: { reviewed: this.reviewedHere, remaining: 0 }, nextDue: queue.nextDue, canUndo };
    }
    if (card.id !== this.shownCardId) {
      this.shownCardId = card.id;
      this.shownSince = this.source.now();
    }
    const revealed = this.revealedCardId === card.id;
    const now = this.source.now();
    const { memories } = this.source.reviews();
    const memory = memories.get(card.id);
    const preview = revealed ? this.source.scheduler().preview(memory, now) : undefined;
    const upcoming: { card: SessionCard; stage: MemoryStage }[] = [];
    for (const id of ids) {
      if (upcoming.length === upcomingCount) break;
      const next = id === card.id ? undefined : cards.get(id);
      // Question side first, as the panel will show it (see the reversed title below).
      if (next) upcoming.push({ card: next.id.endsWith(':reverse') ? { ...next, title: reverseSideTitle } : next, stage: memories.get(next.id)?.stage ?? 'new' });
    }
    return {
      status: 'card',
      // A reversed note's title names its term: on the reverse side (asking for the term) it
      // would give the answer away, so the question side has a neutral one.
      card: !revealed && card.id.endsWith(':reverse') ? { ...card, title: reverseSideTitle } : card,
      stage: memory?.stage ?? 'new',
      revealed,
      grades: preview ? grades.map((grade) => ({ grade, name: gradeNames[grade], interval: intervalLabel(preview[grade], now) })) : [],
      progress: { reviewed: this.reviewedHere, remaining: ids.length },
      canUndo,
      upcoming,
    };
  }

  /** Shows the answer of `cardId`, if it is the card on screen. */
  reveal(cardId: string): boolean {
    if (this.shownCardId !== cardId) return false;
    this.revealedCardId = cardId;
    return true;
  }

  /**
   * The review to record for grading `cardId`, or undefined when that is not the revealed
   * card on screen (a stale keypress from before the view changed). It counts as reviewed
   * once the journal has it (`recorded`): a grade whose write failed is no review.
   */
  grade(cardId: string, grade: Grade): ReviewEventData | undefined {
    if (this.revealedCardId !== cardId || this.shownCardId !== cardId) return undefined;
    const now = this.source.now();
    const memory = this.source.reviews().memories.get(cardId);
    const next = this.source.scheduler().review(memory, grade, now);
    this.revealedCardId = undefined;
    this.shownCardId = undefined;
    this.pinnedCardId = undefined;
    return {
      cardId,
      grade,
      previousStage: memory?.stage ?? 'new',
      memory: next,
      durationMs: this.shownSince === undefined ? undefined : now - this.shownSince,
    };
  }

  /**
   * Takes up a session as a panel showed it before a window reload: the same card (if it
   * is still in the queue), the same side, and the reviews already counted, so the page
   * restored from its saved state and the host's first state agree.
   */
  resume(shown: { readonly cardId?: string; readonly revealed: boolean; readonly reviewed: number }): void {
    this.reviewedHere = Math.max(0, Math.floor(shown.reviewed));
    if (shown.cardId === undefined) return;
    this.pinnedCardId = shown.cardId;
    if (!shown.revealed) return;
    // Revealed only if it is the card this session shows: a card reviewed elsewhere meanwhile is not.
    const view = this.view();
    if (view.status === 'card' && view.card.id === shown.cardId) this.revealedCardId = shown.cardId;
  }

  /** How many reviews this session has recorded. */
  get reviewed(): number {
    return this.reviewedHere;
  }

  /** Counts a graded review the journal recorded. */
  recorded(): void {
    this.reviewedHere += 1;
  }

  /** The id of the review event to undo, if there is one; the card comes back unrevealed. */
  undo(): string | undefined {
    const last = this.source.reviews().lastReview;
    if (!last) return undefined;
    this.revealedCardId = undefined;
    this.shownCardId = undefined;
    this.pinnedCardId = last.cardId;
    this.reviewedHere = Math.max(0, this.reviewedHere - 1);
    return last.eventId;
  }
}
