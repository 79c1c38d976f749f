import * as vscode from 'vscode';
import { asError } from '../../core/activation';
import { ReviewSession, reverseSideTitle, type SessionCard, type SessionView } from '../../core/scheduling/reviewSession';
import type { ReviewCard, ReviewNotification, ReviewViewState } from '../../webviews/review/protocol';
import { coalesce } from '../coalesce';
import { loadProtocols } from '../lazyModules';
import { showNotice } from '../notices';
import { DataDirectory, type Services } from '../services';
import { acceptMessage, setWebviewPage, webviewFolderUri, webviewOptions } from '../webviewPage';
import type { StudyPlan } from '../plan/studyPlan';
import type { Study } from '../state/study';
import { spaceGradesGood } from './config';

const viewType = 'loopPrep.review';
/** The deck the last review panel was showing, so a restored panel resumes the same session. */
const deckStateKey = 'loopPrep.review.deck';


/** The folders card images may come from: where decks are read (the renderer narrows it to the card's own deck folder). */
function imageRoots(study: Study): vscode.Uri[] {
  return study.library.roots().map((root) => root.uri);
}

/** What a panel showed before a window reload (its saved page state), for the session to take up. */
interface ShownBeforeReload {
  readonly cardId?: string;
  readonly revealed: boolean;
  readonly reviewed: number;
  readonly preview: boolean;
}

function shownBeforeReload(saved: unknown): ShownBeforeReload | undefined {
  const { ReviewViewState } = loadProtocols();
  const parsed = ReviewViewState.safeParse(saved);
  if (!parsed.success) return undefined;
  const state = parsed.data;
  if (state.status === 'loading') return undefined;
  if (state.status === 'done') return { revealed: false, reviewed: state.progress.reviewed, preview: false };
  return { cardId: state.card.id, revealed: state.revealed, reviewed: state.progress.reviewed, preview: state.preview === true };
}

function toViewState(view: SessionView, imageBase: (cardId: string) => string | undefined, notice: string | undefined): ReviewViewState {
  if (view.status === 'done') {
    return { status: 'done', progress: view.progress, nextDue: view.nextDue, canUndo: view.canUndo };
  }
  const reviewCard = (card: SessionCard): ReviewCard => {
    const base = imageBase(card.id);
    return { id: card.id, deckTitle: card.deckTitle, title: card.title, front: card.front, back: card.back, ...(base === undefined ? {} : { imageBase: base }) };
  };
  return {
    status: 'card',
    card: reviewCard(view.card),
    stage: view.stage,
    upcoming: view.upcoming.map((next) => ({ card: reviewCard(next.card), stage: next.stage })),
    ...(notice === undefined ? {} : { notice }),
    spaceGradesGood: spaceGradesGood(),
    revealed: view.revealed,
    grades: view.grades.map((grade) => ({ ...grade })),
    progress: view.progress,
    canUndo: view.canUndo,
  };
}

/** The one Review panel: a webview that shows the session's state and sends back keystrokes. */
export class ReviewPanel implements vscode.Disposable {
  private static current: ReviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly study: Study;
  private session: ReviewSession;
  private sent: ReviewViewState | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** The image folders the page was built with: a change of deck folders builds it again. */
  private imageRootsKey = '';
  /** A card shown to look at, not to grade (a checklist's card link), and whether its answer is shown. */
  private previewing: { readonly cardId: string; revealed: boolean } | undefined;
  /** What the page showed before a reload, taken up once the decks and journal have loaded. */
  private resuming: ShownBeforeReload | undefined;
  /** The page's messages, handled in order (see handle). */
  private handling: Promise<void> = Promise.resolve();

  /** Opens the panel (or brings it forward) on a session of one deck or of every deck. */
  static show(services: Services, plan: StudyPlan, memento: vscode.Memento, deckId: string | undefined): ReviewPanel {
    void memento.update(deckStateKey, deckId);
    if (ReviewPanel.current) {
      ReviewPanel.current.previewing = undefined;
      ReviewPanel.current.startSession(deckId);
      ReviewPanel.current.panel.reveal(undefined, false);
      return ReviewPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(viewType, 'Review', vscode.ViewColumn.Active, webviewOptions(services, imageRoots(plan.study)));
    ReviewPanel.current = new ReviewPanel(panel, services, plan, deckId);
    return ReviewPanel.current;
  }

  /**
   * Opens the panel on one card to look at, question first: nothing is graded or recorded
   * (a checklist's card link). Its "Back to queue" returns to the panel's review session.
   */
  static preview(services: Services, plan: StudyPlan, memento: vscode.Memento, cardId: string): ReviewPanel {
    let panel = ReviewPanel.current;
    if (!panel) {
      void memento.update(deckStateKey, undefined);
      const webviewPanel = vscode.window.createWebviewPanel(viewType, 'Review', vscode.ViewColumn.Active, webviewOptions(services, imageRoots(plan.study)));
      panel = ReviewPanel.current = new ReviewPanel(webviewPanel, services, plan, undefined);
    }
    panel.previewing = { cardId, revealed: false };
    panel.updateTitle();
    panel.post();
    panel.panel.reveal(undefined, false);
    return panel;
  }

  /** Restores the panel VS Code kept across a window reload, on the card, side and count its page saved. */
  static registerSerializer(services: Services, plan: StudyPlan, memento: vscode.Memento): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(viewType, {
      deserializeWebviewPanel: (panel: vscode.WebviewPanel, saved: unknown): Promise<void> => {
        ReviewPanel.current?.dispose();
        const restored = new ReviewPanel(panel, services, plan, memento.get<string>(deckStateKey));
        restored.resuming = shownBeforeReload(saved);
        ReviewPanel.current = restored;
        return Promise.resolve();
      },
    });
  }

  /** The panel open now, if any (for tests and commands). */
  static get open(): ReviewPanel | undefined {
    return ReviewPanel.current;
  }



  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
    private readonly plan: StudyPlan,
    deckId: string | undefined,
  ) {
    this.study = plan.study;
    this.session = new ReviewSession(plan, deckId);
    panel.iconPath = vscode.Uri.joinPath(services.extensionUri, 'media', 'loop-prep.svg');
    const { webview } = panel;
    this.setPage();
    const changes = coalesce(() => {
      if (this.disposed) return;
      // Deck folders come and go with settings, workspace folders and trust (rarely).
      if (this.imageRootsKey !== imageRoots(this.study).join('\n')) this.setPage();
      else this.post();
    });
    this.disposables.push(
      panel.onDidDispose(() => { this.dispose(); }),
      webview.onDidReceiveMessage((raw: unknown) => { void this.handle(raw); }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('loopPrep.flashcards.spaceGradesGood')) this.post();
      }),
      // Once per burst of changes: the loops' load alone changes the loops, the selection and
      // the scheduler's interview dates one after another, and each post makes the queue
      // (and so today's plan) again while the host is starting. A grade posts by itself.
      new vscode.Disposable(() => { changes.dispose(); }),
      plan.onDidChange(() => { changes.schedule(); }),
    );
    this.updateTitle();
  }

  /** Builds the page, with the current deck folders as the only places images may come from. */
  private setPage(): void {
    const roots = imageRoots(this.study);
    this.imageRootsKey = roots.join('\n');
    this.panel.webview.options = webviewOptions(this.services, roots);
    // The page asks for the state when it has loaded (`ready`), a rebuilt page too.
    setWebviewPage(this.panel.webview, this.services, { title: 'Review', bundle: 'review', styles: ['review.css'], imageFolders: roots });
  }

  private startSession(deckId: string | undefined): void {
    this.session = new ReviewSession(this.plan, deckId);
    this.updateTitle();
    this.post();
  }

  private updateTitle(): void {
    if (this.previewing) {
      this.panel.title = 'Review: Preview';
      return;
    }
    const deck = this.session.deckId === undefined ? undefined : this.study.library.cards().find((card) => card.deckId === this.session.deckId);
    this.panel.title = deck ? `Review: ${deck.deckTitle}` : 'Review';
  }

  /**
   * Handles a message from the page (the test hooks send theirs here too); a failure is
   * said, not thrown. Messages are handled one after another, in the order sent: the page
   * paints the next card before the grade is written, and its next keypress (Space on that
   * card) must find the session already moved on.
   */
  handle(raw: unknown): Promise<void> {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    // These wait on the user (a quick pick) or on an editor, not on the session: never queue behind them.
    if (type === 'studyMore' || type === 'edit') return this.handleNow(raw, type);
    const next = this.handling.then(() => this.handleNow(raw, type));
    this.handling = next;
    return next;
  }

  private async handleNow(raw: unknown, type: unknown): Promise<void> {
    try {
      await this.receive(raw);
    } catch (error) {
      const reason = asError(error).message;
      this.services.log.error('Review panel:', asError(error));
      if (type === 'ready') {
        // Nothing was graded: the journal (or the decks) could not be loaded.
        void showNotice(this.services, 'error', `Loop Prep could not open your journal, so there is nothing to review yet: ${reason.replace(/\.?\s*$/, '.')} The journal is kept in the data directory (the setting ${DataDirectory.setting}).`, 'Open Settings').then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', DataDirectory.setting);
        });
        return;
      }
      const what = type === 'grade' ? 'record that review' : type === 'undo' ? 'undo that review' : 'do that';
      void showNotice(this.services, 'error', `Loop Prep could not ${what}: ${reason}`);
      const graded = type === 'grade' ? (raw as { cardId?: unknown }).cardId : undefined;
      if (typeof graded === 'string') {
        // The page has already painted the next card: take the grade back there, on the
        // answer side of the card it was for, and say why.
        this.session.resume({ cardId: graded, revealed: true, reviewed: this.session.reviewed });
        this.post(`Not recorded: ${reason.replace(/\.?\s*$/, '.')} Grade it again, or see the notification.`);
        return;
      }
      this.post();
    }
  }

  /** The session's queue now, in the order it shows the cards (for tests: the page's held cards must match it). */
  queueIds(): string[] {
    return this.session.orderedIds();
  }

  /** The state last sent to the page. */
  get lastState(): ReviewViewState | undefined {
    return this.sent;
  }

  private async receive(raw: unknown): Promise<void> {
    const { ReviewRequest } = loadProtocols();
    const request = acceptMessage(ReviewRequest, raw, this.services, 'Review panel');
    if (!request) return;
    switch (request.type) {
      case 'ready':
        await this.plan.ready();
        this.post();
        return;
      case 'reveal':
        if (this.previewing) {
          if (this.previewing.cardId === request.cardId) this.previewing.revealed = true;
          this.post();
        } else if (this.session.reveal(request.cardId)) this.post();
        return;
      case 'endPreview':
        this.previewing = undefined;
        this.updateTitle();
        this.post();
        return;
      case 'close':
        this.dispose();
        return;
      case 'grade': {
        // A preview takes no grade: nothing of it is recorded.
        if (this.previewing) return;
        const review = this.session.grade(request.cardId, request.grade);
        if (!review) return;
        // Counted only once it is in the journal; a failed write throws past this (see handle).
        await this.study.state.recordReview(review);
        this.session.recorded();
        this.post();
        return;
      }
      case 'undo': {
        if (this.previewing) return;
        const reviewId = this.session.undo();
        if (reviewId) await this.study.state.recordUndo(reviewId);
        return;
      }
      case 'studyMore':
        await vscode.commands.executeCommand('loopPrep.studyMore');
        return;
      case 'edit': {
        const card = this.study.library.cards().find((candidate) => candidate.id === request.cardId);
        if (!card) return;
        const position = new vscode.Position(card.card.source.line, 0);
        await vscode.window.showTextDocument(card.uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.Beside });
        return;
      }
    }
  }

  /** Sends the session's current view, and wakes up when the next learning step is due. */
  private post(notice?: string): void {
    if (!this.plan.isLoaded) {
      void this.panel.webview.postMessage({ type: 'state', state: { status: 'loading' } } satisfies ReviewNotification);
      return;
    }
    if (this.resuming) {
      const shown = this.resuming;
      this.resuming = undefined;
      if (shown.preview && shown.cardId !== undefined) {
        this.session.resume({ revealed: false, reviewed: shown.reviewed });
        this.previewing = { cardId: shown.cardId, revealed: shown.revealed };
        this.updateTitle();
      } else {
        this.session.resume(shown);
      }
    }
    // The deck's title is known only once the decks have loaded (a panel restored at start-up).
    this.updateTitle();
    if (this.previewing && this.postPreview(this.previewing)) return;
    const view = this.session.view();
    const imageBase = (cardId: string): string | undefined => {
      const deck = this.study.library.cards().find((card) => card.id === cardId)?.uri;
      return deck ? webviewFolderUri(this.panel.webview, vscode.Uri.joinPath(deck, '..')) : undefined;
    };
    const message: ReviewNotification = { type: 'state', state: toViewState(view, imageBase, notice) };
    this.sent = message.state;
    void this.panel.webview.postMessage(message);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (view.status === 'done' && view.nextDue !== undefined) {
      const wait = view.nextDue - this.study.now();
      // Within the hour: come back by ourselves when the card is due (the study also ticks each minute).
      if (wait > 0 && wait < 3_600_000) this.refreshTimer = setTimeout(() => { this.post(); }, wait + 250);
    }
  }

  /** Sends the previewed card; false when no card has that id any more (the session is shown instead). */
  private postPreview(previewing: { readonly cardId: string; readonly revealed: boolean }): boolean {
    const loaded = this.study.library.cards().find((candidate) => candidate.id === previewing.cardId);
    if (!loaded) {
      this.previewing = undefined;
      this.updateTitle();
      return false;
    }
    const memory = this.study.reviews().memories.get(loaded.id);
    const imageBase = webviewFolderUri(this.panel.webview, vscode.Uri.joinPath(loaded.uri, '..'));
    const hideTitle = !previewing.revealed && loaded.id.endsWith(':reverse');
    const state: ReviewViewState = {
      status: 'card',
      card: { id: loaded.id, deckTitle: loaded.deckTitle, title: hideTitle ? reverseSideTitle : loaded.title, front: loaded.front, back: loaded.back, imageBase },
      stage: memory?.stage ?? 'new',
      revealed: previewing.revealed,
      grades: [],
      progress: { reviewed: this.session.reviewed, remaining: 0 },
      canUndo: false,
      spaceGradesGood: spaceGradesGood(),
      preview: true,
      upcoming: [],
    };
    this.sent = state;
    void this.panel.webview.postMessage({ type: 'state', state } satisfies ReviewNotification);
    return true;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ReviewPanel.current === this) ReviewPanel.current = undefined;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
