import * as vscode from 'vscode';
import type { CardCounts } from '../../core/plan/queue';
import { escapeMarkdown } from '../markdownText';
import { coalesce } from '../coalesce';
import { commandsOnOpen, refreshWhenRowsChange } from '../treeRows';
import { firstRowsWithin } from '../firstRows';
import type { StudyPlan } from '../plan/studyPlan';
import type { LoadedDeck } from './deckLibrary';
import { journalUnavailable } from '../state/studyState';

/** "3 new · 1 learning · 12 due", leaving out what is zero. */
export function describeCounts(counts: CardCounts): string {
  const parts = [
    counts.fresh > 0 ? `${counts.fresh} new` : '',
    counts.learning > 0 ? `${counts.learning} learning` : '',
    counts.due > 0 ? `${counts.due} due` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'nothing due';
}

/** The Flashcards view: one row per deck with its counts; clicking a deck reviews it. */
class FlashcardsTree implements vscode.TreeDataProvider<LoadedDeck> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly plan: StudyPlan) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(element?: LoadedDeck): LoadedDeck[] {
    // An empty list lets the view's welcome text show until the decks have loaded.
    return element ? [] : [...this.plan.study.library.all()];
  }

  getTreeItem(deck: LoadedDeck): vscode.TreeItem {
    const info = deck.parsed.deck;
    const title = info?.title ?? deck.uri.path.split('/').pop() ?? 'Deck';
    // Not made before the plan can be (it would be made again when the loops come).
    const counts = this.plan.isLoaded ? this.plan.counts(info?.id) : { fresh: 0, learning: 0, due: 0 };
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    item.id = deck.uri.toString();
    // Without the journal nothing is known to be due: say so rather than "nothing due".
    const state = this.plan.study.state;
    // Counts wait for the plan (the loops too): a deck's count shown before the loops had
    // loaded could change on its own a moment later.
    const unknown = state.failure ? 'journal not loaded' : this.plan.isLoaded ? undefined : 'loading…';
    item.description = unknown ?? describeCounts(counts);
    const problems = deck.parsed.diagnostics.filter((problem) => problem.severity === 'error').length;
    item.iconPath = new vscode.ThemeIcon(problems > 0 || state.failure ? 'warning' : counts.due + counts.learning > 0 ? 'flame' : 'book');
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escapeMarkdown(title)}**\n\n`);
    if (info?.description) tooltip.appendMarkdown(`${escapeMarkdown(info.description)}\n\n`);
    tooltip.appendMarkdown(`${deck.parsed.cards.length} cards · ${unknown ?? describeCounts(counts)}`);
    if (info && info.rounds.length > 0) tooltip.appendMarkdown(`\n\nRounds: ${info.rounds.map(escapeMarkdown).join(', ')}`);
    if (problems > 0) tooltip.appendMarkdown(`\n\n$(warning) ${problems} problem${problems === 1 ? '' : 's'}: see the Problems panel`);
    tooltip.appendMarkdown(`\n\n${deck.builtIn ? 'Built in' : escapeMarkdown(vscode.workspace.asRelativePath(deck.uri))}`);
    item.tooltip = tooltip;
    item.contextValue = 'loopPrep.deck';
    item.command = { command: 'loopPrep.reviewDeck', title: 'Review Deck', arguments: [info?.id] };
    item.accessibilityInformation = { label: `${title}, ${unknown ?? describeCounts(counts)}` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the Flashcards view; it refreshes whenever the study changes. */
export function registerFlashcardsView(plan: StudyPlan, probes: Map<string, () => unknown>): vscode.Disposable {
  const tree = new FlashcardsTree(plan);
  // The first rows wait (2 s at most) for the counts: see firstRowsWithin and the reload bench.
  const firstRows = firstRowsWithin(() => plan.isLoaded || plan.study.state.failure !== undefined, () => plan.ready(), 2_000);
  const view = vscode.window.createTreeView('loopPrep.flashcards', { treeDataProvider: commandsOnOpen(tree, firstRows), showCollapseAll: false });
  const refresh = refreshWhenRowsChange(tree);
  let noDecks = false;
  const update = (): void => {
    refresh();
    // The welcome says "no decks" only once the library has loaded and found none; until
    // then (and while the rows are on their way) it says "Loading decks…".
    const none = plan.study.library.isLoaded && plan.study.library.all().length === 0;
    if (none !== noDecks) {
      noDecks = none;
      void vscode.commands.executeCommand('setContext', 'loopPrep.noDecks', none);
    }
    // The badge has room for one number: what is due now (learning and reviews); its
    // tooltip says the same three numbers as the status bar.
    const counts = plan.isLoaded ? plan.counts() : { fresh: 0, learning: 0, due: 0 };
    const failure = plan.study.state.failure;
    view.message = failure ? journalUnavailable(failure, 'flashcards') : undefined;
    view.badge = counts.due + counts.learning > 0 ? { value: counts.due + counts.learning, tooltip: `Loop Prep: ${describeCounts(counts)}` } : undefined;
  };
  const later = coalesce(update);
  probes.set('flashcards', () => {
    update();
    const rows = tree.getChildren().map((deck) => {
      const item = tree.getTreeItem(deck);
      return { deck: deck.parsed.deck?.id, label: item.label, description: item.description };
    });
    return { badge: view.badge?.value ?? 0, rows, message: view.message };
  });
  return vscode.Disposable.from(view, tree, later, plan.onDidChange(() => { later.schedule(); }), { dispose: () => probes.delete('flashcards') });
}
