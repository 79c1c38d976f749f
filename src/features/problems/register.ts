import * as vscode from 'vscode';
import type { ProblemRecord } from '../../core/problems/attempts';
import type { Study } from '../state/study';
import type { Services } from '../services';
import type { ProblemCatalog } from './problemCatalog';
import { registerProblemsView } from './problemsView';
import { isScaffoldRequest, scaffoldProblem } from './scaffoldCommand';
import { revealHint, revealSolution } from './hints';
import { ProblemTests } from './testing';
import { registerReferenceSolutions } from './referenceSolution';

/** The Problems view, the scaffold command and the Testing view's problems. */
export function registerProblems(services: Services, study: Study, catalog: ProblemCatalog, memento: vscode.Memento): vscode.Disposable {
  const records = (): ReadonlyMap<string, ProblemRecord> => study.state.problems().records;
  // The test controller (and its file watcher) is made just after activate() returns, or
  // on first use: activation stays within its budget (issue 2: ≤ 20 ms).
  let testsValue: ProblemTests | undefined;
  const getTests = (): ProblemTests => (testsValue ??= new ProblemTests(services, catalog, study));
  const start = setTimeout(() => { getTests(); }, 0);
  const view = registerProblemsView(catalog, study, records);
  return vscode.Disposable.from(
    new vscode.Disposable(() => {
      clearTimeout(start);
      testsValue?.dispose();
    }),
    view.disposable,
    registerReferenceSolutions(catalog, study),
    vscode.commands.registerCommand('loopPrep.refreshProblems', () =>
      vscode.window.withProgress({ location: { viewId: 'loopPrep.problems' }, title: 'Refreshing practice problems' }, async () => {
        // Not waiting for the journal: the Problems view follows it by itself, and the
        // discovery adds the folders it names once it has loaded.
        const tests = getTests();
        await tests.discover();
        view.refresh();
        return tests.size; // how many scaffolded problems were found (for tests and the bench)
      }),
    ),
    vscode.commands.registerCommand('loopPrep.revealHint', (target?: unknown) => revealHint(catalog, study, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand('loopPrep.showReferenceSolution', (target?: unknown, confirmed?: unknown) => revealSolution(catalog, study, target instanceof vscode.Uri ? target : undefined, confirmed === true)),
    vscode.commands.registerCommand('loopPrep.runProblemTests', async (target?: unknown) => {
      const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
      const tests = getTests();
      await tests.discover();
      const item = uri ? tests.itemFor(uri) : undefined;
      if (!item) {
        void vscode.window.showInformationMessage('Open a file of a scaffolded practice problem (its solution or its tests) to run its tests, or use the Testing view.');
        return;
      }
      // Run what the user sees: save the problem's own edited files first (never an
      // untitled editor, which would ask where to save).
      const folder = vscode.Uri.joinPath(item.uri ?? uri ?? vscode.Uri.file('/'), '/').toString();
      for (const document of vscode.workspace.textDocuments) {
        if (document.isDirty && !document.isUntitled && document.uri.toString().startsWith(folder)) await document.save();
      }
      const cancel = new vscode.CancellationTokenSource();
      try {
        // What the Testing view was told about each case (for tests).
        return await tests.run(new vscode.TestRunRequest([item]), cancel.token);
      } finally {
        cancel.dispose();
      }
    }),
    vscode.commands.registerCommand('loopPrep.showFirstTestFailure', () => getTests().showFirstFailure()),
    vscode.commands.registerCommand('loopPrep.scaffoldProblem', async (request?: unknown) => {
      await study.ready();
      return scaffoldProblem(services, catalog, study, memento, records, isScaffoldRequest(request) ? request : {});
    }),
  );
}
