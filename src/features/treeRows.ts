import * as vscode from 'vscode';

/** A tree whose rows are known at once, as all of Loop Prep's are. */
interface RowsTree<T> {
  getChildren(element?: T): readonly T[];
  getTreeItem(element: T): vscode.TreeItem;
}

function text(value: string | vscode.TreeItemLabel | vscode.MarkdownString | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return 'label' in value ? value.label : value.value;
}

function icon(value: vscode.TreeItem['iconPath']): string | undefined {
  if (value instanceof vscode.ThemeIcon) return `${value.id}/${value.color?.id ?? ''}`;
  if (value instanceof vscode.Uri) return value.toString();
  return value === undefined ? undefined : JSON.stringify(value);
}

/**
 * Everything a tree's rows show, expanded or not, as one string.
 */
export function treeRows<T>(tree: RowsTree<T>): string {
  const rows: unknown[] = [];
  const visit = (element: T | undefined, depth: number): void => {
    for (const child of tree.getChildren(element)) {
      const item = tree.getTreeItem(child);
      rows.push([depth, item.id, text(item.label), item.description, text(item.tooltip), icon(item.iconPath), item.checkboxState, item.collapsibleState, item.contextValue, item.command?.command, item.command?.arguments, item.accessibilityInformation?.label]);
      if (item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) visit(child, depth + 1);
    }
  };
  visit(undefined, 0);
  return JSON.stringify(rows);
}

/** The rows VS Code last fetched or was told to fetch, for each tree that refreshes by refreshWhenRowsChange. */
const shownRows = new WeakMap<object, { shown: string | undefined }>();

/**
 * Refreshes a tree view only when its rows would change. A refresh makes VS Code fetch
 * and draw every row again; the study state fires a change for each load and every
 * minute, and most change no row (for what a refresh did to a click, see commandsOnOpen).
 * Rows VS Code fetched by itself count as shown (see commandsOnOpen): after a reload it
 * often fetched the rows, counts and all, just before the plan's change came, and the
 * refresh that followed was drawn up to a second later on a busy workbench.
 */
export function refreshWhenRowsChange<T>(tree: RowsTree<T> & { refresh(): void }): () => void {
  const state = { shown: undefined as string | undefined };
  shownRows.set(tree, state);
  return () => {
    const rows = treeRows(tree);
    if (rows === state.shown) return;
    state.shown = rows;
    tree.refresh();
  };
}

/**
 * A tree whose rows' commands are given to VS Code when a row is opened (through
 * `resolveTreeItem`), not with the row. VS Code keeps a command that has arguments under an
 * id it throws away when the row is refreshed: a click between that refresh and the redraw
 * ran nothing but an error ("Actual command not found, wanted to execute
 * loopPrep.reviewDeck", seen on CI when a deck was clicked while the counts loaded). Asked
 * for at the click, the id is fresh. Rows without a command are as they were.
 */
export function commandsOnOpen<T>(provider: vscode.TreeDataProvider<T>, rootWaitsFor?: () => Promise<unknown> | undefined): vscode.TreeDataProvider<T> {
  const fetch = (element: T | undefined): vscode.ProviderResult<T[]> => {
    const shown = element === undefined ? shownRows.get(provider) : undefined;
    if (shown) shown.shown = treeRows(provider as RowsTree<T>);
    return provider.getChildren(element);
  };
  const wrapped: vscode.TreeDataProvider<T> = {
    getChildren: (element) => {
      // VS Code asks for the root rows as soon as the view is registered. Answered when
      // they are ready (or rootWaitsFor gives up), they are drawn at once; answered early,
      // the rows that follow wait for a refresh VS Code fetched 0.1–1.1 s after it was
      // fired on a reloading workbench (see firstRowsWithin in firstRows.ts).
      const wait = element === undefined ? rootWaitsFor?.() : undefined;
      return wait ? wait.then(() => fetch(element), () => fetch(element)) : fetch(element);
    },
    getTreeItem: async (element) => {
      const item = await provider.getTreeItem(element);
      if (!item.command) return item;
      // A copy: the provider's own item keeps its command (treeRows compares it).
      const copy = Object.assign(Object.create(Object.getPrototypeOf(item) as object) as vscode.TreeItem, item);
      copy.command = undefined;
      return copy;
    },
    resolveTreeItem: async (item, element) => {
      const { command } = await provider.getTreeItem(element);
      if (command) item.command = command;
      return item;
    },
  };
  if (provider.onDidChangeTreeData) wrapped.onDidChangeTreeData = provider.onDidChangeTreeData;
  if (provider.getParent) wrapped.getParent = (element) => provider.getParent?.(element);
  return wrapped;
}
