import * as vscode from 'vscode';
import { problemSolutionEventType } from '../../core/problems/attempts';
import { languageFiles, parseSolutionDocumentPath, solutionDocumentPath, solutionScheme, type ProblemLanguage } from '../../core/problems/problemFiles';
import type { Study } from '../state/study';
import type { CatalogProblem, ProblemCatalog } from './problemCatalog';

/**
 * The reference solutions as read-only documents (`loop-prep-solution:/<slug>/<Title>
 * (reference).py`): never a dirty untitled buffer that asks to be saved on close, and
 * no file of the user's is touched. A solution is served once the journal records that it
 * was revealed for that problem; before, the document says how to reveal it.
 */
export class ReferenceSolutions implements vscode.TextDocumentContentProvider {
  constructor(private readonly catalog: ProblemCatalog, private readonly study: Study) {}

  static uri(problem: CatalogProblem, language: ProblemLanguage): vscode.Uri {
    return vscode.Uri.from({ scheme: solutionScheme, path: solutionDocumentPath(problem.meta.slug, problem.meta.title, language) });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const named = parseSolutionDocumentPath(uri.path);
    const problem = named ? await this.catalog.find(named.slug) : undefined;
    if (!named || !problem) return 'Loop Prep has no reference solution at this address.\n';
    await this.study.ready();
    const revealed = this.study.state.journalEvents().some((event) => event.type === problemSolutionEventType && (event.data as { problem?: unknown } | null)?.problem === named.slug);
    if (!revealed) return `Open a file of your copy of ${problem.meta.title} and run "Loop Prep: Show Reference Solution" to see it (it is recorded).\n`;
    return this.catalog.read(problem, languageFiles[named.language].reference);
  }
}

export function registerReferenceSolutions(catalog: ProblemCatalog, study: Study): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(solutionScheme, new ReferenceSolutions(catalog, study));
}
