import * as vscode from 'vscode';
import { copyHistory, problemHintEventType, problemSolutionEventType } from '../../core/problems/attempts';
import { languageFiles } from '../../core/problems/problemFiles';
import { markerFile, parseMarker, type ProblemMarker } from '../../core/problems/scaffold';
import type { Study } from '../state/study';
import type { ProblemCatalog } from './problemCatalog';

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

/** "Reveal Hint": the next hint of the open problem, one at a time; each is recorded. Returns the hint shown. */
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
    void vscode.window.showInformationMessage(`All ${hints.length} hints of ${title} are shown. The last: ${hints[hints.length - 1] ?? ''}`);
    return undefined;
  }
  const hint = hints[shown] ?? '';
  await study.state.recordEvent(problemHintEventType, { problem: problem.marker.problem, folder, index: shown });
  const more = shown + 1 < hints.length;
  void vscode.window.showInformationMessage(`${title}, hint ${shown + 1} of ${hints.length}: ${hint}`, ...(more ? ['Next Hint'] : [])).then((choice) => {
    if (choice) void vscode.commands.executeCommand('loopPrep.revealHint', target);
  });
  return hint;
}

/**
 * "Show Reference Solution": after at least one run of this copy, and after a confirmation
 * (it is recorded, and a solve after it counts as Again), opens the reference in an
 * untitled editor: the user's files are not touched. Returns the untitled document's Uri.
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
  const content = await catalog.read(entry, languageFiles[problem.marker.language].reference);
  const document = await vscode.workspace.openTextDocument({ content, language: problem.marker.language });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  // The Uri, not the document: a TextDocument returned through executeCommand never
  // reached the caller in code-server (the integration test hung on it).
  return document.uri;
}
