import * as vscode from 'vscode';
import { foldProblemRecords, type ProblemRecord } from '../../core/problems/attempts';
import type { JournalEvent } from '../../core/journal/journal';
import type { FlashcardStore } from '../flashcards/flashcardStore';
import type { Services } from '../services';
import { ProblemCatalog } from './problemCatalog';
import { registerProblemsView } from './problemsView';
import { isScaffoldRequest, scaffoldProblem } from './scaffoldCommand';

/** The Problems view and the scaffold command. */
export function registerProblems(services: Services, store: FlashcardStore, memento: vscode.Memento): vscode.Disposable {
  const catalog = new ProblemCatalog(services);
  // Folded again only when the journal changed (its array grows or is replaced).
  let cache: { events: readonly JournalEvent[]; length: number; records: Map<string, ProblemRecord> } | undefined;
  const records = (): ReadonlyMap<string, ProblemRecord> => {
    const events = store.journalEvents();
    if (cache?.events !== events || cache.length !== events.length) cache = { events, length: events.length, records: foldProblemRecords(events) };
    return cache.records;
  };
  return vscode.Disposable.from(
    registerProblemsView(catalog, store, records),
    vscode.commands.registerCommand('loopPrep.scaffoldProblem', async (request?: unknown) => {
      await store.ready();
      return scaffoldProblem(services, catalog, store, memento, records, isScaffoldRequest(request) ? request : {});
    }),
  );
}
