import * as vscode from 'vscode';

const section = 'loopPrep.plan';

/** The plan's own settings (`loopPrep.plan.*`), with bad values replaced by the defaults. */
export function planSettings(): { readonly budgetMinutes: number; readonly studyDaysPerWeek: number } {
  const config = vscode.workspace.getConfiguration(section);
  const minutes = config.get<unknown>('dailyMinutes');
  const days = config.get<unknown>('studyDaysPerWeek');
  return {
    budgetMinutes: typeof minutes === 'number' && Number.isFinite(minutes) ? Math.min(600, Math.max(10, Math.round(minutes))) : 60,
    studyDaysPerWeek: typeof days === 'number' && Number.isFinite(days) ? Math.min(7, Math.max(1, Math.round(days))) : 7,
  };
}
