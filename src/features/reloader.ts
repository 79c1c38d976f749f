import * as vscode from 'vscode';
import type { SourceRange } from '../core/decks/types';

/**
 * Runs a library's `load()` so that loads never overlap and none is missed: a reload asked
 * for during a load gets one more load after it (shared by every call made meanwhile), since
 * the load under way may have listed its folders before the change that prompted the call.
 * `schedule()` gathers a burst of file events (several files saved at once, a formatter's
 * save) into one reload after a short pause.
 */
export class Reloader implements vscode.Disposable {
  private loading: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly load: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly pauseMs = 150,
  ) {}

  reload(): Promise<void> {
    if (this.loading) {
      this.queued ??= this.loading.then(
        () => { this.queued = undefined; return this.reload(); },
        () => { this.queued = undefined; return this.reload(); },
      );
      return this.queued;
    }
    this.loading = this.load().finally(() => { this.loading = undefined; });
    return this.loading;
  }

  /** A reload shortly after the last of a burst of calls; errors go to `onError`. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reload().catch(this.onError);
    }, this.pauseMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** A problem in a content file (deck or loop), as the parsers report it. */
export interface ContentProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly range: SourceRange;
}

const severities: Record<ContentProblem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
};

/** How many problems are made into diagnostics before the host's other work gets a turn. */
const problemsPerTurn = 5000;

/**
 * The most problems shown for one file. Each one is an object sent to the Problems panel
 * and kept there; a file with 200,000 of them (an attack, or a deck imported wrong) held up
 * the editor while they were sent, and nobody reads past the first screens of them.
 */
export const problemsShownPerFile = 1_000;

/**
 * Replaces a collection's entries with each file's problems, grouped in one pass (copying a
 * file's list for each of its 50,000 problems took seconds), at most `problemsShownPerFile`
 * of them per file and then one that says how many more there are. The conversion yields
 * every few thousand (a project of many files); the collection changes once, at the end.
 */
export async function publishProblems(collection: vscode.DiagnosticCollection, files: readonly { readonly file: string; readonly diagnostics: readonly ContentProblem[] }[]): Promise<void> {
  const byFile = new Map<string, { list: vscode.Diagnostic[]; more: number; worst: ContentProblem['severity'] }>();
  let converted = 0;
  for (const { file, diagnostics } of files) {
    if (diagnostics.length === 0) continue;
    const entry = byFile.get(file) ?? { list: [], more: 0, worst: 'warning' };
    byFile.set(file, entry);
    for (const problem of diagnostics) {
      if (entry.list.length < problemsShownPerFile) {
        entry.list.push(toDiagnostic(problem));
        converted += 1;
        if (converted % problemsPerTurn === 0) await new Promise((resolve) => setImmediate(resolve));
      } else {
        entry.more += 1;
        if (problem.severity === 'error') entry.worst = 'error';
      }
    }
  }
  collection.clear();
  for (const [file, { list, more, worst }] of byFile) {
    if (more > 0) {
      const last = list.at(-1)?.range.end.line ?? 0;
      list.push(toDiagnostic({ severity: worst, code: 'more-problems', message: `${more.toLocaleString('en')} more problems in this file are not listed (the first ${problemsShownPerFile.toLocaleString('en')} are): fix these and save to see the rest`, range: { startLine: last, startColumn: 0, endLine: last, endColumn: 0 } }));
    }
    collection.set(vscode.Uri.parse(file), list);
  }
}

/** The Problems-panel entry for a content problem, from Loop Prep, with its code. */
export function toDiagnostic(problem: ContentProblem): vscode.Diagnostic {
  const { startLine, startColumn, endLine, endColumn } = problem.range;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(startLine, startColumn, endLine, endColumn), problem.message, severities[problem.severity]);
  diagnostic.source = 'Loop Prep';
  diagnostic.code = problem.code;
  return diagnostic;
}
