import * as vscode from 'vscode';
import { markerFile } from '../../core/problems/scaffold';

// One layout for practice problems (issue 17): the code in the first column, the
// statements' previews in one locked group beside it. Every scaffold reuses that group,
// so a timed session of two problems keeps two columns, and a locked group is never the
// one a later file (a deck, a card, a search result) opens in.

/** The Markdown extension's preview as a custom editor: its tab names the file it shows, unlike `markdown.showPreview`'s webview. */
export const statementPreviewType = 'vscode.markdown.preview.editor';

/** The statements this window has opened, and any restored tab of one (found by its marker file). */
const knownStatements = new Set<string>();

async function statementGroup(): Promise<vscode.TabGroup | undefined> {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (!(tab.input instanceof vscode.TabInputCustom) || tab.input.viewType !== statementPreviewType || !tab.input.uri.path.endsWith('/README.md')) continue;
      const marker = vscode.Uri.joinPath(tab.input.uri, '..', markerFile);
      if (knownStatements.has(tab.input.uri.toString()) || (await vscode.workspace.fs.stat(marker).then(() => true, () => false))) {
        knownStatements.add(tab.input.uri.toString());
        return group;
      }
    }
  }
  return undefined;
}

/**
 * Shows a problem's statement in the statements' group: the one that already holds a
 * statement, else a new group beside the first, which is then locked. With
 * `preserveFocus` the focus goes back to where it was.
 */
export async function showStatement(folder: vscode.Uri, preserveFocus: boolean): Promise<void> {
  const statement = vscode.Uri.joinPath(folder, 'README.md');
  const existing = await statementGroup();
  // A statement group the user dragged into the first column would put the code beside it; use the second.
  const column = existing && existing.viewColumn !== vscode.ViewColumn.One ? existing.viewColumn : vscode.ViewColumn.Two;
  const reused = existing?.viewColumn === column;
  const returnTo = vscode.window.activeTextEditor;
  knownStatements.add(statement.toString());
  // Focus moves into the group: `lockEditorGroup` acts on the active group.
  await vscode.commands.executeCommand('vscode.openWith', statement, statementPreviewType, { viewColumn: column, preview: false, preserveFocus: false });
  // A group Loop Prep made is locked once; one it reuses keeps the lock state the user left it in.
  if (!reused) await vscode.commands.executeCommand('workbench.action.lockEditorGroup');
  if (preserveFocus && returnTo && returnTo.viewColumn !== undefined && returnTo.viewColumn !== column) {
    await vscode.window.showTextDocument(returnTo.document, { viewColumn: returnTo.viewColumn, preserveFocus: false, preview: false });
  }
}

/** Opens a problem copy: its statement in the statements' group, its code in the first column with the focus. */
export async function openProblemLayout(folder: vscode.Uri, code: vscode.Uri | undefined): Promise<void> {
  await showStatement(folder, false);
  if (code) await vscode.window.showTextDocument(code, { preview: false, viewColumn: vscode.ViewColumn.One });
}
