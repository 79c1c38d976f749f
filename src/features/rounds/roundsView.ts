import * as vscode from 'vscode';
import { journalUnavailable } from '../state/studyState';
import type { ChecklistItem, ChecklistLink, Loop, Round } from '../../core/rounds/loopFormat';
import { daysBetween, describeDaysLeft, explainReadiness, percent, type Readiness } from '../../core/rounds/readiness';
import { plural } from '../../core/plural';
import { escapeMarkdown } from '../markdownText';
import { coalesce } from '../coalesce';
import { commandsOnOpen, refreshWhenRowsChange } from '../treeRows';
import type { StudyPlan } from '../plan/studyPlan';
import type { Study } from '../state/study';
import type { LoopSelection } from './selection';
import type { LoadedLoop, LoopLibrary } from './loopLibrary';

export type RoundsNode =
  | { readonly kind: 'round'; readonly loop: Loop; readonly round: Round }
  | { readonly kind: 'item'; readonly loop: Loop; readonly round: Round; readonly item: ChecklistItem }
  | { readonly kind: 'link'; readonly loop: Loop; readonly item: ChecklistItem; readonly link: ChecklistLink; readonly index: number };

/** Today's local calendar date (YYYY-MM-DD): a countdown to an interview counts calendar days, not study days. */
export function todayDate(study: Study): string {
  // The study day, as the plan and the scheduler count it: after midnight and before the
  // day boundary (4 am by default) it is still yesterday, so the Rounds view and the Today
  // view give the same days left (they once said 21 and 22 at ten past midnight).
  if (study.isLoaded) return new Date(study.scheduler().today(study.now()) * 86_400_000).toISOString().slice(0, 10);
  const now = new Date(study.now());
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The Rounds view: the selected loop's rounds with progress and readiness, their checklist
 * items as checkboxes (ticks are journal events), and each item's links to decks, cards
 * and problems.
 */
export class RoundsTree implements vscode.TreeDataProvider<RoundsNode> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly loops: LoopLibrary,
    private readonly plan: StudyPlan,
    private readonly selection: LoopSelection,
  ) {}

  private get study(): Study {
    return this.plan.study;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The loop the view shows. */
  selected(): LoadedLoop | undefined {
    return this.selection.selected();
  }

  checked(loopId: string): ReadonlySet<string> {
    return this.study.state.roundProgress().checked.get(loopId) ?? new Set();
  }

  readiness(round: Round, loop: Loop): Readiness {
    return this.plan.readiness(loop, round);
  }

  /** The node above `node` (TreeView.reveal needs it). */
  getParent(node: RoundsNode): RoundsNode | undefined {
    if (node.kind === 'item') return { kind: 'round', loop: node.loop, round: node.round };
    if (node.kind === 'link') {
      const round = node.loop.rounds.find((candidate) => candidate.checklist.includes(node.item));
      return round ? { kind: 'item', loop: node.loop, round, item: node.item } : undefined;
    }
    return undefined;
  }

  getChildren(node?: RoundsNode): RoundsNode[] {
    // An empty list lets the view's welcome text show until the loops and the journal load.
    if (!node) {
      const selected = this.selected();
      if (!selected || !this.loops.isLoaded || !this.study.isLoaded) return [];
      return selected.loop.rounds.map((round) => ({ kind: 'round', loop: selected.loop, round }));
    }
    if (node.kind === 'round') return node.round.checklist.map((item) => ({ kind: 'item', loop: node.loop, round: node.round, item }));
    if (node.kind === 'item') return node.item.links.map((link, index) => ({ kind: 'link', loop: node.loop, item: node.item, link, index }));
    return [];
  }

  getTreeItem(node: RoundsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'round':
        return this.roundItem(node.loop, node.round);
      case 'item':
        return this.checklistItem(node.loop, node.round, node.item);
      case 'link':
        return this.linkItem(node.loop, node.item, node.link, node.index);
    }
  }

  private roundItem(loop: Loop, round: Round): vscode.TreeItem {
    const readiness = this.readiness(round, loop);
    const { done, total } = readiness.checklist;
    const item = new vscode.TreeItem(round.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${loop.id}/${round.id}`;
    item.description = `${done}/${total} · ${percent(readiness.score)} ready`;
    // From the percentage shown, so the icon never disagrees with the label (0.7999… shows 79%).
    const shown = Number.parseInt(percent(readiness.score), 10);
    item.iconPath = shown >= 80
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green'))
      : shown >= 40
        ? new vscode.ThemeIcon('target', new vscode.ThemeColor('charts.yellow'))
        : new vscode.ThemeIcon('circle-large-outline');
    const tooltip = new vscode.MarkdownString('', true);
    tooltip.appendMarkdown(`**${escapeMarkdown(round.title)}** · ${round.minutes} min\n\n`);
    tooltip.appendMarkdown(`*Tests:* ${escapeMarkdown(round.tests)}\n\n*Format:* ${escapeMarkdown(round.format)}\n\n`);
    tooltip.appendMarkdown(`*Phases:* ${round.phases.map((phase) => `${escapeMarkdown(phase.title)} ${phase.minutes} min`).join(' → ')}\n\n---\n\n`);
    const date = this.plan.interviewDate(loop);
    const target = date !== undefined && date > todayDate(this.study) ? `the interview on ${date}` : 'today';
    const retention = this.study.isLoaded ? this.study.scheduler().settings.desiredRetention : 0.9;
    tooltip.appendMarkdown(explainReadiness(readiness, target, retention).map(escapeMarkdown).join('\n\n'));
    item.tooltip = tooltip;
    item.contextValue = 'loopPrep.round';
    item.accessibilityInformation = { label: `${round.title}: ${done} of ${total} checklist items done, ${percent(readiness.score)} ready` };
    return item;
  }

  private checklistItem(loop: Loop, round: Round, checklistItem: ChecklistItem): vscode.TreeItem {
    const checked = this.checked(loop.id).has(checklistItem.id);
    const item = new vscode.TreeItem(checklistItem.title, checklistItem.links.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `${loop.id}/${round.id}/${checklistItem.id}`;
    item.checkboxState = {
      state: checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: checked ? 'Done: untick if it needs more practice' : 'Tick when you can do this on demand',
      accessibilityInformation: { label: checked ? 'done' : 'not done' },
    };
    const counts = { deck: 0, card: 0, problem: 0 };
    for (const link of checklistItem.links) counts['deck' in link ? 'deck' : 'card' in link ? 'card' : 'problem'] += 1;
    item.description = [
      counts.deck > 0 ? plural(counts.deck, 'deck') : '',
      counts.card > 0 ? plural(counts.card, 'card') : '',
      counts.problem > 0 ? plural(counts.problem, 'problem') : '',
    ].filter(Boolean).join(' · ');
    // The row shows the short title; the whole of what to be able to do is in the tooltip.
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(checklistItem.title)}**\n\n${escapeMarkdown(checklistItem.text)}\n\n${checked ? '$(check) Done' : 'Not done yet'}${checklistItem.links.length > 0 ? ' · expand for what to practise' : ''}`, true);
    item.contextValue = 'loopPrep.checklistItem';
    // A screen reader cannot hover: it reads the whole text after the title.
    item.accessibilityInformation = { label: `${checklistItem.title}. ${checklistItem.text}${item.description ? ` (${item.description})` : ''}` };
    return item;
  }

  private linkItem(loop: Loop, checklistItem: ChecklistItem, link: ChecklistLink, index: number): vscode.TreeItem {
    const item = new vscode.TreeItem('', vscode.TreeItemCollapsibleState.None);
    item.id = `${loop.id}/${checklistItem.id}/${index}`;
    if ('deck' in link) {
      const deck = this.study.library.all().find((loaded) => loaded.parsed.deck?.id === link.deck);
      const counts = this.plan.counts(link.deck);
      item.label = deck?.parsed.deck?.title ?? link.deck;
      item.description = deck ? `deck · ${counts.fresh} new · ${counts.due + counts.learning} due` : 'deck not found';
      item.iconPath = new vscode.ThemeIcon(deck ? 'library' : 'warning');
      item.command = { command: 'loopPrep.reviewDeck', title: 'Review Deck', arguments: [link.deck] };
      item.tooltip = deck ? `Review the deck “${item.label}”` : `No deck has the id “${link.deck}”.`;
    } else if ('card' in link) {
      // A card link names a note; a reversed or cloze note has several cards.
      const noteCards = this.study.library.cardsOfNote(link.card);
      const card = noteCards[0];
      const { memories } = this.study.reviews();
      const reviewed = noteCards.some((candidate) => memories.has(candidate.id));
      const now = this.study.now();
      const recall = this.study.isLoaded && noteCards.length > 0 ? noteCards.reduce((sum, candidate) => sum + this.study.scheduler().retrievability(memories.get(candidate.id), now), 0) / noteCards.length : 0;
      item.label = card?.title ?? link.card;
      item.description = card ? `card · ${card.deckTitle} · ${reviewed ? `recall ${percent(recall)}` : 'not reviewed yet'}` : 'card not found';
      item.iconPath = new vscode.ThemeIcon(card ? 'note' : 'warning');
      item.command = { command: 'loopPrep.previewCard', title: 'Preview Card', arguments: [link.card] };
      item.tooltip = card ? `Preview the card “${card.title}”: question first, nothing recorded` : `No card has the id “${link.card}”.`;
    } else {
      const solved = this.study.state.problems().solved.has(link.problem);
      item.label = link.problem;
      item.description = `problem · ${solved ? 'solved' : 'not solved yet'}`;
      item.iconPath = new vscode.ThemeIcon(solved ? 'pass' : 'code');
      item.command = { command: 'loopPrep.openProblem', title: 'Open Problem', arguments: [link.problem] };
      item.tooltip = `Practice problem “${link.problem}”`;
    }
    item.contextValue = 'loopPrep.checklistLink';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The view title's description: "TikTok MLE loop · interview in 12 days". */
export function describeLoop(loop: Loop, plan: StudyPlan): string {
  const date = plan.interviewDate(loop);
  if (!date) return loop.title;
  const days = daysBetween(todayDate(plan.study), date);
  return `${loop.title} · interview ${describeDaysLeft(days)}`;
}

/** Creates the view; it refreshes when loops, decks, reviews or ticks change. */
export function createRoundsView(loops: LoopLibrary, plan: StudyPlan, selection: LoopSelection): { tree: RoundsTree; view: vscode.TreeView<RoundsNode>; disposable: vscode.Disposable } {
  const tree = new RoundsTree(loops, plan, selection);
  // Ticking an item must not tick its parent or children: each item is its own.
  const view = vscode.window.createTreeView('loopPrep.rounds', { treeDataProvider: commandsOnOpen(tree), manageCheckboxStateManually: true, showCollapseAll: true });
  const refresh = refreshWhenRowsChange(tree);
  let journalMessage: string | undefined;
  const later = coalesce(() => {
    refresh();
    const selected = tree.selected();
    view.description = selected && plan.isLoaded ? describeLoop(selected.loop, plan) : undefined;
    // Without the journal the ticks are unknown: say why, and clear it once the journal loads.
    const failure = plan.study.state.failure;
    if (failure) view.message = journalMessage = journalUnavailable(failure, 'rounds');
    else if (journalMessage !== undefined && view.message === journalMessage) view.message = journalMessage = undefined;
  });
  const disposable = vscode.Disposable.from(
    view,
    tree,
    later,
    // The plan changes with the loops, the selection, the decks and the journal.
    plan.onDidChange(() => { later.schedule(); }),
  );
  return { tree, view, disposable };
}
