import * as vscode from 'vscode';
import type { Loop, Round } from '../../core/rounds/loopFormat';
import { daysBetween, describeDaysLeft } from '../../core/rounds/readiness';
import { studyDayOfDate } from '../../core/scheduling/studyDay';
import { roundPlan } from '../../core/timer/timer';
import type { StudyPlan } from '../plan/studyPlan';
import type { Study } from '../state/study';
import type { ProblemCatalog } from '../problems/problemCatalog';
import type { Services } from '../services';
import type { LoopLibrary } from './loopLibrary';
import type { LoopSelection } from './selection';
import { createRoundsView, todayDate, type RoundsNode, type RoundsTree } from './roundsView';
import { newStory } from './stories';

/** The selected loop, for the Timer's presets, and news of changes to it. */
export interface SelectedLoop {
  selectedLoop(): Loop | undefined;
  readonly onDidChange: vscode.Event<unknown>;
}

/** The selected loop as the Timer reads it: none until the loops have loaded. */
export function selectedLoop(loops: LoopLibrary, selection: LoopSelection): SelectedLoop {
  return { selectedLoop: () => (loops.isLoaded ? selection.selected()?.loop : undefined), onDidChange: selection.onDidChange };
}

/** The Rounds view and the commands on loops, rounds and checklist items. */
export function registerRounds(services: Services, plan: StudyPlan, loops: LoopLibrary, selection: LoopSelection, catalog: ProblemCatalog): vscode.Disposable {
  const { study } = plan;
  const { tree, view, disposable: viewDisposable } = createRoundsView(loops, plan, selection);

  const record = async (node: RoundsNode, checked: boolean): Promise<void> => {
    if (node.kind !== 'item') return;
    try {
      await study.state.recordChecklist(node.loop.id, node.item.id, checked);
    } catch (error) {
      services.log.error('Could not record a checklist tick:', error);
      tree.refresh();
      void vscode.window.showErrorMessage(`Loop Prep could not save that tick: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const onCheckboxes = view.onDidChangeCheckboxState(async (event) => {
    for (const [node, state] of event.items) await record(node, state === vscode.TreeItemCheckboxState.Checked);
  });
  // Tree checkboxes take no keyboard input: Space on a focused item (see package.json's
  // keybindings) or the item's context menu ticks it. On a round, Space expands it as usual.
  // One toggle at a time: a second Space reads the state the first one recorded.
  let toggling: Promise<void> = Promise.resolve();
  const toggle = (argument?: RoundsNode): Promise<void> => {
    toggling = toggling.then(() => toggleNow(argument), () => toggleNow(argument));
    return toggling;
  };
  const toggleNow = async (argument?: RoundsNode): Promise<void> => {
    const nodes = argument ? [argument] : view.selection;
    if (!nodes.some((node) => node.kind === 'item')) {
      await vscode.commands.executeCommand('list.toggleExpand');
      return;
    }
    for (const node of nodes) {
      if (node.kind === 'item') await record(node, !tree.checked(node.loop.id).has(node.item.id));
    }
  };

  const load = setTimeout(() => {
    // After activate() has returned, like the decks: the view fills in when ready.
    Promise.all([study.ready(), loops.reload()]).then(
      () => { view.message = undefined; },
      (error: unknown) => {
        services.log.error('Could not load the Rounds view (loops or journal):', error);
        view.message = `Could not load: ${error instanceof Error ? error.message : String(error)}. See Loop Prep: Show Log; reload the window to retry.`;
      },
    );
  }, 0);
  // Only the interview dates of loops that exist cap flashcard intervals.
  const onLoops = loops.onDidChange(() => { study.state.setLoopIds(new Set(loops.all().map((loaded) => loaded.loop.id))); });

  return vscode.Disposable.from(
    viewDisposable,
    onCheckboxes,
    onLoops,
    new vscode.Disposable(() => { clearTimeout(load); }),
    vscode.commands.registerCommand('loopPrep.toggleChecklistItem', toggle),
    vscode.commands.registerCommand('loopPrep.pickLoop', (loopId?: unknown) => pickLoop(loops, study, selection, tree, loopId)),
    vscode.commands.registerCommand('loopPrep.setInterviewDate', (loopId?: unknown, date?: unknown) => setInterviewDate(loops, study, selection, loopId, date)),
    vscode.commands.registerCommand('loopPrep.startMockRound', (node?: RoundsNode) => startMockRound(selection, node)),
    vscode.commands.registerCommand('loopPrep.openCard', (cardId?: unknown) => openCard(study, cardId)),
    vscode.commands.registerCommand('loopPrep.openProblem', (slug?: unknown) => openProblem(catalog, slug)),
    vscode.commands.registerCommand('loopPrep.newStory', (kind?: unknown, name?: unknown) => newStory(services, study, kind, name)),
  );
}

async function pickLoop(loops: LoopLibrary, study: Study, selection: LoopSelection, tree: RoundsTree, loopId: unknown): Promise<string | undefined> {
  await Promise.all([study.ready(), loops.isLoaded ? undefined : loops.reload()]);
  if (typeof loopId === 'string') {
    if (!loops.all().some((loaded) => loaded.loop.id === loopId)) throw new Error(`No interview loop has the id "${loopId}".`);
    await selection.select(loopId);
    return loopId;
  }
  const current = selection.selected()?.loop.id;
  const picks = loops.all().map(({ loop, builtIn, uri }) => {
    const checked = tree.checked(loop.id).size;
    const items = loop.rounds.reduce((sum, round) => sum + round.checklist.length, 0);
    const date = study.state.roundProgress().interviewDates.get(loop.id);
    return {
      label: loop.title,
      description: [`${loop.rounds.length} rounds`, `${checked}/${items} done`, date ? `interview ${describeDaysLeft(daysBetween(todayDate(), date))}` : ''].filter(Boolean).join(' · '),
      detail: builtIn ? loop.description : `${vscode.workspace.asRelativePath(uri)} · ${loop.description}`,
      picked: loop.id === current,
      loopId: loop.id,
    };
  });
  const pick = await vscode.window.showQuickPick(picks, { title: 'Interview Loop', placeHolder: 'Which interview loop are you preparing for?', matchOnDetail: true });
  if (!pick) return undefined;
  await selection.select(pick.loopId);
  return pick.loopId;
}

async function setInterviewDate(loops: LoopLibrary, study: Study, selection: LoopSelection, loopId: unknown, date: unknown): Promise<void> {
  await Promise.all([study.ready(), loops.isLoaded ? undefined : loops.reload()]);
  const loaded = typeof loopId === 'string' ? loops.all().find((candidate) => candidate.loop.id === loopId) : selection.selected();
  if (!loaded) {
    void vscode.window.showWarningMessage('There is no interview loop to set a date for.');
    return;
  }
  const { loop } = loaded;
  const today = todayDate();
  const current = study.state.roundProgress().interviewDates.get(loop.id);
  let value: string | undefined = typeof date === 'string' ? date : undefined;
  if (value === undefined) {
    value = await vscode.window.showInputBox({
      title: `Set Interview Date: ${loop.title}`,
      prompt: 'The day of the interview, as YYYY-MM-DD. Flashcard intervals will end by then. Leave empty to clear it.',
      placeHolder: 'YYYY-MM-DD',
      value: current ?? '',
      validateInput: (text) => validateDate(text.trim(), today),
    });
    if (value === undefined) return;
  }
  const trimmed = value.trim();
  const problem = validateDate(trimmed, today);
  if (problem && problem.severity === vscode.InputBoxValidationSeverity.Error) throw new Error(problem.message);
  await study.state.recordInterviewDate(loop.id, trimmed === '' ? null : trimmed);
  void vscode.window.showInformationMessage(
    trimmed === ''
      ? `Cleared the interview date of ${loop.title}.`
      : trimmed < today
        ? `${loop.title}: interview on ${trimmed} (${describeDaysLeft(daysBetween(today, trimmed))}). That date has passed, so the scheduler ignores it.`
        : `${loop.title}: interview on ${trimmed} (${describeDaysLeft(daysBetween(today, trimmed))}). Flashcard intervals now end by then.`,
  );
}

function validateDate(text: string, today: string): vscode.InputBoxValidationMessage | undefined {
  if (text === '') return undefined;
  if (studyDayOfDate(text) === undefined) return { message: 'Write the date as YYYY-MM-DD, e.g. 2026-12-04.', severity: vscode.InputBoxValidationSeverity.Error };
  if (text < today) return { message: 'That date has passed: the scheduler ignores past interviews.', severity: vscode.InputBoxValidationSeverity.Warning };
  return undefined;
}

async function startMockRound(selection: LoopSelection, node: RoundsNode | undefined): Promise<string | undefined> {
  let round: Round | undefined = node?.kind === 'round' ? node.round : undefined;
  const loop = node?.kind === 'round' ? node.loop : selection.selected()?.loop;
  if (!loop) return undefined;
  if (!round) {
    round = (await vscode.window.showQuickPick(loop.rounds.map((candidate) => ({ label: candidate.title, description: `${candidate.minutes} min`, detail: candidate.phases.map((phase) => `${phase.title} ${phase.minutes}`).join(' · '), round: candidate })), { title: 'Start Mock Round', placeHolder: 'Which round?' }))?.round;
    if (!round) return undefined;
  }
  return vscode.commands.executeCommand<string | undefined>('loopPrep.startTimer', { plan: roundPlan(loop, round) });
}

async function openCard(study: Study, cardId: unknown): Promise<void> {
  await study.ready();
  // A card link names a note (the id in the card's heading): open its first card.
  const card = study.library.cards().find((candidate) => candidate.card.noteId === cardId);
  if (!card) {
    void vscode.window.showWarningMessage(`No card has the id “${String(cardId)}”.`);
    return;
  }
  const position = new vscode.Position(card.card.source.line, 0);
  await vscode.window.showTextDocument(card.uri, { selection: new vscode.Range(position, position), preview: true });
}

async function openProblem(catalog: ProblemCatalog, slug: unknown): Promise<void> {
  if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) return;
  const problem = await catalog.find(slug);
  if (!problem) {
    void vscode.window.showInformationMessage(`The practice problem “${slug}” is not in this version of Loop Prep's catalog yet.`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(problem.folder, 'README.md'));
}
