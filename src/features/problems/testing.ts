import path from 'node:path';
import * as vscode from 'vscode';
import { copyHistory, gradeSolve, problemAttemptEventType, problemReviewEventType, problemScaffoldEventType } from '../../core/problems/attempts';
import { languageFiles } from '../../core/problems/problemFiles';
import { markerFile, parseMarker, practiceRootSegments, type ProblemMarker } from '../../core/problems/scaffold';
import { pythonTestCases, typescriptTestCases } from '../../core/problems/testCases';
import { fileStamp, readDirectory, readText, stampAndText } from '../files';
import type { Study } from '../state/study';
import { Reloader } from '../reloader';
import type { Services } from '../services';
import type { ProblemCatalog } from './problemCatalog';
import { describeRun, testSource, type Verdict } from '../../core/problems/verdict';
import { showNotice } from '../notices';
import { runProcess, type RunOutcome } from './processRunner';
import { resultsById, type CaseResult } from '../../core/problems/caseResults';

const outputLimitBytes = 1024 * 1024;

/** How a run ended for one test item, as the Testing view shows it (the run command returns these, for tests). */
export interface ReportedResult {
  readonly id: string;
  readonly state: 'passed' | 'failed' | 'errored' | 'skipped';
  readonly message?: string;
}

interface ProblemFolder {
  readonly folder: vscode.Uri;
  readonly marker: ProblemMarker;
  readonly testFile: vscode.Uri;
}

/** A problem's item in the Testing view: its title (its slug while the catalog is not read) and language. */
function problemLabel(marker: ProblemMarker, titles: ReadonlyMap<string, string>): string {
  return `${titles.get(marker.problem) ?? marker.problem} (${marker.language === 'python' ? 'Python' : 'TypeScript'})`;
}

/** How many practice folders a discovery starts in one turn of the event loop (see discoverNow). */
const foldersPerTurn = 250;

/**
 * Scaffolded problems in VS Code's Testing view: one item per practice folder, its test
 * cases read from the test file (never by running it). A run spawns Python's unittest or
 * Node's test runner through Loop Prep's runners, reports each case, and records the
 * attempt in the journal. Nothing runs in Restricted Mode.
 */
export class ProblemTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('loopPrep.problems', 'Loop Prep Problems');
  private readonly folders = new Map<string, ProblemFolder>();
  /** What the last discovery read of each folder's marker. */
  private readonly lastRead = new Map<string, { readonly marker: ProblemMarker; readonly markerStamp: string }>();
  /** The test file's time and size when each item's cases were listed. */
  private readonly listedStamp = new Map<string, string>();
  /**
   * Items whose cases are not listed yet. A discovery reads no test file: an item's cases
   * are read when the Testing view expands it, a run needs them, or its test file is open
   * (for the editor's gutter). Reading and listing the cases of 500 problems was most of
   * the first refresh (about 4,000 test items).
   */
  private readonly casesPending = new Set<string>();
  private readonly disposables: { dispose(): unknown }[] = [this.controller];
  /** The last run's verdict where the candidate works (made on the first run). */
  private verdictItem: vscode.StatusBarItem | undefined;
  /** Where the last run's first failure is reported, and its test, for Show First Test Failure. */
  private firstFailure: (vscode.Location & { readonly test?: vscode.TestItem }) | undefined;
  private readonly discovery = new Reloader(() => this.discoverNow(), (error: unknown) => { this.services.log.error('Could not list the practice problems\' tests:', error); });

  constructor(
    private readonly services: Services,
    private readonly catalog: ProblemCatalog,
    private readonly study: Study,
  ) {
    this.controller.resolveHandler = async (item) => {
      if (!item) await this.discover();
      else await this.listCases(item);
    };
    this.controller.refreshHandler = () => this.discover();
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, async (request, token) => { await this.run(request, token); }, true);
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${markerFile},test_solution.py,solution.test.ts}`);
    const later = (): void => { this.discovery.schedule(); };
    this.disposables.push(
      this.discovery, watcher, watcher.onDidCreate(later), watcher.onDidChange(later), watcher.onDidDelete(later),
      vscode.workspace.onDidOpenTextDocument((document) => { void this.listCasesOfOpenFiles([document]); }),
    );
  }

  /**
   * Finds every scaffolded problem and lists its cases. Calls during a discovery share one
   * more after it; a burst of file events becomes one discovery.
   */
  discover(): Promise<void> {
    return this.discovery.reload();
  }

  /**
   * The folders practice problems are scaffolded into: each workspace folder's configured
   * practice folder, and the parent of every folder the journal says a problem was
   * scaffolded into (so problems stay listed after the setting changes). Listing these
   * instead of searching the workspace keeps a refresh with 500 problems within 100 ms:
   * VS Code's file search alone takes longer (npm run bench -- problemsRefresh).
   */
  private practiceRoots(): vscode.Uri[] {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const roots = new Map<string, vscode.Uri>();
    const add = (folder: vscode.WorkspaceFolder, relative: string): void => {
      const root = practiceRootSegments(relative);
      if (!root.ok) return;
      const uri = vscode.Uri.joinPath(folder.uri, ...root.segments);
      roots.set(uri.toString(), uri);
    };
    for (const folder of folders) add(folder, vscode.workspace.getConfiguration('loopPrep.problems', folder).get<string>('practiceFolder', 'practice'));
    const parents = new Set<string>();
    for (const event of this.study.state.journalEvents()) {
      if (event.type !== problemScaffoldEventType) continue;
      const written = (event.data as { folder?: unknown } | null)?.folder;
      if (typeof written === 'string') parents.add(written.split('/').slice(0, -1).join('/'));
    }
    for (const parent of parents) for (const folder of folders) add(folder, parent);
    return [...roots.values()];
  }

  private async discoverNow(): Promise<void> {
    // Without the journal, the configured folders alone; the folders it names too once it
    // has loaded (a discovery then), rather than holding a refresh until it has.
    if (!this.study.state.isLoaded) void this.study.ready().then(() => { this.discovery.schedule(); }, () => undefined);
    // The catalog's titles once it has been read; until then (its files are parsed on the
    // parser's thread, after the decks, seconds after a start) an item is labelled by its
    // slug, and relabelled when the catalog arrives.
    const catalog = this.catalog.loadedProblems();
    if (catalog.length === 0) void this.catalog.all().then(() => { this.relabel(); }, () => undefined);
    const titles = new Map(catalog.map((problem) => [problem.meta.slug, problem.meta.title]));
    const candidates: vscode.Uri[] = [];
    for (const root of this.practiceRoots()) {
      const entries = await readDirectory(root).catch(() => []);
      for (const [name, type] of entries) if (type === vscode.FileType.Directory) candidates.push(vscode.Uri.joinPath(root, name));
    }
    // In parallel, and a file is read only when its time or size changed: with hundreds of
    // practice folders, reading them one at a time is the cost. A folder not seen before
    // has its marker read synchronously (stampAndText), so the folders start in groups of
    // 250 with a turn of the event loop between groups: the host never stalls long.
    const visit = async (folder: vscode.Uri) => {
      const id = folder.toString();
      const before = this.lastRead.get(id);
      const markerUri = vscode.Uri.joinPath(folder, markerFile);
      // A folder not seen before: its marker's stamp and text at once (synchronously, if local).
      const [markerStamp, firstText] = before ? [await fileStamp(markerUri), undefined] : await stampAndText(markerUri);
      if (markerStamp === undefined) return undefined;
      let marker = before?.markerStamp === markerStamp ? before.marker : undefined;
      if (!marker) {
        const text = firstText ?? (await readText(markerUri));
        marker = text === undefined ? undefined : parseMarker(text);
      }
      if (!marker) return undefined;
      const testFile = vscode.Uri.joinPath(folder, path.posix.basename(languageFiles[marker.language].tests));
      // The test file matters only to an item whose cases are listed.
      const listed = this.controller.items.get(id) !== undefined && !this.casesPending.has(id);
      const testChanged = listed && ((await fileStamp(testFile)) ?? 'missing') !== this.listedStamp.get(id);
      const unchanged = this.controller.items.get(id) !== undefined && before?.markerStamp === markerStamp && !testChanged;
      return { id, folder, marker, read: { marker, markerStamp }, testFile, unchanged };
    };
    const visits: ReturnType<typeof visit>[] = [];
    for (let start = 0; start < candidates.length; start += foldersPerTurn) {
      if (start > 0) await new Promise<void>((resolve) => { setImmediate(resolve); });
      for (const folder of candidates.slice(start, start + foldersPerTurn)) visits.push(visit(folder));
    }
    const found = await Promise.all(visits);
    const seen = new Set<string>();
    const added: vscode.TestItem[] = [];
    for (const entry of found) {
      if (!entry) continue;
      const { id, folder, marker, read, testFile, unchanged } = entry;
      seen.add(id);
      this.folders.set(id, { folder, marker, testFile });
      // Unchanged since the last discovery: leave the item (and its cases) as they are.
      if (unchanged) continue;
      this.lastRead.set(id, read);
      const known = this.controller.items.get(id);
      const item = known ?? this.controller.createTestItem(id, '', folder);
      item.label = problemLabel(marker, titles);
      item.description = vscode.workspace.asRelativePath(folder);
      // Its cases are read on demand (listCases); an expanded item's changed cases at once.
      const wasListed = known !== undefined && !this.casesPending.has(id);
      this.casesPending.add(id);
      item.canResolveChildren = true;
      if (!known) added.push(item);
      else if (wasListed) await this.listCases(item);
    }
    // New items and gone ones in one change of the tree, not one per problem.
    if (added.length > 0 || this.controller.items.size > seen.size) {
      const kept: vscode.TestItem[] = [];
      this.controller.items.forEach((item) => { if (seen.has(item.id)) kept.push(item); });
      this.controller.items.replace([...kept, ...added]);
    }
    for (const id of [...this.folders.keys()]) {
      if (seen.has(id)) continue;
      this.folders.delete(id);
      this.lastRead.delete(id);
      this.listedStamp.delete(id);
      this.casesPending.delete(id);
    }
    await this.listCasesOfOpenFiles(vscode.workspace.textDocuments);
  }

  /** Labels every item with its problem's title from the catalog. */
  private relabel(): void {
    const titles = new Map(this.catalog.loadedProblems().map((problem) => [problem.meta.slug, problem.meta.title]));
    for (const [id, problem] of this.folders) {
      const item = this.controller.items.get(id);
      const label = problemLabel(problem.marker, titles);
      if (item && item.label !== label) item.label = label;
    }
  }

  /** Lists a problem's cases from its test file (never by running it), if not listed since the file last changed. */
  private async listCases(item: vscode.TestItem): Promise<void> {
    const problem = this.folders.get(item.id);
    if (!problem || !this.casesPending.has(item.id)) return;
    this.casesPending.delete(item.id);
    // No test file: the problem shows with no cases, and a run says why.
    const [stamp, text] = await Promise.all([fileStamp(problem.testFile), readText(problem.testFile)]);
    this.listedStamp.set(item.id, stamp ?? 'missing');
    const source = text ?? '';
    const cases = problem.marker.language === 'python' ? pythonTestCases(source) : typescriptTestCases(source);
    item.children.replace(cases.map((info) => {
      const child = this.controller.createTestItem(`${item.id}#${info.id}`, info.label, problem.testFile);
      child.range = new vscode.Range(info.line, 0, info.line, 0);
      return child;
    }));
    item.canResolveChildren = false;
  }

  /** The cases of the problems whose test file is open: the editor shows a run button beside each. */
  private async listCasesOfOpenFiles(documents: readonly vscode.TextDocument[]): Promise<void> {
    if (this.casesPending.size === 0) return;
    for (const document of documents) {
      const item = this.itemFor(document.uri);
      if (item && this.folders.get(item.id)?.testFile.toString() === document.uri.toString()) await this.listCases(item);
    }
  }

  /** How many scaffolded problems the last discovery found. */
  get size(): number {
    return this.folders.size;
  }

  /** The problem folder that holds `uri` (a file of a scaffolded problem), if any. */
  itemFor(uri: vscode.Uri): vscode.TestItem | undefined {
    const folder = vscode.Uri.joinPath(uri, '..').toString();
    return this.controller.items.get(folder);
  }

  /** Runs the requested problems; returns what the Testing view was told about each item. */
  async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<ReportedResult[]> {
    // A case runs with the rest of its problem (one process per problem); only the asked-for cases are reported.
    const wanted = new Map<string, Set<string> | 'all'>();
    const add = (item: vscode.TestItem): void => {
      const [problemId, caseId] = item.id.split('#');
      if (!problemId) return;
      const current = wanted.get(problemId);
      if (caseId === undefined) wanted.set(problemId, 'all');
      else if (current !== 'all') wanted.set(problemId, new Set([...(current ?? []), caseId]));
    };
    if (request.include) request.include.forEach(add);
    else this.controller.items.forEach(add);
    for (const excluded of request.exclude ?? []) if (!excluded.id.includes('#')) wanted.delete(excluded.id);

    const run = new RecordedRun(this.controller.createTestRun(request));
    const verdicts: ProblemVerdict[] = [];
    try {
      for (const [problemId, cases] of wanted) {
        if (token.isCancellationRequested) break;
        const item = this.controller.items.get(problemId);
        const problem = this.folders.get(problemId);
        if (!item || !problem) continue;
        const verdict = await this.runProblem(run, item, problem, cases, token);
        if (verdict) verdicts.push(verdict);
      }
    } finally {
      run.end();
    }
    if (!token.isCancellationRequested) this.showVerdict(verdicts);
    return run.reported;
  }

  /**
   * The verdict where the candidate works, not only in the Testing view: the status bar
   * (click for the first failure) and a notification with a button to it.
   */
  private showVerdict(verdicts: readonly ProblemVerdict[]): void {
    if (verdicts.length === 0) return;
    const item = (this.verdictItem ??= vscode.window.createStatusBarItem('loopPrep.testVerdict', vscode.StatusBarAlignment.Left, 40));
    item.name = 'Loop Prep: Test Verdict';
    const failing = verdicts.filter((entry) => !entry.verdict.passedAll);
    this.firstFailure = failing.find((entry) => entry.failure)?.failure;
    const [only] = verdicts;
    const statusText = only && verdicts.length === 1 ? only.verdict.statusText : failing.length === 0 ? `$(pass-filled) ${verdicts.length} problems passed` : `$(error) ${failing.length} of ${verdicts.length} problems failing`;
    const notice = only && verdicts.length === 1 ? only.verdict.notice : failing.length === 0 ? `All tests of ${verdicts.length} problems passed.` : `${failing.length} of ${verdicts.length} problems have failing tests: ${failing.map((entry) => entry.verdict.notice).join(' ')}`;
    item.text = statusText;
    item.tooltip = notice;
    // The theme's own error colours: readable in light, dark and high-contrast themes.
    item.backgroundColor = failing.length > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.command = this.firstFailure ? { command: 'loopPrep.showFirstTestFailure', title: 'Show First Test Failure' } : { command: 'workbench.view.testing.focus', title: 'Show the Testing view' };
    item.accessibilityInformation = { label: notice };
    item.show();
    this.services.probes.set('testVerdict', () => ({ text: item.text, tooltip: item.tooltip, failure: this.firstFailure ? { file: this.firstFailure.uri.fsPath, line: this.firstFailure.range.start.line } : undefined }));
    const action = this.firstFailure ? 'Show First Failure' : undefined;
    void showNotice(this.services, failing.length > 0 ? 'warning' : 'information', notice, ...(action ? [action] : [])).then((choice) => {
      if (choice === action) void this.showFirstFailure();
    });
  }

  /** Opens the test file at the last run's first failure, with its message in the peek view. */
  async showFirstFailure(): Promise<boolean> {
    const failure = this.firstFailure;
    if (!failure) {
      void vscode.window.showInformationMessage('The last run of a practice problem had no failing test.');
      return false;
    }
    await vscode.window.showTextDocument(failure.uri, { selection: new vscode.Range(failure.range.start, failure.range.start), preview: false });
    // The peek under the line, as the gutter's "Peek Error" opens it (VS Code's command takes
    // the test's internal id: the controller's id and the item ids from the root, \0 between).
    const test = failure.test;
    if (test?.parent) await vscode.commands.executeCommand('vscode.peekTestError', [this.controller.id, test.parent.id, test.id].join('\0')).then(undefined, () => false);
    return true;
  }

  private async runProblem(run: RecordedRun, item: vscode.TestItem, problem: ProblemFolder, cases: Set<string> | 'all', token: vscode.CancellationToken): Promise<ProblemVerdict | undefined> {
    await this.listCases(item);
    const children: vscode.TestItem[] = [];
    item.children.forEach((child) => { if (cases === 'all' || cases.has(child.id.split('#')[1] ?? '')) children.push(child); });
    const reported = children.length > 0 ? children : [item];
    for (const child of reported) run.started(child);
    const fail = (message: vscode.TestMessage | string): void => {
      for (const child of reported) run.errored(child, typeof message === 'string' ? new vscode.TestMessage(message) : message);
    };
    if (!vscode.workspace.isTrusted) {
      const reason = 'Loop Prep runs no code in Restricted Mode, so the tests did not run. Trust this workspace to run them.';
      fail(reason);
      void vscode.window.showWarningMessage(reason, 'Manage Workspace Trust').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
      });
      return undefined;
    }
    if (problem.folder.scheme !== 'file') {
      fail('Practice problems run from a folder on disk; this workspace folder is not one.');
      return undefined;
    }
    const config = vscode.workspace.getConfiguration('loopPrep.problems', problem.folder);
    const timeoutSeconds = Math.min(600, Math.max(1, config.get<number>('timeoutSeconds', 10)));
    const memoryLimitMiB = Math.min(1024 * 1024, Math.max(64, config.get<number>('memoryLimitMiB', 2048)));
    const runners = vscode.Uri.joinPath(this.services.extensionUri, 'dist', 'runners').fsPath;
    const cwd = problem.folder.fsPath;
    const [command, args] = problem.marker.language === 'python'
      ? [config.get<string>('pythonPath', '').trim() || (process.platform === 'win32' ? 'python' : 'python3'), [path.join(runners, 'python_runner.py'), cwd, 'test_solution']]
      : [config.get<string>('nodePath', '').trim() || 'node', ['--require', path.join(runners, 'ts-hook.js'), '--test', '--test-reporter', pathToFileUrl(path.join(runners, 'node-reporter.mjs')), 'solution.test.ts']];
    const abort = new AbortController();
    const onCancel = token.onCancellationRequested(() => { abort.abort(); });
    let outcome: RunOutcome;
    try {
      outcome = await runProcess({ command, args, cwd, timeoutMs: timeoutSeconds * 1000, outputLimitBytes, memoryLimitBytes: memoryLimitMiB * 1024 * 1024, signal: abort.signal, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', NODE_OPTIONS: '' } });
    } finally {
      onCancel.dispose();
    }
    if (outcome.output) run.appendOutput(outcome.output.replace(/\r?\n/g, '\r\n'), undefined, item);
    if (outcome.ending === 'failed-to-start') {
      const setting = problem.marker.language === 'python' ? 'loopPrep.problems.pythonPath' : 'loopPrep.problems.nodePath';
      const message = new vscode.MarkdownString(`Could not start \`${command}\` (${outcome.startError?.code ?? 'error'}). Install ${problem.marker.language === 'python' ? 'Python 3.9 or later' : 'Node 20 or later'}, or point [${setting}](command:workbench.action.openSettings?${encodeURIComponent(JSON.stringify(setting))}) at it.`);
      message.isTrusted = { enabledCommands: ['workbench.action.openSettings'] };
      fail(new vscode.TestMessage(message));
      void vscode.window.showErrorMessage(`Loop Prep could not start ${command} to run the tests.`, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', setting);
      });
      return undefined;
    }
    const byId = resultsById(outcome.results);
    const testFile = vscode.Uri.joinPath(problem.folder, path.posix.basename(languageFiles[problem.marker.language].tests));
    const ending = outcome.ending === 'timed-out'
      ? `Timed out after ${timeoutSeconds} s: the tests and every process they started were stopped.`
      : outcome.ending === 'output-limit'
        ? 'Stopped: the tests printed more than 1 MiB. Print less (or nothing) from the solution.'
        : outcome.ending === 'memory-limit'
          ? `Stopped: the tests used more than ${memoryLimitMiB.toLocaleString('en-US')} MiB of memory (loopPrep.problems.memoryLimitMiB); they and every process they started were stopped.`
          : outcome.ending === 'cancelled' ? 'Cancelled.' : undefined;
    const loadError = byId.get('<load>');
    // The test file as run: a failure shows its test as written (the inputs are there).
    const testText = (await readText(testFile)) ?? '';
    const caseLines = [...new Set(this.caseLines(item))].sort((a, b) => a - b);
    let passed = 0;
    let total = 0;
    let firstFailure: { test: string; message: string; location: vscode.Location & { readonly test: vscode.TestItem } } | undefined;
    item.children.forEach((child) => {
      const result = byId.get(child.id.split('#')[1] ?? '');
      total += 1;
      if (result?.status === 'passed') passed += 1;
      if (!reported.includes(child)) return;
      const line = child.range?.start.line;
      const written = line === undefined ? undefined : testSource(testText, line, caseLines.find((start) => start > line));
      if (!result) {
        const message = ending ?? loadError?.message ?? 'This test did not report a result.';
        run.errored(child, new vscode.TestMessage(message));
        firstFailure ??= { test: child.label, message, location: Object.assign(new vscode.Location(testFile, new vscode.Position(line ?? 0, 0)), { test: child }) };
        return;
      }
      const location = this.report(run, child, result, testFile, written);
      if (location && result.status !== 'passed' && result.status !== 'skipped') firstFailure ??= { test: child.label, message: result.message ?? result.status, location: Object.assign(location, { test: child }) };
    });
    if (reported.length === 1 && reported[0] === item) {
      // A problem without listed cases: report the run as a whole.
      if (ending || loadError || byId.size === 0) fail(ending ?? loadError?.message ?? 'No test ran.');
      else run.passed(item);
    }
    if (ending !== 'Cancelled.' && total > 0) await this.recordAttempt(problem, passed, total);
    const stopped = ending ?? (loadError && passed === 0 ? loadError.message : undefined);
    const verdict = describeRun({ title: item.label, passed, total, durationMs: outcome.durationMs, ...(stopped === undefined ? {} : { stopped }), ...(firstFailure ? { firstFailure } : {}) });
    return { verdict, ...(firstFailure ? { failure: firstFailure.location } : {}) };
  }

  /** The 0-based lines where a problem's listed cases start. */
  private caseLines(item: vscode.TestItem): number[] {
    const lines: number[] = [];
    item.children.forEach((child) => { if (child.range) lines.push(child.range.start.line); });
    return lines;
  }

  /**
   * Records the run; the first passing run of a copy also grades the problem for FSRS by
   * the documented rule (gradeSolve) and records its next due date.
   */
  private async recordAttempt(problem: ProblemFolder, passed: number, total: number): Promise<void> {
    const now = this.study.now();
    const folder = vscode.workspace.asRelativePath(problem.folder, false);
    const seconds = Math.max(0, Math.round((now - problem.marker.scaffoldedAt) / 1000));
    const before = copyHistory(this.study.state.journalEvents(), folder);
    await this.study.state.recordEvent(problemAttemptEventType, { problem: problem.marker.problem, language: problem.marker.language, passed, total, seconds, hintsRevealed: before.hintsRevealed, folder });
    if (passed !== total || before.solved) return;
    const meta = await this.catalog.find(problem.marker.problem);
    const grade = gradeSolve({ firstRunPassed: before.attempts === 0, minutes: seconds / 60, targetMinutes: meta?.meta.targetMinutes ?? 30, hintsRevealed: before.hintsRevealed, solutionRevealed: before.solutionRevealed });
    const previous = this.study.state.problems().memories.get(problem.marker.problem);
    const memory = this.study.scheduler().review(previous, grade, now);
    await this.study.state.recordEvent(problemReviewEventType, { problem: problem.marker.problem, grade, memory });
  }

  /** Reports one case's result; for a failure, returns where its message is shown. */
  private report(run: RecordedRun, child: vscode.TestItem, result: CaseResult, testFile: vscode.Uri, written?: string): vscode.Location | undefined {
    if (result.status === 'passed') {
      run.passed(child, result.durationMs);
      return undefined;
    }
    if (result.status === 'skipped') {
      run.skipped(child);
      return undefined;
    }
    // The test as written under the message: what it gave the solution and what it expected.
    const text = `${result.message ?? (result.status === 'failed' ? 'Not equal' : result.status)}${written ? `\n\nThe test:\n${written}` : ''}`;
    const message = result.expected !== undefined && result.actual !== undefined
      ? vscode.TestMessage.diff(text, result.expected, result.actual)
      : new vscode.TestMessage(text);
    const line = typeof result.line === 'number' && result.line > 0 ? result.line - 1 : child.range?.start.line ?? 0;
    message.location = new vscode.Location(testFile, new vscode.Position(line, 0));
    if (result.status === 'failed') run.failed(child, message, result.durationMs);
    else run.errored(child, message, result.durationMs);
    if (result.traceback) run.appendOutput(`${result.traceback.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, child);
    return message.location;
  }

  dispose(): void {
    this.verdictItem?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** One problem's run, as the status bar and the notification tell it. */
interface ProblemVerdict {
  readonly verdict: Verdict;
  readonly failure?: vscode.Location & { readonly test?: vscode.TestItem };
}

/** A test run that keeps the last word it reported on each item, besides telling VS Code. */
class RecordedRun {
  private readonly results = new Map<string, ReportedResult>();

  constructor(private readonly run: vscode.TestRun) {}

  get reported(): ReportedResult[] {
    return [...this.results.values()];
  }

  started(test: vscode.TestItem): void {
    this.run.started(test);
  }

  passed(test: vscode.TestItem, duration?: number): void {
    this.results.set(test.id, { id: test.id, state: 'passed' });
    this.run.passed(test, duration);
  }

  skipped(test: vscode.TestItem): void {
    this.results.set(test.id, { id: test.id, state: 'skipped' });
    this.run.skipped(test);
  }

  failed(test: vscode.TestItem, message: vscode.TestMessage, duration?: number): void {
    this.results.set(test.id, { id: test.id, state: 'failed', message: messageText(message) });
    this.run.failed(test, message, duration);
  }

  errored(test: vscode.TestItem, message: vscode.TestMessage, duration?: number): void {
    this.results.set(test.id, { id: test.id, state: 'errored', message: messageText(message) });
    this.run.errored(test, message, duration);
  }

  appendOutput(output: string, location?: vscode.Location, test?: vscode.TestItem): void {
    this.run.appendOutput(output, location, test);
  }

  end(): void {
    this.run.end();
  }
}

function messageText(message: vscode.TestMessage): string {
  return typeof message.message === 'string' ? message.message : message.message.value;
}

function pathToFileUrl(file: string): string {
  return vscode.Uri.file(file).toString();
}
