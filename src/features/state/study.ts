import * as vscode from 'vscode';
import type { FoldedReviews } from '../../core/scheduling/fold';
import type { SessionCard } from '../../core/scheduling/reviewSession';
import type { Scheduler } from '../../core/scheduling/scheduler';
import type { DeckLibrary } from '../flashcards/deckLibrary';
import type { StudyState } from './studyState';

/** The learner's state and the decks together, loaded as one (the plan reads both). */
export class Study implements vscode.Disposable {
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

  now(): number {
    return this.state.now();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
