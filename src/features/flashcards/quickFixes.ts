import * as vscode from 'vscode';
import type { DeckFix } from '../../core/decks/types';
import type { DeckLibrary } from './deckLibrary';

/**
 * Quick fixes for deck problems: each correction a diagnostic names, as the parser wrote it
 * out (src/core/decks/fixes.ts), becomes a code action that edits the file.
 */
export function registerDeckQuickFixes(library: DeckLibrary): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    // Decks are .md files wherever they are; by pattern too, in case no Markdown language is installed.
    [{ language: 'markdown' }, { pattern: '**/*.md' }],
    new DeckQuickFixes(library),
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}

class DeckQuickFixes implements vscode.CodeActionProvider {
  constructor(private readonly library: DeckLibrary) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    const ours = context.diagnostics.filter((diagnostic): diagnostic is vscode.Diagnostic & { code: string } => diagnostic.source === 'Loop Prep' && typeof diagnostic.code === 'string');
    // The editor asks at every cursor move: the text is read only where a deck problem is.
    if (ours.length === 0) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const { start, end } = diagnostic.range;
      const key = { code: diagnostic.code, message: diagnostic.message, range: { startLine: start.line, startColumn: start.character, endLine: end.line, endColumn: end.character } };
      for (const fix of this.library.fixesFor(document.uri, text, key)) actions.push(toAction(document.uri, diagnostic, fix));
    }
    return actions;
  }
}

function toAction(uri: vscode.Uri, diagnostic: vscode.Diagnostic, fix: DeckFix): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  action.edit = new vscode.WorkspaceEdit();
  for (const { range, newText } of fix.edits) {
    action.edit.replace(uri, new vscode.Range(range.startLine, range.startColumn, range.endLine, range.endColumn), newText);
  }
  return action;
}
