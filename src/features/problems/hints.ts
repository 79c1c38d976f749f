import * as vscode from 'vscode';
import { copyHistory, problemHintEventType, problemSolutionEventType } from '../../core/problems/attempts';
import { composeStatement, markerFile, parseMarker, withRevealedHints, type ProblemMarker } from '../../core/problems/scaffold';
import type { Study } from '../state/study';
import type { CatalogProblem, ProblemCatalog } from './problemCatalog';
import { showStatement } from './problemLayout';
import { ReferenceSolutions } from './referenceSolution';

/** The scaffolded problem whose folder holds `uri` (the active editor's file by default). */
async function problemAt(uri: vscode.Uri | undefined): Promise<{ folder: vscode.Uri; marker: ProblemMarker } | undefined> {
  if (!uri) return undefined;
  const folder = vscode.Uri.joinPath(uri, '..');
  try {
    const marker = parseMarker(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, markerFile))));
    return marker ? { folder, marker } : undefined;
  } catch {
    return undefined;
  }
}

function notInProblem(): void {
  void vscode.window.showInformationMessage('Open a file of a scaffolded practice problem (its solution, tests or statement) first.');
}

/**
 * Writes the hints revealed so far into the copy's statement, under "Hints you revealed":
 * the statement is a file Loop Prep generated, and only that section of it is rewritten
 * (the user's notes elsewhere stay). An open statement with unsaved edits is edited in
 * its editor instead, so those edits are kept; a deleted statement is written anew.
 */
async function writeHintsIntoStatement(catalog: ProblemCatalog, entry: CatalogProblem, problem: { folder: vscode.Uri; marker: ProblemMarker }, hints: readonly string[]): Promise<void> {
  const statement = vscode.Uri.joinPath(problem.folder, 'README.md');
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === statement.toString());
  if (open?.isDirty) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(statement, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), withRevealedHints(open.getText(), hints));
    await vscode.workspace.applyEdit(edit);
    return;
  }
  const current = await vscode.workspace.fs.readFile(statement).then((bytes) => new TextDecoder().decode(bytes), async () => composeStatement(entry.meta, await catalog.read(entry, 'README.md'), problem.marker.language));
  const updated = withRevealedHints(current, hints);
  if (updated !== current) await vscode.workspace.fs.writeFile(statement, new TextEncoder().encode(updated));
}

/**
 * "Reveal Hint": the next hint of the open problem, one at a time; each is recorded and
 * written into the copy's statement, whose preview is brought forward (the focus stays).
 * Returns the hint revealed.
 */
export async function revealHint(catalog: ProblemCatalog, study: Study, target?: vscode.Uri): Promise<string | undefined> {
  const problem = await problemAt(target ?? vscode.window.activeTextEditor?.document.uri);
  if (!problem) {
    notInProblem();
    return undefined;
  }
  const entry = await catalog.find(problem.marker.problem);
  if (!entry) return undefined;
  await study.ready();
  const folder = vscode.workspace.asRelativePath(problem.folder, false);
  const shown = copyHistory(study.state.journalEvents(), folder).hintsRevealed;
  const { hints, title } = entry.meta;
  if (shown >= hints.length) {
    await writeHintsIntoStatement(catalog, entry, problem, hints);
    await showStatement(problem.folder, true);
    void vscode.window.showInformationMessage(`${title}: ${hints.length === 1 ? 'its one hint is' : `all ${hints.length} hints are`} in the statement.`);
    return undefined;
  }
  const hint = hints[shown] ?? '';
  await study.state.recordEvent(problemHintEventType, { problem: problem.marker.problem, folder, index: shown });
  await writeHintsIntoStatement(catalog, entry, problem, hints.slice(0, shown + 1));
  await showStatement(problem.folder, true);
  // Short, and no "Next Hint" button: the hint itself stays readable in the statement.
  void vscode.window.showInformationMessage(`${title}: hint ${shown + 1} of ${hints.length} added to the statement.`);
  return hint;
}

/**
 * "Show Reference Solution": after at least one run of this copy, and after a confirmation
 * (it is recorded, and a solve after it counts as Again), opens the reference as a
 * read-only document beside the code: the user's files are not touched, and closing it
 * asks nothing. Returns the document's Uri.
 */
export async function revealSolution(catalog: ProblemCatalog, study: Study, target?: vscode.Uri, confirmed = false): Promise<vscode.Uri | undefined> {
  const problem = await problemAt(target ?? vscode.window.activeTextEditor?.document.uri);
  if (!problem) {
    notInProblem();
    return undefined;
  }
  const entry = await catalog.find(problem.marker.problem);
  if (!entry) return undefined;
  await study.ready();
  const folder = vscode.workspace.asRelativePath(problem.folder, false);
  const history = copyHistory(study.state.journalEvents(), folder);
  if (history.attempts === 0) {
    void vscode.window.showInformationMessage('Run the tests at least once first: the reference solution opens after an attempt.');
    return undefined;
  }
  if (!confirmed && !history.solved) {
    const choice = await vscode.window.showWarningMessage(`Show the reference solution of ${entry.meta.title}?`, { modal: true, detail: 'It is recorded: a solve after seeing it is graded Again, so the problem comes back soon.' }, 'Show Solution');
    if (choice !== 'Show Solution') return undefined;
  }
  await study.state.recordEvent(problemSolutionEventType, { problem: problem.marker.problem, folder });
  const uri = ReferenceSolutions.uri(entry, problem.marker.language);
  const document = await vscode.workspace.openTextDocument(uri);
  // In the first column, as a preview tab: the statements' group stays for statements.
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: true });
  // The Uri, not the document: a TextDocument returned through executeCommand never
  // reached the caller in code-server (the integration test hung on it).
  return document.uri;
}
