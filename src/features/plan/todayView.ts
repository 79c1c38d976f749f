import * as vscode from 'vscode';
import { journalUnavailable } from '../state/studyState';
import type { DayPlan, PlanBlock } from '../../core/plan/model';
import { describeDaysLeft } from '../../core/rounds/readiness';
import { coalesce } from '../coalesce';
import { commandsOnOpen, refreshWhenRowsChange } from '../treeRows';
import { firstRowsWithin } from '../firstRows';
import { escapeMarkdown } from '../markdownText';
import type { StudyPlan } from './studyPlan';
import { plural } from '../../core/plural';

/** A row of the Today view: a block of today's plan, or one round's share of the new cards. */
export type TodayNode = { readonly kind: 'block'; readonly block: PlanBlock; readonly index: number } | { readonly kind: 'round'; readonly title: string; readonly count: number };

/** "25 min", "1 h 5 min". */
export function minutesText(minutes: number): string {
  const rounded = Math.max(0, Math.round(minutes));
  return rounded >= 60 ? `${Math.floor(rounded / 60)} h${rounded % 60 > 0 ? ` ${rounded % 60} min` : ''}` : `${rounded} min`;
}


/** Whether a block is done: its work is done today (a block with nothing in it counts as done). */
export function blockDone(block: PlanBlock): boolean {
  switch (block.kind) {
    case 'reviews':
    case 'new':
      return block.done >= block.count;
    default:
      return block.done;
  }
}

/** The label, description and action of a block, as the Today view shows it. */
export function describeBlock(block: PlanBlock): { label: string; description: string; tooltip: string; command: vscode.Command | undefined } {
  const time = `~${minutesText(block.minutes)}`;
  switch (block.kind) {
    case 'reviews':
      return {
        label: 'Reviews',
        description: block.count === 0 ? 'nothing due' : `${block.done} of ${block.count} · ${time}`,
        tooltip: 'Cards on the long-term schedule that are due, weakest first before an interview; the plan holds as many as fit in the day.',
        command: block.count > block.done ? { command: 'loopPrep.reviewDueCards', title: 'Review Due Cards' } : undefined,
      };
    case 'new':
      return {
        label: 'New cards',
        description: block.count === 0 ? 'none today' : `${block.done} of ${block.count} · ${time}`,
        tooltip: `New cards, mixed across decks with the weakest rounds first${block.rounds.length > 0 ? `: ${block.rounds.map((round) => `${round.title} ${round.count}`).join(', ')}` : ''}. One card of a note a day.`,
        command: block.count > block.done ? { command: 'loopPrep.reviewDueCards', title: 'Review Due Cards' } : undefined,
      };
    case 'problem':
      return {
        label: block.title,
        description: block.done ? 'problem · solved today' : `problem · ${minutesText(block.minutes)} · ${block.reason === 'due' ? 'due again' : block.reason === 'weak' ? `for ${block.round ?? 'a weak spot'}` : `for ${block.round ?? 'the weakest round'}`}`,
        tooltip: block.reason === 'due'
          ? 'A problem you solved before, due again on its FSRS schedule.'
          : block.reason === 'weak'
            ? `Not solved yet, and linked from ${block.round ?? 'a dimension'} of your self-reviews, rated Weak twice in a row. Runs as a timed coding session.`
            : `Not solved yet, and linked from the weakest round${block.round ? ` (${block.round})` : ''}. Runs as a timed coding session.`,
        command: block.done ? undefined : { command: 'loopPrep.startCodingSession', title: 'Start Timed Coding Session', arguments: [{ slugs: [block.slug] }] },
      };
    case 'item':
      return {
        label: block.title,
        description: block.done ? 'ticked today' : `${minutesText(block.minutes)} · ${block.round}`,
        tooltip: `${block.text}\n\nA checklist item of ${block.round}: work on it until you can do it on demand, then tick it.`,
        command: { command: 'loopPrep.revealChecklistItem', title: 'Show in the Rounds View', arguments: [block.loop, block.item] },
      };
    case 'mock':
      return {
        label: block.title,
        description: block.done ? 'mock round · done today' : `mock round · ${minutesText(block.minutes)}`,
        tooltip: 'A full mock of this round, phase by phase, with a self-review at the end. The plan puts one mock of each round kind before the interview, the last two days before it.',
        command: block.done ? undefined : { command: 'loopPrep.startMockRound', title: 'Start Mock Round', arguments: [{ loop: block.loop, round: block.round }] },
      };
  }
}

const icons: Record<PlanBlock['kind'], string> = { reviews: 'history', new: 'sparkle', problem: 'code', item: 'checklist', mock: 'mortar-board' };

/** The Today view: today's plan, block by block, ticked as each is done. */
export class TodayTree implements vscode.TreeDataProvider<TodayNode> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly plan: StudyPlan) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Today's plan, or undefined while the decks and the journal load. */
  current(): DayPlan | undefined {
    return this.plan.isLoaded ? this.plan.today() : undefined;
  }

  getChildren(node?: TodayNode): TodayNode[] {
    if (!node) {
      // An empty list lets the view's welcome text ("Loading…") show until the plan is ready.
      const plan = this.current();
      return plan ? plan.blocks.map((block, index) => ({ kind: 'block', block, index })) : [];
    }
    if (node.kind === 'block' && node.block.kind === 'new') return node.block.rounds.map((round) => ({ kind: 'round', title: round.title, count: round.count }));
    return [];
  }

  getTreeItem(node: TodayNode): vscode.TreeItem {
    if (node.kind === 'round') {
      const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.None);
      item.description = plural(node.count, 'new card');
      item.iconPath = new vscode.ThemeIcon('circle-small');
      return item;
    }
    const { block } = node;
    const shown = describeBlock(block);
    const done = blockDone(block);
    const item = new vscode.TreeItem(shown.label, block.kind === 'new' && block.rounds.length > 0 && !done ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `today/${block.kind}/${block.kind === 'problem' ? block.slug : block.kind === 'item' ? block.item : block.kind === 'mock' ? block.round : ''}`;
    item.description = shown.description;
    item.iconPath = done ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green')) : new vscode.ThemeIcon(icons[block.kind]);
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(shown.label)}**${done ? ' · done' : ''}\n\n${escapeMarkdown(shown.tooltip)}`);
    if (shown.command) item.command = shown.command;
    item.contextValue = `loopPrep.today.${block.kind}${done ? '.done' : ''}`;
    item.accessibilityInformation = { label: `${shown.label}, ${done ? 'done' : shown.description}` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The view title's description: "interview in 21 days · 58 of 60 min". */
export function describeToday(plan: DayPlan, budgetMinutes: number): string {
  // Short: the sidebar cuts the rest (the loop's name is in the Rounds view's title).
  return `${plan.interview ? `interview ${describeDaysLeft(plan.interview.daysLeft)}` : 'no interview date'} · ${Math.round(plan.minutes)} of ${budgetMinutes} min`;
}

/** Registers the Today view; it follows the plan. */
export function createTodayView(plan: StudyPlan, budget: () => number, probes: Map<string, () => unknown>): { tree: TodayTree; view: vscode.TreeView<TodayNode>; disposable: vscode.Disposable } {
  const tree = new TodayTree(plan);
  const firstRows = firstRowsWithin(() => plan.isLoaded || plan.study.state.failure !== undefined, () => plan.ready(), 2_000);
  const view = vscode.window.createTreeView('loopPrep.today', { treeDataProvider: commandsOnOpen(tree, firstRows), showCollapseAll: false });
  const refresh = refreshWhenRowsChange(tree);
  const update = (): void => {
    refresh();
    const today = tree.current();
    view.description = today ? describeToday(today, budget()) : undefined;
    // What will not fit, and what would: said where the plan is, not in a toast. Without
    // the journal there is no plan to make: say why rather than "Loading…" for ever.
    const failure = plan.study.state.failure;
    view.message = failure ? journalUnavailable(failure, 'today') : today && today.warnings.length > 0 ? today.warnings.join(' ') : undefined;
    // No badge of its own: the container's badge is the Flashcards view's, the cards due now.
  };
  const later = coalesce(update);
  probes.set('today', () => {
    update();
    const rows = tree.getChildren().map((node) => {
      const item = tree.getTreeItem(node);
      return { kind: node.kind === 'block' ? node.block.kind : 'round', label: item.label, description: item.description, done: node.kind === 'block' && blockDone(node.block) };
    });
    return { description: view.description, message: view.message, rows, plan: tree.current() };
  });
  return { tree, view, disposable: vscode.Disposable.from(view, tree, later, plan.onDidChange(() => { later.schedule(); }), { dispose: () => probes.delete('today') }) };
}
