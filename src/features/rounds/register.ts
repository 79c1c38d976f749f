import * as vscode from 'vscode';
import type { Loop, Round } from '../../core/rounds/loopFormat';
import { plural } from '../../core/plural';
import { daysBetween, describeDaysLeft } from '../../core/rounds/readiness';
import { addDays, parseInterviewDate, type InterviewDateInput } from '../../core/plan/dates';
import type { StudyPlan } from '../plan/studyPlan';
import type { Study } from '../state/study';
import type { ProblemCatalog } from '../problems/problemCatalog';
import type { Services } from '../services';
import type { LoopLibrary } from './loopLibrary';
import type { LoopSelection } from './selection';
import { createRoundsView, todayDate, type RoundsNode, type RoundsTree } from './roundsView';
import { newStory } from './stories';
import { treeRows } from '../treeRows';

/** The selected loop, for the Timer's presets, and news of changes to it. */
export interface SelectedLoop {
  selectedLoop(): Loop | undefined;
  /** Any loop, by id (once the loops have loaded). */
  loopById(id: string): Promise<Loop | undefined>;
  readonly onDidChange: vscode.Event<unknown>;
}

/** The selected loop as the Timer reads it: none until the loops have loaded. */
export function selectedLoop(loops: LoopLibrary, selection: LoopSelection): SelectedLoop {
  return {
    selectedLoop: () => (loops.isLoaded ? selection.selected()?.loop : undefined),
    loopById: async (id) => {
      await loops.ready();
      return loops.all().find((loaded) => loaded.loop.id === id)?.loop;
    },
    onDidChange: selection.onDidChange,
  };
}

/** The Rounds view and the commands on loops, rounds and checklist items. */
export function registerRounds(services: Services, plan: StudyPlan, loops: LoopLibrary, selection: LoopSelection, catalog: ProblemCatalog): vscode.Disposable {
  const { study } = plan;
  const { tree, view, disposable: viewDisposable } = createRoundsView(loops, plan, selection);
  // For the integration tests: the title's description as shown, and every row as VS Code would get it.
  services.probes.set('roundsDescription', () => view.description);
  services.probes.set('roundsRows', () => JSON.parse(treeRows(tree)) as unknown);
  // For the benchmarks: the loops' reload (a deck reload schedules one; this one can be awaited).
  services.probes.set('reloadLoops', () => loops.reload());

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
    // From the item's context menu: that item.
    if (argument) {
      if (argument.kind === 'item') await record(argument, !tree.checked(argument.loop.id).has(argument.item.id));
      return;
    }
    // From the keybinding, Space means the focused row, but the API shows only the selected
    // one, and arrow keys move the focus without selecting. `list.select` (Enter's command)
    // selects the focused row first: on a checklist item, which has a checkbox, it does
    // nothing else; on a round it expands or collapses it, on a link it opens it, as Enter
    // would. The workbench sends the new selection before the command's reply, so
    // view.selection is the focused row here. `list.select` acts on the list focused last:
    // focusing the view first (a no-op from its own keybinding) keeps it from acting on another.
    await vscode.commands.executeCommand('loopPrep.rounds.focus');
    await vscode.commands.executeCommand('list.select');
    for (const node of view.selection) {
      if (node.kind === 'item') await record(node, !tree.checked(node.loop.id).has(node.item.id));
    }
  };

  const load = setTimeout(() => {
    // After activate() has returned, like the decks: the view fills in when ready.
    Promise.all([study.ready(), loops.ready()]).then(
      () => { view.message = undefined; },
      (error: unknown) => {
        services.log.error('Could not load the Rounds view (loops or journal):', error);
        // The journal's failure is the view's to say (it clears itself once the journal loads).
        if (!study.state.failure) view.message = `Could not load: ${error instanceof Error ? error.message : String(error)}. See Loop Prep: Show Log; reload the window to retry.`;
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
    vscode.commands.registerCommand('loopPrep.startMockRound', (argument?: unknown) => startMockRound(loops, selection, argument)),
    vscode.commands.registerCommand('loopPrep.revealChecklistItem', (loopId?: unknown, itemId?: unknown) => revealChecklistItem(loops, selection, view, loopId, itemId)),
    vscode.commands.registerCommand('loopPrep.openCard', (cardId?: unknown) => openCard(study, cardId)),
    vscode.commands.registerCommand('loopPrep.openProblem', (slug?: unknown) => openProblem(catalog, slug)),
    vscode.commands.registerCommand('loopPrep.newStory', (kind?: unknown, name?: unknown) => newStory(services, study, kind, name)),
  );
}

async function pickLoop(loops: LoopLibrary, study: Study, selection: LoopSelection, tree: RoundsTree, loopId: unknown): Promise<string | undefined> {
  await Promise.all([study.ready(), loops.ready()]);
  if (typeof loopId === 'string') {
    if (!loops.all().some((loaded) => loaded.loop.id === loopId)) throw new Error(`No interview loop has the id "${loopId}".`);
    await selection.select(loopId);
    return loopId;
  }
  const current = selection.selected()?.loop.id;
  type Row = vscode.QuickPickItem & { readonly loopId: string };
  const rows: Row[] = loops.all().map(({ loop, builtIn, uri }) => {
    const checked = tree.checked(loop.id).size;
    const items = loop.rounds.reduce((sum, round) => sum + round.checklist.length, 0);
    const date = study.state.roundProgress().interviewDates.get(loop.id);
    const isCurrent = loop.id === current;
    return {
      // The icon marks it to the eye; "current" says it to a screen reader too.
      label: isCurrent ? `$(check) ${loop.title}` : loop.title,
      description: [isCurrent ? 'current' : '', plural(loop.rounds.length, 'round'), `${checked}/${items} done`, date ? `interview ${describeDaysLeft(daysBetween(todayDate(study), date))}` : ''].filter(Boolean).join(' · '),
      detail: builtIn ? loop.description : `${vscode.workspace.asRelativePath(uri)} · ${loop.description}`,
      loopId: loop.id,
    };
  });
  // The loops keep their order; the current one is highlighted, so Enter keeps it.
  const pick = vscode.window.createQuickPick<Row>();
  pick.title = 'Interview Loop';
  pick.placeholder = 'Which interview loop are you preparing for?';
  pick.matchOnDetail = true;
  pick.items = rows;
  pick.activeItems = rows.filter((row) => row.loopId === current);
  const chosen = await new Promise<Row | undefined>((resolve) => {
    pick.onDidAccept(() => { resolve(pick.selectedItems[0]); pick.hide(); });
    pick.onDidHide(() => { resolve(undefined); pick.dispose(); });
    pick.show();
  });
  if (!chosen) return undefined;
  await selection.select(chosen.loopId);
  return chosen.loopId;
}

async function setInterviewDate(loops: LoopLibrary, study: Study, selection: LoopSelection, loopId: unknown, date: unknown): Promise<void> {
  await Promise.all([study.ready(), loops.ready()]);
  const loaded = typeof loopId === 'string' ? loops.all().find((candidate) => candidate.loop.id === loopId) : selection.selected();
  if (!loaded) {
    void vscode.window.showWarningMessage('There is no interview loop to set a date for.');
    return;
  }
  const { loop } = loaded;
  const today = todayDate(study);
  const current = study.state.roundProgress().interviewDates.get(loop.id);
  let chosen: InterviewDateInput | undefined;
  if (typeof date === 'string') {
    chosen = parseInterviewDate(date, today);
    if (chosen.kind === 'invalid') throw new Error(chosen.message);
  } else {
    chosen = await pickInterviewDate(loop.title, current, today);
    if (!chosen) return;
  }
  if (chosen.kind === 'invalid') return;
  const value = chosen.kind === 'date' ? chosen.date : null;
  await study.state.recordInterviewDate(loop.id, value);
  void vscode.window.showInformationMessage(
    value === null
      ? `Cleared the interview date of ${loop.title}.`
      : `${loop.title}: interview on ${value} (${describeDaysLeft(daysBetween(today, value))}). The Today view paces your plan to it, and flashcard intervals end by then.`,
  );
}

/**
 * A quick pick of dates: the next few weeks to pick from, or a date typed as 2027-01-05,
 * +21d or 3w (shown, checked, as the first row while typing). Undefined when dismissed.
 */
function pickInterviewDate(loopTitle: string, current: string | undefined, today: string): Promise<InterviewDateInput | undefined> {
  type Row = vscode.QuickPickItem & { readonly input?: InterviewDateInput };
  const row = (date: string, label: string): Row => ({ label, description: `${date} · ${describeDaysLeft(daysBetween(today, date))}`, input: { kind: 'date', date } });
  const suggestions: Row[] = [
    ...[1, 2, 3, 4, 6, 8].map((weeks) => row(addDays(today, weeks * 7), `$(calendar) In ${weeks} week${weeks === 1 ? '' : 's'}`)),
    ...(current ? [{ label: '$(close) Clear the date', description: `now ${current}`, input: { kind: 'clear' } as const }] : []),
  ];
  const pick = vscode.window.createQuickPick<Row>();
  pick.title = `Set Interview Date: ${loopTitle}`;
  // The example is always ahead of today.
  pick.placeholder = `Type a date such as ${addDays(today, 21)}, +21d or 3w, or pick one below${current ? ` (now ${current})` : ''}`;
  pick.matchOnDescription = true;
  pick.items = suggestions;
  const update = (value: string): void => {
    if (value.trim() === '') {
      pick.items = suggestions;
      return;
    }
    const input = parseInterviewDate(value, today);
    const typed: Row = input.kind === 'date' ? { ...row(input.date, `$(check) Set to ${input.date}`), alwaysShow: true } : input.kind === 'invalid' ? { label: `$(error) ${input.message}`, alwaysShow: true, input } : { label: '$(close) Clear the date', alwaysShow: true, input };
    pick.items = [typed, ...suggestions];
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: InterviewDateInput | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(value);
      pick.dispose();
    };
    pick.onDidChangeValue(update);
    pick.onDidAccept(() => {
      const input = pick.selectedItems[0]?.input ?? (pick.value.trim() === '' ? undefined : parseInterviewDate(pick.value, today));
      // An invalid row stays: the message says what to type.
      if (!input || input.kind === 'invalid') return;
      finish(input);
    });
    pick.onDidHide(() => { finish(undefined); });
    pick.show();
  });
}

/** A round named by ids, as the Today view and tests pass it: `{ loop, round }`. */
function roundByIds(loops: LoopLibrary, argument: unknown): { loop: Loop; round: Round } | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { loop: loopId, round: roundId } = argument as Record<string, unknown>;
  const loop = loops.all().find((loaded) => loaded.loop.id === loopId)?.loop;
  const round = loop?.rounds.find((candidate) => candidate.id === roundId);
  return loop && round ? { loop, round } : undefined;
}

async function startMockRound(loops: LoopLibrary, selection: LoopSelection, argument: unknown): Promise<string | undefined> {
  const node = isRoundsNode(argument) ? argument : undefined;
  const named = roundByIds(loops, argument);
  let round: Round | undefined = node?.kind === 'round' ? node.round : named?.round;
  const loop = node?.kind === 'round' ? node.loop : named?.loop ?? selection.selected()?.loop;
  if (!loop) return undefined;
  if (!round) {
    round = (await vscode.window.showQuickPick(loop.rounds.map((candidate) => ({ label: candidate.title, description: `${candidate.minutes} min`, detail: candidate.phases.map((phase) => `${phase.title} ${phase.minutes}`).join(' · '), round: candidate })), { title: 'Start Mock Round', placeHolder: 'Which round?' }))?.round;
    if (!round) return undefined;
  }
  // The Timer runs it as an interviewer would: a case, questions, the round's cards or problems.
  // A keybinding's args may choose for the pickers, and shorten the round (`minutes`).
  const { mock, case: caseId, interviewMode, minutes } = (typeof argument === 'object' && argument !== null && !isRoundsNode(argument) ? argument : {}) as Record<string, unknown>;
  return vscode.commands.executeCommand<string | undefined>('loopPrep.startTimer', {
    round: { loop: loop.id, round: round.id, ...(typeof mock === 'string' ? { mock } : {}), ...(typeof caseId === 'string' ? { case: caseId } : {}), ...(typeof minutes === 'number' ? { minutes } : {}) },
    ...(typeof interviewMode === 'boolean' ? { interviewMode } : {}),
  });
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

function isRoundsNode(value: unknown): value is RoundsNode {
  return typeof value === 'object' && value !== null && 'kind' in value && 'loop' in value && typeof (value as { loop: unknown }).loop === 'object';
}

/** Shows a checklist item in the Rounds view (its loop picked, the item selected and expanded): the Today view's items open here. */
async function revealChecklistItem(loops: LoopLibrary, selection: LoopSelection, view: vscode.TreeView<RoundsNode>, loopId: unknown, itemId: unknown): Promise<boolean> {
  await loops.ready();
  const loop = loops.all().find((loaded) => loaded.loop.id === loopId)?.loop;
  const round = loop?.rounds.find((candidate) => candidate.checklist.some((item) => item.id === itemId));
  const item = round?.checklist.find((candidate) => candidate.id === itemId);
  if (!loop || !round || !item) return false;
  if (selection.selected()?.loop.id !== loop.id) await selection.select(loop.id);
  await view.reveal({ kind: 'item', loop, round, item }, { select: true, focus: true, expand: true });
  return true;
}
