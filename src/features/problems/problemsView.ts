import * as vscode from 'vscode';
import type { ProblemRecord } from '../../core/problems/attempts';
import { describeRecord, describeStatus } from '../../core/problems/describeRecord';
import { coalesce } from '../coalesce';
import type { Study } from '../state/study';
import type { CatalogProblem, ProblemCatalog } from './problemCatalog';
import { commandsOnOpen } from '../treeRows';

/** The Problems view: every catalog problem with its difficulty, target, status and best time. */
class ProblemsTree implements vscode.TreeDataProvider<CatalogProblem> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private problems: readonly CatalogProblem[] = [];

  constructor(
    private readonly catalog: ProblemCatalog,
    private readonly study: Study,
    private readonly records: () => ReadonlyMap<string, ProblemRecord>,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(element?: CatalogProblem): Promise<CatalogProblem[]> {
    if (element) return [];
    this.problems = await this.catalog.all();
    return [...this.problems];
  }

  getTreeItem(problem: CatalogProblem): vscode.TreeItem {
    const { meta } = problem;
    const record = this.records().get(meta.slug);
    const item = new vscode.TreeItem(meta.title, vscode.TreeItemCollapsibleState.None);
    item.id = meta.slug;
    const status = record?.status ?? 'new';
    const memory = this.study.state.problems().memories.get(meta.slug);
    const now = this.study.now();
    const due = memory === undefined ? '' : memory.due <= now ? 'due now' : `due in ${Math.max(1, Math.round((memory.due - now) / 86_400_000))}d`;
    item.description = [meta.difficulty, `${meta.targetMinutes} min`, status === 'new' ? '' : describeRecord(record), due].filter(Boolean).join(' · ');
    item.iconPath = due === 'due now'
      ? new vscode.ThemeIcon('flame', new vscode.ThemeColor('charts.orange'))
      : status === 'solved'
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : status === 'attempted'
        ? new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('testing.iconFailed'))
        : new vscode.ThemeIcon('code');
    const tooltip = new vscode.MarkdownString('', true);
    tooltip.appendText(`${meta.title}\n\n`);
    tooltip.appendMarkdown(`${meta.difficulty} · target ${meta.targetMinutes} min · ${meta.complexity.time} time, ${meta.complexity.space} space\n\n`);
    tooltip.appendText(`Topics: ${meta.topics.join(', ')}\nRounds: ${meta.rounds.join(', ')}\nStatus: ${describeStatus(record)}${memory ? `\nNext review: ${new Date(memory.due).toLocaleDateString()}` : ''}`);
    item.tooltip = tooltip;
    item.contextValue = 'loopPrep.problem';
    item.command = { command: 'loopPrep.scaffoldProblem', title: 'Scaffold Practice Problem', arguments: [{ slug: meta.slug }] };
    item.accessibilityInformation = { label: `${meta.title}, ${meta.difficulty}, ${status}` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The Problems view; `refresh()` redraws it now (it also follows the journal by itself). */
export function registerProblemsView(catalog: ProblemCatalog, study: Study, records: () => ReadonlyMap<string, ProblemRecord>): { disposable: vscode.Disposable; refresh: () => void } {
  const tree = new ProblemsTree(catalog, study, records);
  const view = vscode.window.createTreeView('loopPrep.problems', { treeDataProvider: commandsOnOpen(tree) });
  const refresh = (): void => {
    records(); // folded here, once, rather than by the first row drawn
    tree.refresh();
    const due = study.state.dueProblems().length;
    view.badge = due > 0 ? { value: due, tooltip: `${due} practice problem${due === 1 ? '' : 's'} due again` } : undefined;
  };
  const later = coalesce(refresh);
  return { disposable: vscode.Disposable.from(view, tree, later, study.onDidChange(() => { later.schedule(); })), refresh };
}
