import * as vscode from 'vscode';
import { formatDuration, snapshot, warningMs } from '../../core/timer/timer';
import type { TimerController } from './timerController';

/** The running timer in the status bar: remaining time and phase; a click shows the Timer view. */
export function registerTimerStatusBar(controller: TimerController): { disposable: vscode.Disposable; describe(): { visible: boolean; text: string; tooltip: string } } {
  // Left of the due-cards item (priority 50): the clock is what matters during a round.
  const item = vscode.window.createStatusBarItem('loopPrep.timer', vscode.StatusBarAlignment.Left, 51);
  item.name = 'Loop Prep: Timer';
  item.command = 'loopPrep.timer.focus';
  let visible = false;
  const update = (): void => {
    const state = controller.state;
    if (!state || state.status === 'ended') {
      item.hide();
      visible = false;
      return;
    }
    const view = snapshot(state, controller.now());
    const remaining = formatDuration(view.remainingMs);
    const phase = state.plan.phases[view.phase]?.title ?? '';
    const multiPhase = state.plan.phases.length > 1;
    const paused = state.status === 'paused';
    item.text = `${paused ? '$(debug-pause)' : '$(clock)'} ${remaining}${multiPhase ? ` · ${phase}` : ''}${paused ? ' (paused)' : ''}`;
    item.tooltip = `${state.plan.title}: ${remaining} left${multiPhase ? `, ${formatDuration(view.phaseRemainingMs)} in ${phase} (phase ${view.phase + 1} of ${state.plan.phases.length})` : ''}${paused ? ', paused' : ''}. Click to show the Timer.`;
    item.accessibilityInformation = { label: `Loop Prep timer, ${state.plan.title}: ${remaining} left${multiPhase ? `, phase ${phase}` : ''}${paused ? ', paused' : ''}` };
    // A timer in its last 5 minutes stands out the way VS Code marks things that need
    // attention (as the alert: only timers longer than that).
    item.backgroundColor = !paused && view.totalMs > warningMs && view.remainingMs <= warningMs ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
    visible = true;
  };
  update();
  return {
    disposable: vscode.Disposable.from(item, controller.onDidChange(update)),
    // What the item shows (the status bar of another extension cannot be read through the API).
    describe: () => ({ visible, text: item.text, tooltip: typeof item.tooltip === 'string' ? item.tooltip : '' }),
  };
}
