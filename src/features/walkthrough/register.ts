import * as vscode from 'vscode';
import { walkthroughContextKeys, walkthroughId, walkthroughProgress, type WalkthroughStep } from '../../core/walkthrough/progress';
import type { LoopSelection } from '../rounds/selection';
import type { Services } from '../services';
import type { Study } from '../state/study';

/** Set once the walkthrough has been opened after the first install, so it opens only once per user. */
const shownKey = 'loopPrep.walkthrough.shown';

/**
 * The Get Started walkthrough: the command that opens it, its opening once after the first
 * install, and the context keys its steps complete on, each set from what the learner did
 * (a loop picked, a review recorded, a problem's tests run, a mock round started).
 */
export function registerWalkthrough(services: Services, study: Study, selection: LoopSelection, context: vscode.ExtensionContext): vscode.Disposable {
  const fullId = `${context.extension.id}#${walkthroughId}`;
  const open = (): Thenable<unknown> => vscode.commands.executeCommand('workbench.action.openWalkthrough', fullId, false);
  const set: Partial<Record<WalkthroughStep, boolean>> = {};
  const update = (): void => {
    // VS Code keeps a step done once it was; with every step done there is nothing left to tell it.
    if (!study.state.isLoaded || (Object.keys(set).length === Object.keys(walkthroughContextKeys).length && Object.values(set).every(Boolean))) return;
    const selected = selection.selected()?.loop.id;
    const progress = walkthroughProgress({
      loopPicked: selection.picked,
      interviewDateSet: (selected !== undefined && study.state.roundProgress().interviewDates.has(selected)) || vscode.workspace.getConfiguration('loopPrep.flashcards').get<string>('interviewDate', '') !== '',
      dailyMinutesSet: vscode.workspace.getConfiguration('loopPrep.plan').inspect('dailyMinutes')?.globalValue !== undefined,
      reviewCount: study.state.reviews().reviews.length,
      problemAttempts: study.state.problems().records.size,
      timerStartKinds: study.state.journalEvents().filter((event) => event.type === 'timer.start').map((event) => String((event.data as { kind?: unknown } | undefined)?.kind)),
    });
    for (const step of Object.keys(progress) as WalkthroughStep[]) {
      // Only changes go to the workbench: the journal changes on every review.
      if (set[step] === progress[step]) continue;
      set[step] = progress[step];
      void vscode.commands.executeCommand('setContext', walkthroughContextKeys[step], progress[step]);
    }
  };
  // After activate() has returned: the keys need the journal, and opening the walkthrough is no part of activation.
  const later = setTimeout(() => {
    study.ready().then(update, () => undefined);
    if (context.extensionMode !== vscode.ExtensionMode.Production || context.globalState.get(shownKey) === true) return;
    // VS Code opens a walkthrough itself when an extension is installed from the Extensions
    // view; not after `code --install-extension` or a .vsix. Its own setting turns both off.
    if (!vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true)) return;
    void context.globalState.update(shownKey, true).then(open).then(undefined, (error: unknown) => { services.log.error('Could not open the Get Started walkthrough:', error); });
  }, 0);
  return vscode.Disposable.from(
    new vscode.Disposable(() => { clearTimeout(later); }),
    vscode.commands.registerCommand('loopPrep.openWalkthrough', open),
    study.onDidChange(update),
    selection.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((event) => { if (event.affectsConfiguration('loopPrep.plan.dailyMinutes') || event.affectsConfiguration('loopPrep.flashcards.interviewDate')) update(); }),
  );
}
