import fs from 'node:fs';
import * as vscode from 'vscode';
import type { Study } from '../state/study';
import { loadTimer } from '../lazyModules';
import type { ProblemCatalog } from '../problems/problemCatalog';
import type { SelectedLoop } from '../rounds/register';
import type { Services } from '../services';
import type { TimerFeature } from './register';

// The Timer is a bundle of its own (dist/lazy/timer.js, see lazyModules.ts): activation
// registers only its view and commands, which make the feature on first use; it is also
// made soon after activate() returns when there is a stored timer to restore.

/** The Timer's commands (each also in package.json). */
export const timerCommands = ['loopPrep.startTimer', 'loopPrep.toggleTimer', 'loopPrep.resumeTimer', 'loopPrep.skipTimerPhase', 'loopPrep.stopTimer', 'loopPrep.startCodingSession', 'loopPrep.getTimerStatus', 'loopPrep.askInterviewer', 'loopPrep.markProbe'] as const;
export type TimerCommand = (typeof timerCommands)[number];

/** Whether the state file holds anything (a timer, an interview-mode record): a few hundred bytes at most. */
function hasStoredState(file: string): boolean {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  } catch {
    // Missing (nothing stored yet) or damaged: the feature reports damage when it loads.
    return fs.existsSync(file);
  }
}

/** Registers the Timer view and commands; the rest of the Timer loads on first use, or soon after activation to restore. */
export function registerTimer(services: Services, study: Study, catalog: ProblemCatalog, loops: SelectedLoop, memento: vscode.Memento, stateFilePath: string): vscode.Disposable {
  let feature: TimerFeature | undefined;
  let disposed = false;
  const load = (): TimerFeature => {
    if (disposed) throw new Error('Loop Prep is shutting down.');
    feature ??= loadTimer().createTimerFeature(services, study, catalog, loops, memento, stateFilePath);
    return feature;
  };
  // A stored timer or interview-mode record is restored soon after start-up; with nothing
  // stored, the bundle waits for the view or a command (parsing it is work activation's
  // neighbourhood does not need).
  const start = setTimeout(() => {
    try {
      if (hasStoredState(stateFilePath)) load();
    } catch (error) {
      services.log.error('Could not start the Timer:', error);
    }
  }, 100);
  return vscode.Disposable.from(
    ...timerCommands.map((command) => vscode.commands.registerCommand(command, (...args: unknown[]) => load().commands[command](...args))),
    vscode.window.registerWebviewViewProvider('loopPrep.timer', {
      resolveWebviewView: (view, context, token) => load().provider.resolveWebviewView(view, context, token),
    }),
    new vscode.Disposable(() => {
      disposed = true;
      clearTimeout(start);
      feature?.disposable.dispose();
    }),
  );
}
