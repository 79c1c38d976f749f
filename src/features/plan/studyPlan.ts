import * as vscode from 'vscode';
import type { CardIndex } from '../../core/plan/loopCards';
import type { DayPlan, PlanFocus, PlanLoop, PlanRound, PlanSettings } from '../../core/plan/model';
import type { CardCounts, DeckTallies, DueQueue } from '../../core/plan/queue';
import type { Loop, Round } from '../../core/rounds/loopFormat';
import { roundReadiness, type CardReadiness, type Readiness } from '../../core/rounds/readiness';
import type { FoldedReviews } from '../../core/scheduling/fold';
import type { SessionCard, SessionSource } from '../../core/scheduling/reviewSession';
import type { Scheduler } from '../../core/scheduling/scheduler';
import { startOfStudyDay, studyDayOfDate } from '../../core/scheduling/studyDay';
import { schedulerSettings } from '../flashcards/config';
import type { ProblemCatalog } from '../problems/problemCatalog';
import type { LoopLibrary } from '../rounds/loopLibrary';
import type { LoopSelection } from '../rounds/selection';
import { watchSetting } from '../settings';
import type { Study } from '../state/study';
import { loadPlan } from '../lazyModules';
import { planSettings } from './config';

/** What the plan needs of each round, worked out once per change of the decks, loops or journal. */
interface RoundFacts {
  readonly loop: Loop;
  readonly round: Round;
  readonly readiness: Readiness;
  /** The cards the round serves: decks of its kinds, and what its checklist links. */
  readonly cards: readonly string[];
}

/**
 * Today's plan and everything computed from it: the queue of every review session, the
 * counts every surface shows (status bar, badge, Flashcards view, deck picker, Today view,
 * Stats), and each round's readiness. Recomputed lazily after any change, once per burst.
 */
export class StudyPlan implements SessionSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when anything the plan reads changed: the journal, decks, loops, the selection or settings. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: { dispose(): unknown }[];
  private cached: { plan: DayPlan; rounds: Map<Round, RoundFacts>; minute: number } | undefined;
  /** Read on the first plan, not at activation. */
  private settingsValue: ReturnType<typeof planSettings> | undefined;

  constructor(
    /** The learner's state and the decks the plan is made from. */
    readonly study: Study,
    private readonly loops: LoopLibrary,
    private readonly selection: LoopSelection,
    private readonly catalog: ProblemCatalog,
  ) {
    const invalidate = (): void => {
      this.cached = undefined;
      this.changed.fire();
    };
    this.disposables = [
      this.changed,
      study.onDidChange(invalidate),
      loops.onDidChange(invalidate),
      selection.onDidChange(invalidate),
      watchSetting(planSettings, (value) => {
        this.settingsValue = value;
        invalidate();
      }),
    ];
    // The catalog is read once; the plan names its problems from then on.
    void catalog.all().then(invalidate, () => undefined);
  }

  /**
   * Whether the decks, the journal and the loops have loaded: today's plan (and so every
   * queue and count) depends on the picked loop, so a count shown before the loops would
   * change a moment later (a restored Review panel read "4 to go", then "2 to go").
   */
  get isLoaded(): boolean {
    return this.study.isLoaded && this.loops.hasSettled;
  }

  async ready(): Promise<void> {
    // A loop that failed to load is the Rounds view's to report; the plan goes on without it.
    await Promise.all([this.study.ready(), this.loops.ready().catch(() => undefined)]);
  }

  cards(): readonly SessionCard[] {
    return this.study.cards();
  }

  reviews(): FoldedReviews {
    return this.study.reviews();
  }

  scheduler(): Scheduler {
    return this.study.scheduler();
  }

  now(): number {
    return this.study.now();
  }

  /** Today's plan (after the decks and journal have loaded). */
  today(): DayPlan {
    return this.compute().plan;
  }

  /** The queue of one deck's cards, or of every deck's, right now. */
  dueQueue(deckId?: string): DueQueue {
    if (!this.study.isLoaded) return { learning: [], review: [], fresh: [], nextDue: undefined };
    const plan = this.today();
    const scope = this.study.library.cards().filter((card) => deckId === undefined || card.deckId === deckId);
    const scheduler = this.study.scheduler();
    return loadPlan().planQueue(plan, scope, this.study.reviews().memories, this.now(), startOfStudyDay(plan.day + 1, scheduler.settings));
  }

  /** New / learning / due counts of one deck, or of every deck: the one set every surface shows. */
  counts(deckId?: string): CardCounts {
    if (!this.study.isLoaded) return { fresh: 0, learning: 0, due: 0 };
    const tallies = this.tallies();
    return loadPlan().countsAt(deckId === undefined ? tallies.all : tallies.byDeck.get(deckId), this.now());
  }

  /** Every deck's counts, tallied once per plan (the same numbers as each deck's queue gives). */
  private tallies(): DeckTallies {
    const plan = this.today();
    const cards = this.study.library.cards();
    const memories = this.study.reviews().memories;
    if (this.tallyCache?.plan !== plan || this.tallyCache.cards !== cards || this.tallyCache.memories !== memories) {
      this.tallyCache = { plan, cards, memories, tallies: loadPlan().tallyDecks(plan, cards, memories) };
    }
    return this.tallyCache.tallies;
  }

  private tallyCache: { plan: DayPlan; cards: readonly SessionCard[]; memories: FoldedReviews['memories']; tallies: DeckTallies } | undefined;

  /** A round's readiness (core/rounds/readiness): recall judged for the loop's interview day, or today. */
  readiness(loop: Loop, round: Round): Readiness {
    const facts = this.study.isLoaded ? this.compute().rounds.get(round) : undefined;
    return facts?.readiness ?? this.roundFacts(loop, round, this.cardIndex(), this.targetTime(loop)).readiness;
  }

  /** The loop the learner prepares for (Pick Interview Loop…), once the loops have loaded. */
  selectedLoop(): Loop | undefined {
    return this.loops.isLoaded ? this.selection.selected()?.loop : undefined;
  }

  /** The interview date of a loop: its own, or (for the selected loop) the `interviewDate` setting. */
  interviewDate(loop: Loop): string | undefined {
    const own = this.study.state.roundProgress().interviewDates.get(loop.id);
    if (own !== undefined) return own;
    return loop.id === this.selection.selected()?.loop.id ? schedulerSettings().interviewDate : undefined;
  }

  /** When recall is judged for a loop's readiness: the start of its interview day while it is ahead, else now. */
  private targetTime(loop: Loop): number {
    const now = this.now();
    if (!this.study.isLoaded) return now;
    const scheduler = this.study.scheduler();
    const day = studyDayOfDate(this.interviewDate(loop) ?? '');
    return day !== undefined && day > scheduler.today(now) ? startOfStudyDay(day, scheduler.settings) : now;
  }

  private compute(): { plan: DayPlan; rounds: Map<Round, RoundFacts> } {
    const minute = Math.floor(this.now() / 60_000);
    // Learning steps come due and days roll over with the clock: a plan is good for a minute.
    if (this.cached && this.cached.minute === minute) return this.cached;
    const scheduler = this.study.scheduler();
    const now = this.now();
    const day = scheduler.today(now);
    const dayStart = startOfStudyDay(day, scheduler.settings);
    const index = this.cardIndex();
    const rounds = new Map<Round, RoundFacts>();
    const selected = this.selection.selected()?.loop;
    const dated = this.loops.all().map(({ loop }) => loop).filter((loop) => loop !== selected && this.interviewDate(loop) !== undefined);
    const planLoops: PlanLoop[] = [];
    for (const loop of selected ? [selected, ...dated] : dated) {
      const target = this.targetTime(loop);
      const checked = this.study.state.roundProgress().checked.get(loop.id) ?? new Set<string>();
      const interviewDay = studyDayOfDate(this.interviewDate(loop) ?? '');
      const planRounds: PlanRound[] = loop.rounds.map((round) => {
        const facts = this.roundFacts(loop, round, index, target);
        rounds.set(round, facts);
        return {
          id: round.id,
          title: round.title,
          kinds: round.kinds,
          minutes: round.minutes,
          readiness: facts.readiness.score,
          cards: facts.cards,
          problems: [...new Set(round.checklist.flatMap((item) => item.links.flatMap((link) => ('problem' in link && this.loops.hasProblem(link.problem) ? [link.problem] : []))))],
          items: round.checklist.map((item) => ({ id: item.id, title: item.title, text: item.text, ticked: checked.has(item.id) })),
        };
      });
      planLoops.push({ id: loop.id, title: loop.title, ...(interviewDay === undefined ? {} : { interviewDay }), rounds: planRounds });
    }
    const events = this.study.state.planEvents();
    const problems = new Map(this.catalog.loadedProblems().map((problem) => [problem.meta.slug, { slug: problem.meta.slug, title: problem.meta.title, targetMinutes: problem.meta.targetMinutes }]));
    this.settingsValue ??= planSettings();
    const settings: PlanSettings = {
      ...this.settingsValue,
      newCardsPerDay: this.study.state.limits().newCardsPerDay,
      reviewsPerDay: this.study.state.limits().reviewsPerDay,
      costs: loadPlan().expectedCosts(scheduler.settings.desiredRetention),
    };
    const plan = loadPlan().planDay({
      now,
      scheduler,
      cards: index.cards,
      memories: this.study.reviews().memories,
      reviews: this.study.reviews().reviews,
      loops: planLoops,
      problems: {
        due: this.study.state.dueProblems(now),
        solved: this.study.state.problems().solved,
        solvedToday: new Set([...events.solvedAt].filter(([, time]) => time >= dayStart).map(([slug]) => slug)),
        find: (slug) => problems.get(slug),
      },
      mocks: events.mocks.map((mock) => ({ loop: mock.loop, round: mock.round, day: scheduler.today(mock.endedAt), full: mock.full })),
      itemsTickedToday: new Set([...events.ticked].filter(([, time]) => time >= dayStart).map(([key]) => key)),
      studyMore: events.studyMore.filter((request) => request.day === day).map((request) => request.request),
      focus: this.focus(events, index.cards),
      settings,
    });
    this.cached = { plan, rounds, minute };
    return this.cached;
  }

  /**
   * The weak dimensions of the mock rounds' self-reviews, folded again only when the journal
   * has new events other than reviews (the plan's fold is then a new object): a review
   * changes none of them, and the plan is made again after each.
   */
  private focus(events: object, cards: CardIndex['cards']): PlanFocus[] {
    if (this.focusCache?.events !== events || this.focusCache.cards !== cards) {
      this.focusCache = { events, cards, focus: loadPlan().planFocus(this.study.state.journalEvents(), cards) };
    }
    return this.focusCache.focus;
  }

  private focusCache: { events: object; cards: CardIndex['cards']; focus: PlanFocus[] } | undefined;

  /**
   * The cards, and which of them each deck, note and round kind holds: made again only when
   * the decks were loaded again (the library's lists are then new), not at every change of
   * the plan (a grade, a setting). With a 100,000-card deck that took 45–57 ms of each plan
   * change, and its new card list kept `focus` from ever finding its cache.
   */
  private cardIndex(): CardIndex {
    const { library } = this.study;
    const [decks, libraryCards] = [library.all(), library.cards()];
    if (this.indexed?.decks === decks && this.indexed.cards === libraryCards) return this.indexed.index;
    const kindsOf = new Map(decks.flatMap((deck) => (deck.parsed.deck ? [[deck.parsed.deck.id, deck.parsed.deck.rounds] as const] : [])));
    const cards = libraryCards.map((card) => ({ id: card.id, noteId: card.card.noteId, deckId: card.deckId }));
    const index = loadPlan().indexCards(cards, (deckId) => kindsOf.get(deckId) ?? []);
    this.indexed = { decks, cards: libraryCards, index };
    return index;
  }

  private indexed: { readonly decks: readonly unknown[]; readonly cards: readonly unknown[]; readonly index: CardIndex } | undefined;

  private roundFacts(loop: Loop, round: Round, index: CardIndex, target: number): RoundFacts {
    const memories = this.study.reviews().memories;
    const scheduler = this.study.isLoaded ? this.study.scheduler() : undefined;
    const card = (id: string): CardReadiness => {
      const memory = memories.get(id);
      if (!memory) return { stage: 'new', recall: 0 };
      return { stage: memory.stage, recall: scheduler?.retrievability(memory, target) ?? 0 };
    };
    const readiness = roundReadiness(round, {
      checked: this.study.state.roundProgress().checked.get(loop.id) ?? new Set(),
      cardsOfDeck: (deckId) => index.byDeck.get(deckId),
      cardsOfNote: (noteId) => index.byNote.get(noteId),
      card,
      desiredRetention: scheduler?.settings.desiredRetention ?? 0.9,
      solved: (slug) => this.study.state.problems().solved.has(slug),
      isProblem: (slug) => this.loops.hasProblem(slug),
    });
    return { loop, round, readiness, cards: loadPlan().roundCards(round, index) };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
