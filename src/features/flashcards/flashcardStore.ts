import * as vscode from 'vscode';
import { Journal, type JournalEvent } from '../../core/journal/journal';
import { countCards, type CardCounts, type DailyLimits } from '../../core/scheduling/queue';
import { foldAppended, foldReviews, reviewEventType, undoEventType, type FoldedReviews, type ReviewEventData } from '../../core/scheduling/reviewLog';
import type { SessionCard, SessionSource } from '../../core/scheduling/reviewSession';
import type * as schedulerModule from '../../core/scheduling/scheduler';
import type { Scheduler } from '../../core/scheduling/scheduler';
import { loadScheduler } from '../lazyModules';
import type { Services } from '../services';
import { watchSetting } from '../settings';
import { dailyLimits, schedulerSettings } from './config';
import type { DeckLibrary } from './deckLibrary';

/**
 * The learner's flashcard state: the decks, the journal's review events folded into each
 * card's memory, and the scheduler built from the settings. Everything that shows counts
 * or cards listens to `onDidChange`.
 */
export class FlashcardStore implements SessionSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when decks, reviews or settings changed, and once a minute as cards come due. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: { dispose(): unknown }[] = [this.changed];
  private journal: Journal | undefined;
  private events: JournalEvent[] = [];
  private folded: FoldedReviews = foldReviews([]);
  // Loaded in ready(), not at activation: ts-fsrs is not needed until cards are shown.
  private schedulerModule: typeof schedulerModule | undefined;
  private schedulerValue: Scheduler | undefined;
  private limitsValue = dailyLimits();
  private loaded: Promise<void> | undefined;
  /** Decks, journal and scheduler have all loaded once: the views may show counts and cards. */
  private loadedAll = false;

  constructor(
    private readonly services: Services,
    readonly library: DeckLibrary,
  ) {
    this.disposables.push(
      library.onDidChange(() => { this.changed.fire(); }),
      watchSetting(
        () => ({ scheduler: schedulerSettings(), limits: dailyLimits() }),
        ({ scheduler, limits }) => {
          if (this.schedulerModule) this.schedulerValue = new this.schedulerModule.Scheduler(scheduler);
          this.limitsValue = limits;
          this.changed.fire();
        },
      ),
      watchSetting(
        () => this.services.dataDirectory.resolve(),
        () => {
          this.journal = undefined;
          this.loaded = undefined;
          this.ready().catch((error: unknown) => { this.services.log.error('Could not load the journal:', error); });
        },
      ),
    );
    // Learning steps come due and study days roll over with no event to announce them.
    const tick = setInterval(() => { this.changed.fire(); }, 60_000);
    this.disposables.push(new vscode.Disposable(() => { clearInterval(tick); }));
  }

  /** Loads decks and the journal once; later calls wait for the same load. */
  ready(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** Whether decks, journal and scheduler have loaded (views show nothing until then). */
  get isLoaded(): boolean {
    return this.loadedAll;
  }

  private async load(): Promise<void> {
    this.schedulerModule ??= loadScheduler();
    this.schedulerValue ??= new this.schedulerModule.Scheduler(schedulerSettings());
    await Promise.all([this.library.reload(), this.loadJournal()]);
    this.loadedAll = true;
    this.changed.fire();
  }

  private async loadJournal(): Promise<void> {
    const directory = await this.services.dataDirectory.ensure();
    const journal = new Journal(directory.fsPath);
    const { events, problems, newProblems } = await journal.load();
    this.journal = journal;
    this.events = events;
    this.folded = foldReviews(events);
    this.services.log.info(`Journal: ${events.length} events, ${this.folded.reviews.length} reviews, from ${journal.file}.`);
    if (newProblems.length > 0) {
      // Reported once per bad line; everything else in the journal was kept.
      const where = newProblems.map((problem) => `line ${problem.line} (${problem.reason})`).join(', ');
      this.services.log.warn(`Journal ${journal.file}: skipped ${where}.`);
      void vscode.window
        .showWarningMessage(`Loop Prep skipped ${problems.length === 1 ? 'a damaged line' : `${problems.length} damaged lines`} in your review journal; every other event loaded.`, 'Show Log')
        .then((choice) => {
          if (choice) this.services.log.show();
        });
    }
    if (this.folded.skipped.length > 0) this.services.log.warn(`Journal: ${this.folded.skipped.length} malformed review events were skipped.`);
    journal.backupIfDue().catch((error: unknown) => { this.services.log.warn('Could not back up the journal:', error); });
    this.changed.fire();
  }

  cards(): readonly SessionCard[] {
    return this.library.cards();
  }

  reviews(): FoldedReviews {
    return this.folded;
  }

  scheduler(): Scheduler {
    if (!this.schedulerValue) throw new Error('Flashcards have not loaded yet.');
    return this.schedulerValue;
  }

  limits(): DailyLimits {
    return this.limitsValue;
  }

  now(): number {
    return Date.now();
  }

  /** New / learning / due counts of one deck, or of every deck. */
  counts(deckId?: string): CardCounts {
    if (!this.schedulerValue) return { fresh: 0, learning: 0, due: 0 };
    const ids = this.library
      .cards()
      .filter((card) => deckId === undefined || card.deckId === deckId)
      .map((card) => card.id);
    return countCards(ids, this.folded.memories, this.schedulerValue, this.now());
  }

  /** Records a review in the journal (durably) and updates every view. */
  async recordReview(data: ReviewEventData): Promise<void> {
    await this.append({ type: reviewEventType, data });
  }

  /** Records the undo of a review: the journal stays append-only. */
  async recordUndo(reviewId: string): Promise<void> {
    await this.append({ type: undoEventType, data: { reviewId } });
  }

  private async append(event: { type: string; data: unknown }): Promise<void> {
    // A change of data directory restarts the load (see the constructor), and this waits
    // for it: a review is written to the journal of the folder configured now.
    await this.ready();
    if (!this.journal) throw new Error('The review journal is not available.');
    const appended = await this.journal.append(event);
    this.events.push(...appended);
    this.folded = foldAppended(this.folded, appended, this.events);
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
