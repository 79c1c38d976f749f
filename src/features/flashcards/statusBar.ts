import * as vscode from 'vscode';
import { coalesce } from '../coalesce';
import type { StudyPlan } from '../plan/studyPlan';
import { describeCounts } from './flashcardsView';

/** The status-bar item: today's new / learning / due counts (the plan's, as every surface shows them); a click starts the review. */
export function registerStatusBar(plan: StudyPlan, probes: Map<string, () => unknown>): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('loopPrep.dueCards', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Loop Prep: Due Cards';
  item.command = 'loopPrep.reviewDueCards';
  const update = (): void => {
    if (!plan.isLoaded) return;
    const counts = plan.counts();
    const total = counts.fresh + counts.learning + counts.due;
    // Due practice problems sit beside the due cards: both are on the FSRS schedule.
    const problems = plan.study.state.dueProblems().length;
    const problemText = problems > 0 ? ` · ${problems} problem${problems === 1 ? '' : 's'}` : '';
    item.text = `${total > 0 ? '$(mortar-board)' : '$(check)'} ${describeCounts(counts)}${problemText}`;
    item.tooltip = `Loop Prep, today: ${counts.fresh} new, ${counts.learning} learning, ${counts.due} due — click to review${problems > 0 ? `. ${problems} practice problem${problems === 1 ? ' is' : 's are'} due again: see the Problems view.` : ''}`;
    item.accessibilityInformation = { label: `Loop Prep today: ${counts.fresh} new, ${counts.learning} learning, ${counts.due} due cards${problems > 0 ? ` and ${problems} practice problems` : ''}. Click to review.` };
    item.show();
  };
  const later = coalesce(update);
  probes.set('statusBar', () => { update(); return item.text; });
  return vscode.Disposable.from(item, later, plan.onDidChange(() => { later.schedule(); }), { dispose: () => probes.delete('statusBar') });
}
