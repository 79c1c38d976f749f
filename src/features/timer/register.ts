import * as vscode from 'vscode';
import { formatDuration, parsePlan, snapshot, type TimerAlert, type TimerPlan, type TimerState } from '../../core/timer/timer';
import { uriExists } from '../files';
import type { Study } from '../state/study';
import type { ProblemCatalog } from '../problems/problemCatalog';
import type { SelectedLoop } from '../rounds/register';
import type { Services } from '../services';
import { StateFile } from '../stateFile';
import type { TimerCommand } from './lazyRegister';
import { finalRun, followTestRuns, isCodingSessionRequest, startCodingSession } from './codingSession';
import { InterviewModeRecordError } from '../../core/timer/interviewMode';
import { SteadyClock } from '../../core/timer/steadyClock';
import { hostClockPair } from './hostClock';
import { createInterviewMode } from './interviewMode';
import { registerTimerStatusBar } from './statusBar';
import { TimerController } from './timerController';
import { TimerViewProvider } from './timerView';
import { MockInterviewer } from '../mock/interviewer';
import { isMockContentFile, MockContent } from '../mock/mockContent';
import { isMockRoundRequest, prepareMock, type MockRoundRequest } from '../mock/startMock';
import type { TimerPreset } from '../../webviews/timer/protocol';
import { openProblemLayout } from '../problems/problemLayout';

const customMinutesKey = 'loopPrep.timer.customMinutes';
const interviewOwnerKey = 'loopPrep.interviewMode.owner';

/** Whether a process of this machine is still running (signal 0 only checks). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}


/** A plan given as a command argument (from the Rounds view, a keybinding's args or a test). */
export interface StartTimerRequest {
  readonly plan?: TimerPlan;
  /** A mock round of a loop's round, as an interviewer runs it (the Rounds view, the Today view, tests). */
  readonly round?: MockRoundRequest;
  /** Interview mode for this session: on, off, or (left out) as the setting says. */
  readonly interviewMode?: boolean;
}

/** The command's argument, checked: it may come from a keybinding's args. */
function startTimerRequest(value: unknown): StartTimerRequest {
  if (typeof value !== 'object' || value === null) return {};
  const { plan: raw, interviewMode, round } = value as Record<string, unknown>;
  if (round !== undefined && !isMockRoundRequest(round)) throw new Error('Start Timer was given a round it cannot run: { loop, round } ids, and optionally mock and case.');
  const plan = raw === undefined ? undefined : parsePlan(raw);
  // Coding sessions start from their own command (they scaffold their problems); a title is needed to show.
  if (raw !== undefined && (plan === undefined || plan.kind === 'coding-session' || plan.problems !== undefined || plan.title.trim() === '')) throw new Error('Start Timer was given a plan it cannot run: a title and phases of positive minutes.');
  if (interviewMode !== undefined && typeof interviewMode !== 'boolean') throw new Error('Start Timer: interviewMode must be true or false.');
  return { ...(plan === undefined ? {} : { plan }), ...(round === undefined ? {} : { round }), ...(interviewMode === undefined ? {} : { interviewMode }) };
}

/** The Timer view, its status bar, commands, alerts, timed coding sessions and interview mode. */
/** The Timer's parts, made on first use (see lazyRegister.ts): its view, its commands, and what to dispose. */
export interface TimerFeature {
  readonly provider: vscode.WebviewViewProvider;
  readonly commands: Readonly<Record<TimerCommand, (...args: unknown[]) => unknown>>;
  readonly disposable: vscode.Disposable;
}

/** The Timer, its status bar, commands, alerts, timed coding sessions and interview mode; restores a stored timer at once. */
export function createTimerFeature(services: Services, study: Study, catalog: ProblemCatalog, loops: SelectedLoop, memento: vscode.Memento, stateFilePath: string): TimerFeature {
  const stateFile = new StateFile(stateFilePath, (message) => { services.log.error(message); });
  const controller = new TimerController(services, study, stateFile, (state) => finalRun(state, study), new SteadyClock(hostClockPair()));
  const interviewMode = createInterviewMode(stateFile);
  const mockContent = new MockContent(services, study, catalog);
  const interviewer = new MockInterviewer(mockContent, study);
  const mac = process.platform === 'darwin';
  const keys = { toggle: mac ? '⌥⌘P' : 'Ctrl+Alt+P', skip: mac ? '⌥⌘N' : 'Ctrl+Alt+N' };

  const presets = (): { loopTitle: string | undefined; presets: TimerPreset[] } => {
    const loop = loops.selectedLoop();
    return {
      loopTitle: loop?.title,
      presets: (loop?.rounds ?? []).filter((round) => round.phases.length > 0).map((round) => ({ id: round.id, title: round.title, minutes: round.minutes, phases: round.phases.map(({ title, minutes }) => ({ title, minutes })) })),
    };
  };

  /** Starts a plan; a running timer is replaced only if the user agrees. */
  const start = async (plan: TimerPlan, request: StartTimerRequest = {}): Promise<TimerState | undefined> => {
    if (controller.isActive && controller.state) {
      const running = controller.state;
      const left = formatDuration(snapshot(running, controller.now()).remainingMs);
      const choice = await vscode.window.showWarningMessage(`“${running.plan.title}” is still running (${left} left). Stop it and start “${plan.title}”?`, { modal: true }, 'Stop and Start');
      if (!choice) return undefined;
      controller.stop();
    }
    const state = controller.start(plan);
    await offerInterviewMode(state, request.interviewMode);
    void vscode.commands.executeCommand('loopPrep.timer.focus');
    return state;
  };

  const offerInterviewMode = async (state: TimerState, wanted: boolean | undefined): Promise<void> => {
    const setting = vscode.workspace.getConfiguration('loopPrep.timer').get<string>('interviewMode', 'ask');
    // A custom timer is not an interview: it follows "always" but is never asked about.
    let enable = wanted ?? (setting === 'always' ? true : setting === 'never' || state.plan.kind === 'custom' ? false : undefined);
    if (enable === undefined) {
      // Not modal: the clock is already running while the user decides.
      const choice = await vscode.window.showInformationMessage('Turn on interview mode for this session? Inline and AI completions are off until it ends; your settings come back exactly as they were.', 'Turn On', 'Always', 'Not Now');
      if (choice === 'Always') await vscode.workspace.getConfiguration('loopPrep.timer').update('interviewMode', 'always', vscode.ConfigurationTarget.Global);
      enable = choice === 'Turn On' || choice === 'Always';
    }
    // The session may have ended while the question was open.
    if (!enable || controller.state?.session !== state.session || !controller.isActive) return;
    const overrides = vscode.workspace.getConfiguration('loopPrep.timer').get<Record<string, unknown>>('interviewModeSettings', {});
    // Which extension host turned it on: another window's must not undo it at its start-up.
    await stateFile.update(interviewOwnerKey, { pid: process.pid });
    const { changed, skipped, failed } = await interviewMode.enable(state.session, overrides);
    services.log.info(`Interview mode on: ${changed.join(', ') || 'nothing to change'}${skipped.length > 0 ? `; not installed: ${skipped.join(', ')}` : ''}.`);
    if (failed.length > 0) services.log.warn(`Interview mode could not change ${failed.map((failure) => `${failure.key} (${failure.error})`).join(', ')}.`);
    void vscode.window.showInformationMessage(`Interview mode is on: ${changed.length} setting${changed.length === 1 ? '' : 's'} off until the session ends.`);
  };

  // One restore at a time: the end of a session and the check at start-up may both ask.
  let ending: Promise<void> | undefined;
  const endInterviewMode = (): Promise<void> => {
    ending ??= restoreSettings().finally(() => { ending = undefined; });
    return ending;
  };
  const restoreSettings = async (): Promise<void> => {
    if (!interviewMode.active) return;
    let result: Awaited<ReturnType<typeof interviewMode.restore>>;
    try {
      result = await interviewMode.restore();
    } catch (error) {
      if (!(error instanceof InterviewModeRecordError)) throw error;
      // A damaged record cannot be trusted to write anything back: say so, and let the user drop it.
      services.log.error('Interview mode: the saved settings are damaged:', error);
      const choice = await vscode.window.showErrorMessage(`Loop Prep could not read the settings it saved before interview mode (${error.message}). Check your inline-completion settings by hand.`, 'Forget Saved Settings');
      if (choice) await interviewMode.discard();
      return;
    }
    services.log.info(`Interview mode off: restored ${result.restored.join(', ') || 'nothing'}${result.kept.length > 0 ? `; kept your changes to ${result.kept.join(', ')}` : ''}.`);
    if (result.failed.length > 0) {
      void vscode.window.showErrorMessage(`Loop Prep could not restore ${result.failed.map((failure) => failure.key).join(', ')} after interview mode (${result.failed[0]?.error ?? ''}). It tries again next time it starts.`);
    }
  };

  const startPreset = async (id: string): Promise<void> => {
    const loop = loops.selectedLoop();
    if (!loop?.rounds.some((round) => round.id === id)) throw new Error('That round is no longer in the selected loop.');
    await startMockRound({ loop: loop.id, round: id }, undefined);
  };

  const customPlan = (minutes: number): TimerPlan => ({ kind: 'custom', title: `${minutes}-minute timer`, phases: [{ title: 'Focus', minutes }] });

  /** A one-phase timer; its minutes are offered again next time. */
  const startCustom = async (minutes: number, request: StartTimerRequest = {}): Promise<TimerState | undefined> => {
    await memento.update(customMinutesKey, minutes);
    return start(customPlan(minutes), request);
  };

  const stop = async (confirmed = false): Promise<boolean> => {
    const state = controller.state;
    if (!state || !controller.isActive) return false;
    if (!confirmed) {
      const left = formatDuration(snapshot(state, controller.now()).remainingMs);
      const choice = await vscode.window.showWarningMessage(`Stop “${state.plan.title}” with ${left} left? It is recorded as stopped.`, { modal: true }, 'Stop');
      if (!choice) return false;
    }
    controller.stop();
    return true;
  };

  /** A mock round as an interviewer runs it: a case and its doc, questions, the round's cards, or its problems. */
  const startMockRound = async (request: MockRoundRequest, interviewModeWanted: boolean | undefined): Promise<TimerState | undefined> => {
    const loop = await loops.loopById(request.loop);
    const round = loop?.rounds.find((candidate) => candidate.id === request.round);
    if (!loop || !round) throw new Error('That round is not in the loaded loops.');
    if (controller.isActive && controller.state) {
      // Asked before the pickers: a case chosen and a doc written for nothing would be lost work.
      const running = controller.state;
      const choice = await vscode.window.showWarningMessage(`“${running.plan.title}” is still running (${formatDuration(snapshot(running, controller.now()).remainingMs)} left). Stop it and start a mock “${round.title}”?`, { modal: true }, 'Stop and Start');
      if (!choice) return undefined;
      controller.stop();
    }
    const prepared = await prepareMock({ content: mockContent, study, now: Date.now }, loop, round, request);
    if (prepared === undefined) return undefined;
    if (prepared === 'coding') {
      const slugs = round.checklist.flatMap((item) => item.links.flatMap((link) => ('problem' in link ? [link.problem] : [])));
      const solved = study.state.problems();
      // Unsolved first, at random within each group (a key per slug: a comparator must not be random).
      const fresh = [...new Set(slugs)].map((slug) => ({ slug, key: Number(solved.memories.has(slug)) + Math.random() })).sort((a, b) => a.key - b.key).map((entry) => entry.slug);
      await vscode.commands.executeCommand('loopPrep.startCodingSession', { ...(fresh.length >= 2 ? { slugs: fresh.slice(0, 2) } : { random: 2 }), mock: { loop: loop.id, round: round.id, title: round.title }, ...(interviewModeWanted === undefined ? {} : { interviewMode: interviewModeWanted }) });
      return controller.state;
    }
    const state = await start(prepared.plan, interviewModeWanted === undefined ? {} : { interviewMode: interviewModeWanted });
    if (state) await prepared.afterStart();
    return state;
  };

  const pickAndStart = async (request: StartTimerRequest): Promise<TimerState | undefined> => {
    if (request.round) return startMockRound(request.round, request.interviewMode);
    if (request.plan) return start(request.plan, request);
    const { loopTitle, presets: rounds } = presets();
    const custom = memento.get<number>(customMinutesKey) ?? 45;
    const pick = await vscode.window.showQuickPick(
      [
        ...rounds.map((round) => ({ label: round.title, description: `${round.minutes} min`, detail: round.phases.map((phase) => `${phase.title} ${phase.minutes}`).join(' · '), id: round.id })),
        { label: '$(watch) Custom timer…', description: `last: ${custom} min`, detail: 'One phase, as many minutes as you choose.', id: '' },
      ],
      { title: 'Start Timer', placeHolder: loopTitle ? `A mock round of ${loopTitle}, or a custom timer` : 'A custom timer (pick an interview loop in the Rounds view to time its rounds)', matchOnDetail: true },
    );
    if (!pick) return undefined;
    if (pick.id !== '') {
      const loop = loops.selectedLoop();
      return loop ? startMockRound({ loop: loop.id, round: pick.id }, request.interviewMode) : undefined;
    }
    const text = await vscode.window.showInputBox({
      title: 'Custom Timer',
      prompt: 'How many minutes? (1–600)',
      value: String(custom),
      validateInput: (value) => (/^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 600 ? undefined : 'A whole number of minutes from 1 to 600.'),
    });
    if (text === undefined) return undefined;
    return startCustom(Number(text.trim()), request);
  };

  const openProblem = async (folder: string): Promise<void> => {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!root) return;
    const base = vscode.Uri.joinPath(root, ...folder.split('/'));
    for (const name of ['solution.py', 'solution.ts']) {
      const file = vscode.Uri.joinPath(base, name);
      if (await uriExists(file)) {
        // Its code in the first column, its statement in the statements' group: the session keeps two columns.
        await openProblemLayout(base, file);
        return;
      }
    }
    void vscode.window.showWarningMessage(`${folder} has no solution file any more.`);
  };

  const statusBar = registerTimerStatusBar(controller);
  const provider = new TimerViewProvider(services, {
    controller,
    presets,
    customMinutes: () => memento.get<number>(customMinutesKey) ?? 45,
    startPreset,
    startCustom,
    stop: async () => { await stop(); },
    openProblem,
    keys,
    onDidChangePresets: loops.onDidChange,
    interviewer,
  });

  // For the integration tests: what the page is sent, and a message as the page sends it.
  services.probes.set('timerViewState', () => provider.viewState());
  services.probes.set('timerView', (message) => provider.handle(message));

  const notify = ({ alert, state }: { alert: TimerAlert; state: TimerState }): void => {
    if (alert.kind === 'probe') {
      interviewer.probeArrived(state, alert).catch((error: unknown) => { services.log.error('Could not record the probe:', error); });
      return;
    }
    const config = vscode.workspace.getConfiguration('loopPrep.timer');
    const { title } = state.plan;
    if (alert.kind === 'phase' && config.get<boolean>('notifyPhaseChange', true)) {
      void vscode.window.showInformationMessage(`${title}: now “${alert.title}” (${Number.isInteger(alert.minutes) ? `${alert.minutes} min` : formatDuration(alert.minutes * 60_000)}, phase ${alert.phase + 1} of ${state.plan.phases.length}).`);
    } else if (alert.kind === 'fiveMinutes' && config.get<boolean>('notifyFiveMinutesLeft', true)) {
      void vscode.window.showInformationMessage(`${title}: 5 minutes left.`);
    } else if (alert.kind === 'timeUp' && config.get<boolean>('notifyTimeUp', true)) {
      const message = state.plan.kind === 'coding-session' ? `Time's up: ${title}. Running each problem's tests once more.` : `Time's up: ${title}.`;
      if (state.plan.mock !== undefined || state.plan.kind === 'mock-round') {
        void vscode.window.showInformationMessage(`${message} How did it go?`, 'Rate the Round').then((choice) => {
          if (choice) void vscode.commands.executeCommand('loopPrep.timer.focus');
        });
      } else void vscode.window.showInformationMessage(message);
    }
  };

  // The feature is made after activate() returns (or by the first command), so restoring now is not activation's work.
  const restore = setTimeout(() => {
    controller.restore();
    if (controller.state?.plan.mock) loadMockContent();
    vscode.commands.executeCommand('setContext', 'loopPrep.timerStatus', controller.state?.status ?? 'idle').then(undefined, () => undefined);
    // A session that ended while the window was closed (or crashed) leaves interview mode on:
    // undo it now, unless this window's session still runs or another window's Loop Prep
    // (a live extension host) turned it on.
    const owner = stateFile.get(interviewOwnerKey) as { pid?: unknown } | undefined;
    const ownerAlive = typeof owner?.pid === 'number' && owner.pid !== process.pid && processAlive(owner.pid);
    if (interviewMode.active && !ownerAlive && !(controller.isActive && controller.state?.session === interviewMode.session)) {
      endInterviewMode().catch((error: unknown) => { services.log.error('Could not end interview mode:', error); });
    }
  }, 0);

  let lastStatus = 'idle';
  const disposable = vscode.Disposable.from(
    controller,
    new vscode.Disposable(() => { clearTimeout(restore); clearTimeout(mockContentLater); }),
    statusBar.disposable,
    controller.onAlert(notify),
    controller.onDidEnd((state) => {
      endInterviewMode().catch((error: unknown) => { services.log.error('Could not end interview mode:', error); });
      // Show the summary (and the self-review) unless the user stopped it from the view.
      if (state.ending !== 'stopped') void vscode.commands.executeCommand('loopPrep.timer.focus');
      // A design round ends as a real one does: with the answer to compare against.
      if (state.plan.mock?.kind === 'design') interviewer.showReference(state).catch((error: unknown) => { services.log.error('Could not show the reference outline:', error); });
    }),
    controller.onDidChange(() => {
      const status = controller.state?.status ?? 'idle';
      if (status === lastStatus) return;
      lastStatus = status;
      void vscode.commands.executeCommand('setContext', 'loopPrep.timerStatus', status);
    }),
    followTestRuns(controller, study),
    mockContent,
    interviewer,
    // A user's case or question file saved: its diagnostics (and the cases offered) follow.
    vscode.workspace.onDidSaveTextDocument((document) => { if (isMockContentFile(document.uri)) void mockContent.reload(); }),
  );
  // The view shows the case's prompt and probes once the content has loaded (also after a
  // reload). With no mock round restored, the cases and questions load a few seconds later
  // (their problems then show in the Problems panel): at start-up every count waits for the
  // decks and the journal, and parsing the cases meanwhile slowed them.
  const loadMockContent = (): void => { void mockContent.ready().then(() => { if (controller.state?.plan.mock) interviewer.refresh(); }, () => undefined); };
  const mockContentLater = setTimeout(loadMockContent, 5_000);
  const commands: Record<TimerCommand, (...args: unknown[]) => unknown> = {
    'loopPrep.startTimer': async (request?: unknown) => {
      const state = await pickAndStart(startTimerRequest(request));
      return state?.session;
    },
    'loopPrep.toggleTimer': () => { controller.toggle(); },
    // The Timer view's title shows Resume (a play icon) while paused, Pause while running.
    'loopPrep.resumeTimer': () => { if (controller.state?.status === 'paused') controller.toggle(); },
    'loopPrep.askInterviewer': (fact?: unknown) => interviewer.ask(controller.state, typeof fact === 'number' ? fact : undefined),
    'loopPrep.markProbe': async (argument?: unknown) => {
      const { probe, answered } = (typeof argument === 'object' && argument !== null ? argument : {}) as Record<string, unknown>;
      const state = controller.state;
      if (!state || typeof probe !== 'string' || typeof answered !== 'boolean') throw new Error('Mark Probe needs { probe, answered } during a mock round.');
      await interviewer.markProbe(state.session, probe, answered);
    },
    'loopPrep.skipTimerPhase': () => {
      if (controller.isActive && !controller.skipPhase()) void vscode.window.showInformationMessage('This is the last phase. To end the session now, use Stop Timer.');
    },
    'loopPrep.stopTimer': (confirmed?: unknown) => stop(confirmed === true),
    'loopPrep.startCodingSession': async (request?: unknown) => {
      const parsed = isCodingSessionRequest(request) ? request : {};
      const plan = await startCodingSession(controller, catalog, study, memento, parsed);
      if (!plan || !controller.state) return undefined;
      await offerInterviewMode(controller.state, parsed.interviewMode);
      void vscode.commands.executeCommand('loopPrep.timer.focus');
      return controller.state.session;
    },
    // Read-only: what the timer shows, for keybinding authors and the integration tests.
    'loopPrep.getTimerStatus': async () => {
      await controller.flushed();
      const state = controller.state;
      if (!state) return { status: 'idle', interviewMode: interviewMode.active, statusBar: statusBar.describe() };
      const view = snapshot(state, controller.now());
      await mockContent.ready();
      return { status: state.status, session: state.session, title: state.plan.title, ending: state.ending, remainingMs: view.remainingMs, elapsedMs: view.elapsedMs, phase: view.phase, phaseTitle: state.plan.phases[view.phase]?.title, problems: state.plan.problems, mock: state.plan.mock, interviewer: interviewer.view(state), reviewed: controller.isReviewed, interviewMode: interviewMode.active, statusBar: statusBar.describe() };
    },
  };
  return { provider, commands, disposable };
}
