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
 * Replaces a collection's entries with each file's problems, grouped in one pass (copying a
 * file's list for each of its 50,000 problems took seconds). A file of 200,000 problems took
 * the host 300 ms to convert in one go, so the conversion yields every few thousand; the
 * collection changes once, at the end.
 */
export async function publishProblems(collection: vscode.DiagnosticCollection, files: readonly { readonly file: string; readonly diagnostics: readonly ContentProblem[] }[]): Promise<void> {
  const byFile = new Map<string, vscode.Diagnostic[]>();
  let converted = 0;
  for (const { file, diagnostics } of files) {
    if (diagnostics.length === 0) continue;
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    for (const problem of diagnostics) {
      list.push(toDiagnostic(problem));
      converted += 1;
      if (converted % problemsPerTurn === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  collection.clear();
  for (const [file, list] of byFile) collection.set(vscode.Uri.parse(file), list);
}

/** The Problems-panel entry for a content problem, from Loop Prep, with its code. */
export function toDiagnostic(problem: ContentProblem): vscode.Diagnostic {
  const { startLine, startColumn, endLine, endColumn } = problem.range;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(startLine, startColumn, endLine, endColumn), problem.message, severities[problem.severity]);
  diagnostic.source = 'Loop Prep';
  diagnostic.code = problem.code;
  return diagnostic;
}
