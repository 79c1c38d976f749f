import * as vscode from 'vscode';
import { countCards, type CardCounts, type DailyLimits } from '../../core/scheduling/queue';
import type { FoldedReviews } from '../../core/scheduling/fold';
import type { SessionCard, SessionSource } from '../../core/scheduling/reviewSession';
import type { Scheduler } from '../../core/scheduling/scheduler';
import type { DeckLibrary } from '../flashcards/deckLibrary';
import type { StudyState } from './studyState';

/**
 * The learner's state and the decks together: what a review session reads, and the one
 * place every view takes its card counts from.
 */
export class Study implements SessionSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the decks or the learner's state changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: { dispose(): unknown }[];

  constructor(
    readonly state: StudyState,
    readonly library: DeckLibrary,
  ) {
    this.disposables = [this.changed, state.onDidChange(() => { this.changed.fire(); }), library.onDidChange(() => { this.changed.fire(); })];
  }

  /** Loads the decks and the journal once; later calls wait for the same load. */
  async ready(): Promise<void> {
    await Promise.all([this.library.ready(), this.state.ready()]);
  }

  /** Whether decks, journal and scheduler have all loaded: views show counts and cards only then. */
  get isLoaded(): boolean {
    return this.library.isLoaded && this.state.isLoaded;
  }

  cards(): readonly SessionCard[] {
    return this.library.cards();
  }

  reviews(): FoldedReviews {
    return this.state.reviews();
  }

  scheduler(): Scheduler {
    return this.state.scheduler();
  }

  limits(): DailyLimits {
    return this.state.limits();
  }

  now(): number {
    return this.state.now();
  }

  /** New / learning / due counts of one deck, or of every deck. */
  counts(deckId?: string): CardCounts {
    if (!this.isLoaded) return { fresh: 0, learning: 0, due: 0 };
    const ids = this.library
      .cards()
      .filter((card) => deckId === undefined || card.deckId === deckId)
      .map((card) => card.id);
    return countCards(ids, this.state.reviews().memories, this.state.scheduler(), this.now());
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
