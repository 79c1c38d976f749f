import * as vscode from 'vscode';
import { attemptData, problemAttemptEventType } from '../../core/problems/attempts';
import { languageFiles, problemLanguages, type ProblemLanguage } from '../../core/problems/problemFiles';
import { pickRandomProblems } from '../../core/problems/pickProblems';
import { languageLabels } from '../../core/problems/scaffold';
import { recordRun, type TimerPlan, type TimerProblem, type TimerState } from '../../core/timer/timer';
import { uriExists } from '../files';
import type { Study } from '../state/study';
import type { CatalogProblem, ProblemCatalog } from '../problems/problemCatalog';
import type { TimerController } from './timerController';

// The same key the Scaffold command remembers the language under.
const lastLanguageKey = 'loopPrep.problems.lastLanguage';

/** What a caller (a test, a keybinding's args) may decide instead of the pickers. */
export interface CodingSessionRequest {
  readonly slugs?: readonly string[];
  /** Pick this many random medium problems, like an online assessment. */
  readonly random?: number;
  readonly language?: ProblemLanguage;
  /** Interview mode for this session: on, off, or (left out) as the setting says. */
  readonly interviewMode?: boolean;
  /** The session's length instead of the problems' target minutes added up. */
  readonly minutes?: number;
  /** Started as a mock round of a loop's round: the self-review then asks the coding rubric. */
  readonly mock?: { readonly loop: string; readonly round: string; readonly title: string };
}

export function isCodingSessionRequest(value: unknown): value is CodingSessionRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { slugs, random, language, interviewMode, minutes, mock } = value as Record<string, unknown>;
  const mockRound = mock === null ? {} : (mock as Record<string, unknown> | undefined);
  return (slugs === undefined || (Array.isArray(slugs) && slugs.every((slug) => typeof slug === 'string')))
    && (random === undefined || (typeof random === 'number' && Number.isInteger(random) && random > 0 && random <= 5))
    && (language === undefined || language === 'python' || language === 'typescript')
    && (interviewMode === undefined || typeof interviewMode === 'boolean')
    && (minutes === undefined || (typeof minutes === 'number' && minutes > 0 && minutes <= 600))
    && (mockRound === undefined || (typeof mockRound === 'object' && typeof mockRound['loop'] === 'string' && typeof mockRound['round'] === 'string' && typeof mockRound['title'] === 'string'));
}

/**
 * "Start Timed Coding Session…": picks problems (or two random medium ones), scaffolds
 * them, and starts one clock with their target minutes added up. A problem's clock stops
 * at its first all-passing run; at time-up every problem's tests run once more and that
 * final state is what the journal records. Returns the session's plan, or undefined when
 * the user cancelled.
 */
export async function startCodingSession(controller: TimerController, catalog: ProblemCatalog, study: Study, memento: vscode.Memento, request: CodingSessionRequest): Promise<TimerPlan | undefined> {
  if (controller.isActive) {
    void vscode.window.showWarningMessage('A timer is already running. Stop it before starting a timed coding session.');
    return undefined;
  }
  if (!vscode.workspace.isTrusted) {
    // Solve times come from test runs, and Restricted Mode runs no code.
    void vscode.window.showWarningMessage('A timed coding session records solve times from test runs, and Loop Prep runs no code in Restricted Mode. Trust this workspace to start one.', 'Manage Workspace Trust').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
    });
    return undefined;
  }
  if ((vscode.workspace.workspaceFolders ?? []).length === 0) {
    void vscode.window.showWarningMessage('Open a folder first: the session\'s problems are written into it, with their tests.', 'Open Folder…').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  await study.ready();
  const all = await catalog.all();
  const chosen = await chooseProblems(all, request, study);
  if (!chosen || chosen.length === 0) return undefined;
  const language = request.language ?? (await chooseLanguage(memento));
  if (!language) return undefined;
  await memento.update(lastLanguageKey, language);

  const problems: TimerProblem[] = [];
  for (const problem of chosen) {
    // A new copy each time ("-2", "-3"…): a timed solve starts from the stub.
    const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: problem.meta.slug, language, whenTaken: 'new' });
    if (!folder) throw new Error(`Could not scaffold ${problem.meta.title}; the session did not start.`);
    problems.push({ problem: problem.meta.slug, title: problem.meta.title, folder: vscode.workspace.asRelativePath(folder, false), targetMinutes: problem.meta.targetMinutes });
  }
  const minutes = request.minutes ?? problems.reduce((sum, problem) => sum + problem.targetMinutes, 0);
  const plan: TimerPlan = {
    kind: 'coding-session',
    title: `${request.mock ? `${request.mock.title}: ` : 'Timed coding: '}${problems.map((problem) => problem.title).join(' + ')}`,
    phases: [{ title: 'Coding', minutes }],
    problems,
    ...(request.mock ? { loop: request.mock.loop, round: request.mock.round, mock: { kind: 'coding' as const } } : {}),
  };
  controller.start(plan);
  return plan;
}

/** Follows the journal's test runs of the running session's problems: a pass stops that problem's clock. */
export function followTestRuns(controller: TimerController, study: Study): vscode.Disposable {
  let seen = study.state.journalEvents().length;
  return study.onDidChange(() => {
    const events = study.state.journalEvents();
    // The journal was replaced (another data directory): start counting from its end.
    if (events.length < seen) seen = events.length;
    const fresh = events.slice(seen);
    seen = events.length;
    if (!controller.isActive || !controller.state?.plan.problems) return;
    for (const event of fresh) {
      const attempt = event.type === problemAttemptEventType ? attemptData(event.data) : undefined;
      if (attempt?.folder !== undefined) controller.recordRun(attempt.folder, attempt.passed, attempt.total);
    }
  });
}

/** At time-up: every problem's tests once more (in a trusted workspace), recorded into the ended session. */
export async function finalRun(state: TimerState, study: Study): Promise<TimerState> {
  let final = state;
  if (!vscode.workspace.isTrusted) return final;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) return final;
  for (const problem of state.plan.problems ?? []) {
    const folder = vscode.Uri.joinPath(root, ...problem.folder.split('/'));
    // The copy's language is whichever solution file it has (also after a reload, when only the plan is known).
    let solution: vscode.Uri | undefined;
    for (const language of problemLanguages) {
      const candidate = vscode.Uri.joinPath(folder, languageFiles[language].stub.split('/').pop() ?? '');
      if (await uriExists(candidate)) {
        solution = candidate;
        break;
      }
    }
    if (!solution) continue;
    const before = study.state.journalEvents().length;
    await vscode.commands.executeCommand('loopPrep.runProblemTests', solution);
    const run = study.state.journalEvents().slice(before).map((event) => (event.type === problemAttemptEventType ? attemptData(event.data) : undefined)).filter((attempt) => attempt?.folder === problem.folder).at(-1);
    if (!run) continue;
    final = recordRun(final, problem.folder, run.passed, run.total, final.endedAt ?? Date.now(), true);
  }
  return final;
}

async function chooseProblems(all: readonly CatalogProblem[], request: CodingSessionRequest, study: Study): Promise<CatalogProblem[] | undefined> {
  if (request.slugs) {
    return request.slugs.map((slug) => {
      const found = all.find((problem) => problem.meta.slug === slug);
      if (!found) throw new Error(`No practice problem is called "${slug}".`);
      return found;
    });
  }
  if (request.random !== undefined) return randomMedium(all, request.random, study);
  const mode = await vscode.window.showQuickPick(
    [
      { label: '$(question) Two random medium problems', detail: 'Like an online assessment: two problems (ones you have not attempted first), one clock with both target times added up.', random: true },
      { label: '$(list-selection) Choose problems…', detail: 'Pick one or more problems from the catalog.', random: false },
    ],
    { title: 'Start Timed Coding Session (1/2)', placeHolder: 'Which problems?' },
  );
  if (!mode) return undefined;
  if (mode.random) return randomMedium(all, 2, study);
  const picks = await vscode.window.showQuickPick(
    all.map((problem) => ({ label: problem.meta.title, description: `${problem.meta.difficulty} · ${problem.meta.targetMinutes} min`, detail: problem.meta.topics.join(', '), problem })),
    { title: 'Start Timed Coding Session (2/2)', placeHolder: 'Pick the problems to solve against the clock', canPickMany: true, matchOnDescription: true, matchOnDetail: true },
  );
  return picks?.map((pick) => pick.problem);
}

/** `count` random medium problems, never attempted ones first; a note says when there were too few of those. */
function randomMedium(all: readonly CatalogProblem[], count: number, study: Study): CatalogProblem[] {
  const { picked, note } = pickRandomProblems(all, study.state.problems().records, count);
  if (note) void vscode.window.showInformationMessage(note);
  return [...picked];
}

async function chooseLanguage(memento: vscode.Memento): Promise<ProblemLanguage | undefined> {
  const last = memento.get<ProblemLanguage>(lastLanguageKey) ?? 'python';
  const order: ProblemLanguage[] = last === 'python' ? ['python', 'typescript'] : ['typescript', 'python'];
  const pick = await vscode.window.showQuickPick(order.map((language) => ({ label: languageLabels[language], language })), { title: 'Start Timed Coding Session: language', placeHolder: 'Which language?' });
  return pick?.language;
}
