import * as vscode from 'vscode';
import { asError } from '../../core/activation';
import { snapshot } from '../../core/timer/timer';
import { rubrics } from '../../core/cases/rubrics';
import type { ReviewDimension, ReviewRating } from '../../core/timer/timerEvents';
// Imported, not loaded through lazyModules: this file is part of the Timer's own lazy bundle.
import { TimerRequest, type TimerNotification, type TimerPreset, type TimerViewState } from '../../webviews/timer/protocol';
import type { Services } from '../services';
import { acceptMessage, setWebviewPage, webviewOptions } from '../webviewPage';
import type { TimerController } from './timerController';
import type { MockInterviewer } from '../mock/interviewer';

/** What the Timer view needs from the rest of Loop Prep. */
export interface TimerViewSource {
  readonly controller: TimerController;
  /** The selected loop's rounds as presets, and the loop's title. */
  presets(): { loopTitle: string | undefined; presets: TimerPreset[] };
  readonly customMinutes: () => number;
  startPreset(id: string): Promise<void>;
  startCustom(minutes: number): Promise<unknown>;
  stop(): Promise<void>;
  openProblem(folder: string): Promise<void>;
  readonly keys: { toggle: string; skip: string };
  /** Fires when the presets change (another loop picked, loops reloaded). */
  readonly onDidChangePresets: vscode.Event<unknown>;
  readonly interviewer: MockInterviewer;
}

/** The Timer view in the Loop Prep container: a webview the host feeds with its clock's state. */
export class TimerViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'loopPrep.timer';
  private view: vscode.WebviewView | undefined;

  constructor(
    private readonly services: Services,
    private readonly source: TimerViewSource,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const { webview } = view;
    webview.options = webviewOptions(this.services);
    setWebviewPage(webview, this.services, { title: 'Timer', bundle: 'timer', styles: ['timer.css'] });
    // The view's listeners live as long as it: VS Code disposes the webview with it.
    const subscriptions = [
      webview.onDidReceiveMessage((raw: unknown) => {
        this.receive(raw).catch((error: unknown) => {
          this.services.log.error('Timer view: could not handle a message:', asError(error));
          void vscode.window.showErrorMessage(asError(error).message);
        });
      }),
      // The page counts the seconds itself; it only needs the host's state when that changes.
      this.source.controller.onDidChange((change) => { if (change === 'state') this.post(); }),
      this.source.onDidChangePresets(() => { if (!this.source.controller.state) this.post(); }),
      this.source.interviewer.onDidChange(() => { this.post(); }),
      // Shown again after being hidden: the page was rebuilt and asks with 'ready'.
    ];
    view.onDidDispose(() => {
      for (const subscription of subscriptions) subscription.dispose();
      if (this.view === view) this.view = undefined;
    });
  }

  /** A message as the page would send it (the integration tests' probe), checked the same way. */
  handle(raw: unknown): Promise<void> {
    return this.receive(raw);
  }

  private async receive(raw: unknown): Promise<void> {
    const request = acceptMessage(TimerRequest, raw, this.services, 'Timer view');
    if (!request) return;
    const { controller } = this.source;
    switch (request.type) {
      case 'ready':
        this.post();
        return;
      case 'startPreset':
        await this.source.startPreset(request.id);
        return;
      case 'startCustom':
        await this.source.startCustom(request.minutes);
        return;
      case 'pause':
        controller.pause();
        return;
      case 'resume':
        controller.resume();
        return;
      case 'skip':
        // The view's button says "Finish" on the last phase: there, skipping ends the session.
        controller.skipPhase(true);
        return;
      case 'stop':
        await this.source.stop();
        return;
      case 'dismiss':
        controller.dismiss();
        return;
      case 'review': {
        const ratings: Partial<Record<ReviewDimension, ReviewRating>> = {};
        for (const [key, value] of Object.entries(request.ratings)) ratings[key] = value;
        const notes: Record<string, string> = {};
        for (const [key, text] of Object.entries<string>(request.notes ?? {})) if (text.trim() !== '') notes[key] = text.trim();
        await controller.review({ session: request.session, rubric: controller.state?.plan.mock?.kind ?? 'design', ratings, ...(Object.keys(notes).length > 0 ? { notes } : {}), ...(request.note?.trim() ? { note: request.note.trim() } : {}) });
        return;
      }
      case 'ask':
        await this.source.interviewer.ask(controller.state);
        return;
      case 'markProbe':
        // Only a probe of the session shown, which has arrived.
        if (controller.state?.session === request.session && controller.state.plan.mock?.probes?.slice(0, controller.state.announced.probes ?? 0).some((probe) => probe.probe === request.probe)) {
          await this.source.interviewer.markProbe(request.session, request.probe, request.answered);
        }
        return;
      case 'openDoc': {
        const doc = controller.state?.plan.mock?.doc;
        const root = vscode.workspace.workspaceFolders?.[0]?.uri;
        if (doc && root) await vscode.window.showTextDocument(vscode.Uri.joinPath(root, ...doc.split('/')), { preview: false, viewColumn: vscode.ViewColumn.One });
        return;
      }
      case 'openStory': {
        const story = this.source.interviewer.stories()[request.index];
        if (story) await vscode.window.showTextDocument(story.uri, { preview: true, viewColumn: vscode.ViewColumn.Beside });
        return;
      }
      case 'showReference':
        if (controller.state?.status === 'ended') await this.source.interviewer.showReference(controller.state);
        return;
      case 'coverage':
        if (controller.state?.session === request.session) await this.source.interviewer.saveCoverage(controller.state, request.covered);
        return;
      case 'openProblem':
        // Only a folder of the session shown: the path came from the webview.
        if (controller.state?.plan.problems?.some((problem) => problem.folder === request.folder)) await this.source.openProblem(request.folder);
        return;
      case 'runCommand':
        await vscode.commands.executeCommand(request.command);
        return;
    }
  }

  /** The state the page renders now. */
  viewState(): TimerViewState {
    const state = this.source.controller.state;
    if (!state) return { status: 'idle', ...this.source.presets(), customMinutes: this.source.customMinutes() };
    const now = this.source.controller.now();
    const view = snapshot(state, now);
    return {
      status: state.status,
      session: state.session,
      kind: state.plan.kind,
      title: state.plan.title,
      phases: view.phases.map((phase, index) => ({ ...phase, minutes: state.plan.phases[index]?.minutes ?? 0 })),
      phase: view.phase,
      totalMs: view.totalMs,
      elapsedMs: view.elapsedMs,
      sentAt: now,
      ...(state.ending ? { ending: state.ending } : {}),
      ...(state.plan.problems ? { problems: state.plan.problems.map((problem) => ({ ...problem })) } : {}),
      ...(state.plan.mock ? { interviewer: this.source.interviewer.view(state) } : {}),
      ...(state.status === 'ended' && (state.plan.kind === 'mock-round' || state.plan.mock !== undefined)
        ? { review: { title: rubrics[state.plan.mock?.kind ?? 'design'].title, dimensions: rubrics[state.plan.mock?.kind ?? 'design'].dimensions.map(({ id, title, hint }) => ({ id, title, hint })), saved: this.source.controller.isReviewed } }
        : {}),
      keys: this.source.keys,
    };
  }

  private post(): void {
    const view = this.view;
    if (!view) return;
    const message: TimerNotification = { type: 'state', state: this.viewState() };
    void view.webview.postMessage(message);
  }
}
