import * as vscode from 'vscode';
import { asError } from '../../core/activation';
import { computeStats } from '../../core/scheduling/stats';
import type { StatsNotification, StatsView } from '../../webviews/stats/protocol';
import { coalesce } from '../coalesce';
import { loadProtocols, loadTimer } from '../lazyModules';
import type { Services } from '../services';
import { acceptMessage, setWebviewPage, webviewOptions } from '../webviewPage';
import type { StudyPlan } from '../plan/studyPlan';
import type { Study } from '../state/study';

const viewType = 'loopPrep.stats';

/** The one Stats panel: forecast, heatmap, true retention, per-deck counts and the timed sessions' history, redrawn as the journal grows. */
export class StatsPanel implements vscode.Disposable {
  private static current: StatsPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly study: Study;
  private disposed = false;
  /** How many malformed timer events the log was last told about. */
  private skippedTimerEvents = 0;

  /** Opens the panel, or brings it forward. */
  static show(services: Services, plan: StudyPlan, review: (deckId: string | undefined) => unknown): StatsPanel {
    if (StatsPanel.current) {
      StatsPanel.current.panel.reveal(undefined, false);
      return StatsPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(viewType, 'Flashcard Stats', vscode.ViewColumn.Active, webviewOptions(services));
    StatsPanel.current = new StatsPanel(panel, services, plan, review);
    return StatsPanel.current;
  }

  /** Restores the panel VS Code kept across a window reload. */
  static registerSerializer(services: Services, plan: StudyPlan, review: (deckId: string | undefined) => unknown): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(viewType, {
      deserializeWebviewPanel: (panel: vscode.WebviewPanel): Promise<void> => {
        panel.webview.options = webviewOptions(services);
        StatsPanel.current?.dispose();
        StatsPanel.current = new StatsPanel(panel, services, plan, review);
        return Promise.resolve();
      },
    });
  }



  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
    private readonly plan: StudyPlan,
    private readonly review: (deckId: string | undefined) => unknown,
  ) {
    this.study = plan.study;
    panel.iconPath = vscode.Uri.joinPath(services.extensionUri, 'media', 'loop-prep.svg');
    const { webview } = panel;
    setWebviewPage(webview, services, { title: 'Flashcard Stats', bundle: 'stats', styles: ['stats.css'] });
    // Redrawn once per burst of changes (a review fires several), and only while visible.
    const later = coalesce(() => { this.post(); }, 100);
    this.disposables.push(
      new vscode.Disposable(() => { later.dispose(); }),
      panel.onDidDispose(() => { this.dispose(); }),
      panel.onDidChangeViewState(() => { if (panel.visible) later.schedule(); }),
      webview.onDidReceiveMessage((raw: unknown) => {
        this.receive(raw).catch((error: unknown) => { this.services.log.error('Stats panel:', asError(error)); });
      }),
      plan.onDidChange(() => { if (panel.visible) later.schedule(); }),
    );
  }

  private async receive(raw: unknown): Promise<void> {
    const { StatsRequest } = loadProtocols();
    const request = acceptMessage(StatsRequest, raw, this.services, 'Stats panel');
    if (!request) return;
    switch (request.type) {
      case 'ready':
        await this.study.ready();
        this.post();
        return;
      case 'reviewDeck':
        // Only a deck that exists: the id came from the webview.
        if (this.study.library.all().some((deck) => deck.parsed.deck?.id === request.deckId)) this.review(request.deckId);
        return;
      case 'reviewDue':
        this.review(undefined);
        return;
    }
  }

  private post(): void {
    if (!this.study.isLoaded) {
      void this.panel.webview.postMessage({ type: 'loading' } satisfies StatsNotification);
      return;
    }
    // Folded afresh on each (coalesced, visible-only) redraw: one pass over the journal's types.
    const stats = statsView(this.plan, (skipped) => {
      // Said once per new count, not on every redraw.
      if (skipped.length === this.skippedTimerEvents) return;
      this.skippedTimerEvents = skipped.length;
      if (skipped.length > 0) this.services.log.warn(`Stats panel: ${skipped.length} malformed timer event(s) left out of the history: ${skipped.slice(0, 5).join(', ')}`);
    });
    void this.panel.webview.postMessage({ type: 'stats', stats } satisfies StatsNotification);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (StatsPanel.current === this) StatsPanel.current = undefined;
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** Everything the Stats panel shows (the plan's counts for today's columns); malformed timer events go to `onSkipped`. */
export function statsView(plan: StudyPlan, onSkipped: (ids: readonly string[]) => void = () => undefined): StatsView {
  const { study } = plan;
  const scheduler = study.scheduler();
  const stats = computeStats({
    cards: study.cards(),
    decks: study.library.all().flatMap((deck) => (deck.parsed.deck ? [{ id: deck.parsed.deck.id, title: deck.parsed.deck.title }] : [])),
    memories: study.reviews().memories,
    reviews: study.reviews().reviews,
    clock: scheduler.settings,
    now: study.now(),
  });
  const { foldTimerHistory, summarizeTimerHistory, foldMocks, caseCoverage } = loadTimer();
  const history = foldTimerHistory(study.state.journalEvents());
  onSkipped(history.skipped);
  const decks = stats.decks.map((deck) => ({ ...deck, today: plan.counts(deck.id) }));
  return { ...stats, forecast: [...stats.forecast], heatmap: [...stats.heatmap], decks, todayCounts: plan.counts(), desiredRetention: scheduler.settings.desiredRetention, timed: { ...summarizeTimerHistory(history), coverage: caseCoverage(foldMocks(study.state.journalEvents())) } };
}
