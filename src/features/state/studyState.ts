import * as vscode from 'vscode';
import { Journal, type JournalEvent, type JournalProblem } from '../../core/journal/journal';
import { loadStudyJournal } from '../../core/journal/studyJournal';
import { foldPlanEvents, type FoldedPlanEvents } from '../../core/plan/fold';
import { dueProblems, foldProblems, type FoldedProblems } from '../../core/problems/fold';
import { checklistEventType, foldRoundProgress, interviewDateEventType, nearestUpcomingDate, type RoundProgress } from '../../core/rounds/fold';
import { foldAppended, foldReviews, isReviewFoldEvent, reviewEventType, undoEventType, type FoldedReviews, type ReviewEventData } from '../../core/scheduling/fold';
import type { SchedulerSettings } from '../../core/scheduling/memory';
import type { DailyLimits } from '../../core/scheduling/limits';
import type * as schedulerModule from '../../core/scheduling/scheduler';
import type { Scheduler } from '../../core/scheduling/scheduler';
import { studyDay } from '../../core/scheduling/studyDay';
import { foldWeights, sameWeights, weightsEventType, type FoldedWeights, type WeightsSource } from '../../core/scheduling/weights';
import { dailyLimits, schedulerSettings } from '../flashcards/config';
import { loadScheduler } from '../lazyModules';
import type { Services } from '../services';
import { watchSetting } from '../settings';
import { SnapshotFile } from './snapshotStore';

/**
 * What a view says while the journal cannot be loaded (instead of "nothing due" or
 * "Loading…"): the reason once, in the Flashcards view; the other views point there.
 */
export function journalUnavailable(failure: Error, view: 'flashcards' | 'today' | 'rounds'): string {
  if (view === 'flashcards') return `Review journal not loaded, so what is due is unknown: ${failure.message}. Fix the loopPrep.dataDirectory setting; the journal loads again when it changes.`;
  return view === 'today' ? 'No plan for today: your review journal could not be loaded (see the Flashcards view).' : 'Ticks unknown: your review journal could not be loaded (see the Flashcards view).';
}

/** The damaged journal lines already reported on this machine (memento key): each is reported once, not at every start. */
const reportedProblemsKey = 'loopPrep.journal.reportedProblems';
const reportedProblemsKept = 500;

/**
 * The learner's state: the journal, and one pure fold of it per feature (card memories,
 * ticked items and interview dates, practice problems), with the scheduler built from the
 * settings and the nearest interview. Every feature reads the slice it needs and appends
 * through here; everything that shows state listens to `onDidChange`.
 */
export class StudyState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the journal or the settings changed, and once a minute as cards come due. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: { dispose(): unknown }[] = [this.changed];
  private journal: Journal | undefined;
  private events: JournalEvent[] = [];
  private folded: FoldedReviews = foldReviews([]);
  private progress: RoundProgress = foldRoundProgress([]);
  private problemFold: FoldedProblems = foldProblems([]);
  private planFold: FoldedPlanEvents = foldPlanEvents([]);
  private weightsFold: FoldedWeights = foldWeights([]);
  private loopIds: ReadonlySet<string> | undefined;
  /** The study day the scheduler was built on (the nearest interview is chosen per day). */
  private schedulerDay = -1;
  // Loaded in ready(), not at activation: ts-fsrs is not needed until cards are shown.
  private schedulerModule: typeof schedulerModule | undefined;
  private schedulerValue: Scheduler | undefined;
  private limitsValue = dailyLimits();
  private loaded: Promise<void> | undefined;
  /** The journal and the scheduler have loaded once. */
  private loadedAll = false;
  /** Why the last load failed, until one succeeds (views say so instead of "nothing due"). */
  private loadFailure: Error | undefined;
  /** Loads finished, with or without success (the tests wait for the next one). */
  private loadAttempts = 0;
  /** The data directory the load under way reads, and the one the last finished load read (the tests tell loads apart by it). */
  private loadingDirectory: string | undefined;
  private loadedDirectory: string | undefined;
  /** How many times the damaged-lines warning was shown (the tests read it). */
  private damagedLineWarnings = 0;
  /** How the journal last loaded, for the log and the benchmarks. */
  private lastLoad: { readonly from: 'snapshot' | 'journal'; readonly events: number; readonly ms: number; settled?: string } | undefined;

  constructor(private readonly services: Services) {
    this.disposables.push(
      watchSetting(
        () => ({ scheduler: schedulerSettings(), limits: dailyLimits() }),
        ({ limits }) => {
          if (this.schedulerModule) this.schedulerValue = this.makeScheduler(this.schedulerModule);
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
    this.services.probes.set('journal', () => ({ loaded: this.loadedAll, attempts: this.loadAttempts, directory: this.loadedDirectory, failure: this.loadFailure?.message, damagedLineWarnings: this.damagedLineWarnings, ...this.lastLoad }));
    this.disposables.push({ dispose: () => this.services.probes.delete('journal') });
    // Learning steps come due and study days roll over with no event to announce them.
    const tick = setInterval(() => { this.refresh(); }, 60_000);
    this.disposables.push(new vscode.Disposable(() => { clearInterval(tick); }));
  }

  /** Tells every view to look again (the minute tick; tests call it after moving the clock). */
  refresh(): void {
    // A new study day can make another interview the nearest one ahead: rebuild then.
    if (this.schedulerModule && this.schedulerValue && this.schedulerDay !== this.schedulerValue.today(this.now())) this.schedulerValue = this.makeScheduler(this.schedulerModule);
    this.changed.fire();
  }

  /** Loads the journal once; later calls wait for the same load. */
  ready(): Promise<void> {
    // A failed load is not kept: the next call (a retry) loads again.
    this.loaded ??= this.load().then(
      () => {
        this.loadAttempts += 1;
        this.loadedDirectory = this.loadingDirectory;
        if (this.loadFailure) {
          this.loadFailure = undefined;
          this.changed.fire();
        }
      },
      (error: unknown) => {
        this.loadAttempts += 1;
        this.loadedDirectory = this.loadingDirectory;
        this.loaded = undefined;
        this.loadFailure = error instanceof Error ? error : new Error(String(error));
        this.changed.fire();
        throw error;
      },
    );
    return this.loaded;
  }

  /** Why the journal could not be loaded, if its last load failed (views say so instead of "nothing due"). */
  get failure(): Error | undefined {
    return this.loadFailure;
  }

  /** Whether the journal and the scheduler have loaded (views show nothing until then). */
  get isLoaded(): boolean {
    return this.loadedAll;
  }

  private async load(): Promise<void> {
    const resolution = this.services.dataDirectory.resolve();
    this.loadingDirectory = resolution.ok ? resolution.path : undefined;
    this.schedulerModule ??= loadScheduler();
    await this.loadJournal();
    // After the journal: the interview dates set in the Rounds view cap intervals.
    this.schedulerValue = this.makeScheduler(this.schedulerModule);
    this.loadedAll = true;
    this.changed.fire();
  }

  private async loadJournal(): Promise<void> {
    const directory = await this.services.dataDirectory.ensure();
    const journal = new Journal(directory.fsPath, { now: () => this.now() });
    const started = performance.now();
    const loaded = await loadStudyJournal(journal, new SnapshotFile(this.services.storageDirectory, journal.file));
    this.journal = journal;
    this.events = loaded.events;
    this.folded = loaded.reviews;
    this.foldOthers();
    const load = { from: loaded.from, events: loaded.eventCount, ms: performance.now() - started } as NonNullable<typeof this.lastLoad>;
    this.lastLoad = load;
    this.services.log.info(`Journal: ${loaded.eventCount} events, ${this.folded.reviews.length} reviews, from ${journal.file} (${loaded.from === 'snapshot' ? 'its snapshot and the lines after it' : 'read whole'}, ${Math.round(load.ms)} ms).`);
    this.reportProblems(journal.file, loaded.problems);
    if (this.folded.skipped.length > 0) this.services.log.warn(`Journal: ${this.folded.skipped.length} malformed review events were skipped.`);
    journal.backupIfDue().catch((error: unknown) => { this.services.log.warn('Could not back up the journal:', error); });
    this.changed.fire();
    // After the load is shown: the snapshot is checked against every byte it stands for.
    void loaded.settle().then(
      (outcome) => {
        load.settled = outcome;
        if (outcome !== 'stale' || this.journal !== journal) return;
        this.services.log.warn(`Journal: the snapshot did not match ${journal.file}; reading the journal again.`);
        void new SnapshotFile(this.services.storageDirectory, journal.file).remove().catch(() => undefined).then(() => {
          if (this.journal !== journal) return;
          this.loaded = undefined;
          this.ready().catch((error: unknown) => { this.services.log.error('Could not load the journal:', error); });
        });
      },
      (error: unknown) => {
        load.settled = 'failed';
        this.services.log.warn('Could not keep a snapshot of the journal:', error);
      },
    );
  }

  /** Warns once per damaged line: a line reported on an earlier start (same number and text) is only logged. */
  private reportProblems(file: string, problems: readonly JournalProblem[]): void {
    if (problems.length === 0) return;
    const reported = this.services.memento.get<string[]>(reportedProblemsKey, []);
    const keyOf = (problem: JournalProblem): string => `${file}\n${problem.line}\n${problem.text}`;
    // Lines are only ever added at the end, so a bad line keeps its number and text.
    const fresh = problems.filter((problem) => !reported.includes(keyOf(problem)));
    const where = problems.map((problem) => `line ${problem.line} (${problem.reason})`).join(', ');
    this.services.log.warn(`Journal ${file}: skipped ${where}.`);
    if (fresh.length === 0) return;
    void this.services.memento.update(reportedProblemsKey, [...reported, ...fresh.map(keyOf)].slice(-reportedProblemsKept));
    this.damagedLineWarnings += 1;
    void vscode.window
      .showWarningMessage(`Loop Prep skipped ${fresh.length === 1 ? 'a damaged line' : `${fresh.length} damaged lines`} in your review journal; every other event loaded.`, 'Show Log')
      .then((choice) => {
        if (choice) this.services.log.show();
      });
  }

  /** Every card's memory and the reviews that made it. */
  reviews(): FoldedReviews {
    return this.folded;
  }

  /** Ticked checklist items and interview dates, per loop. */
  roundProgress(): RoundProgress {
    return this.progress;
  }

  /** Solved problems, each problem's record and its FSRS memory (problems are reviewed like cards). */
  problems(): FoldedProblems {
    return this.problemFold;
  }

  /** What the plan reads besides reviews: study-more requests, mock rounds run, ticks and solves. */
  planEvents(): FoldedPlanEvents {
    return this.planFold;
  }

  /** The problems due now, soonest first. */
  dueProblems(now = this.now()): string[] {
    return dueProblems(this.problemFold.memories, now);
  }

  /** Every journal event but reviews and undos (those are in `reviews()`), in time order (read-only: append with `recordEvent`). */
  journalEvents(): readonly JournalEvent[] {
    return this.events;
  }

  /**
   * The settings with the interview date the scheduler caps intervals at: the nearest
   * upcoming one of the `interviewDate` setting and the loops' dates (Rounds view).
   */
  private makeScheduler(module: typeof schedulerModule): Scheduler {
    const settings: SchedulerSettings = schedulerSettings();
    const now = this.now();
    const today = new Date(studyDay(now, settings) * 86_400_000).toISOString().slice(0, 10);
    // Only loops that are loaded count: a date left by a deleted loop (or one known only to
    // another machine) cannot be seen or cleared, so it must not cap anything.
    const loopDates = [...this.progress.interviewDates].filter(([loop]) => this.loopIds?.has(loop) === true).map(([, date]) => date);
    const dates = [...(settings.interviewDate === undefined ? [] : [settings.interviewDate]), ...loopDates];
    // The weights are the journal's (see recordWeights), not this machine's setting: every
    // machine that folds the same journal schedules alike.
    const weights = this.weightsFold.weights ?? undefined;
    const scheduler = new module.Scheduler({ ...settings, interviewDate: nearestUpcomingDate(dates, today), ...(weights ? { weights } : {}) });
    this.schedulerDay = scheduler.today(now);
    return scheduler;
  }

  /** The ids of the loops loaded (Rounds view): only their interview dates cap intervals. */
  setLoopIds(ids: ReadonlySet<string>): void {
    const before = [...(this.loopIds ?? [])].sort().join();
    this.loopIds = ids;
    if ([...ids].sort().join() === before) return;
    if (this.schedulerModule && this.schedulerValue) {
      this.schedulerValue = this.makeScheduler(this.schedulerModule);
      this.changed.fire();
    }
  }

  /** Folds what is not reviews (reviews fold incrementally, see append). */
  private foldOthers(): void {
    const before = [...this.progress.interviewDates].join();
    const weightsBefore = this.weightsFold.weights;
    this.progress = foldRoundProgress(this.events);
    this.problemFold = foldProblems(this.events);
    this.planFold = foldPlanEvents(this.events);
    this.weightsFold = foldWeights(this.events);
    if (this.progress.skipped.length > 0) this.services.log.warn(`Journal: ${this.progress.skipped.length} malformed checklist or interview-date events were skipped.`);
    if (this.weightsFold.skipped.length > 0) this.services.log.warn(`Journal: ${this.weightsFold.skipped.length} malformed FSRS-weights events were skipped.`);
    const weightsChanged = !sameWeights(weightsBefore, this.weightsFold.weights);
    if (this.schedulerModule && this.schedulerValue && ([...this.progress.interviewDates].join() !== before || weightsChanged)) this.schedulerValue = this.makeScheduler(this.schedulerModule);
  }

  /** The FSRS weights in use: the journal's last change of them (null weights: FSRS-6's defaults). */
  fsrsWeights(): FoldedWeights {
    return this.weightsFold;
  }

  /** Records a change of the FSRS weights in the journal (null: back to FSRS-6's defaults); the scheduler uses them from now on. */
  async recordWeights(weights: readonly number[] | null, source: WeightsSource): Promise<void> {
    await this.append({ type: weightsEventType, data: { weights, source } });
  }

  scheduler(): Scheduler {
    if (!this.schedulerValue) throw new Error('The review journal has not loaded yet.');
    return this.schedulerValue;
  }

  limits(): DailyLimits {
    return this.limitsValue;
  }

  now(): number {
    return this.services.clock.now();
  }

  /** Records a review in the journal (durably) and updates every view. */
  async recordReview(data: ReviewEventData): Promise<void> {
    await this.append({ type: reviewEventType, data });
  }

  /** Records the undo of a review: the journal stays append-only. */
  async recordUndo(reviewId: string): Promise<void> {
    await this.append({ type: undoEventType, data: { reviewId } });
  }

  /** Ticks or unticks a checklist item, in the journal. */
  async recordChecklist(loop: string, item: string, checked: boolean): Promise<void> {
    await this.append({ type: checklistEventType, data: { loop, item, checked } });
  }

  /** Sets (YYYY-MM-DD) or clears (null) a loop's interview date, in the journal. */
  async recordInterviewDate(loop: string, date: string | null): Promise<void> {
    await this.append({ type: interviewDateEventType, data: { loop, date } });
  }

  /** Appends another feature's event to the journal (durably) and updates every view; `time` defaults to now. */
  async recordEvent(type: string, data: unknown, time?: number): Promise<void> {
    await this.append(time === undefined ? { type, data } : { type, data, time });
  }

  private async append(event: { type: string; data: unknown; time?: number }): Promise<void> {
    // A change of data directory restarts the load (see the constructor), and this waits
    // for it: an event is written to the journal of the folder configured now.
    await this.ready();
    if (!this.journal) throw new Error('The review journal is not available.');
    const appended = await this.journal.append(event);
    this.folded = foldAppended(this.folded, appended);
    // Reviews are most events and change nothing else: only other events fold the rest again.
    const others = appended.filter((added) => !isReviewFoldEvent(added));
    if (others.length > 0) {
      this.events.push(...others);
      this.foldOthers();
    }
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
