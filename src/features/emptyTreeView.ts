import * as vscode from 'vscode';

/**
 * Registers a tree view that has no items yet, so VS Code shows the view's
 * `viewsWelcome` empty state (a view with no provider shows an error instead).
 * Each feature replaces this with its own provider when it lands.
 */
export function registerEmptyTreeView(viewId: string): vscode.Disposable {
  const provider: vscode.TreeDataProvider<never> = {
    getTreeItem: (element) => element,
    getChildren: () => [],
  };
  return vscode.window.createTreeView(viewId, { treeDataProvider: provider });
}
