import * as vscode from 'vscode';
import { ReviewSession } from '../../core/scheduling/reviewSession';
import { coalesce } from '../coalesce';
import type { Study } from '../state/study';

/** The status-bar item: how many cards today's queue holds; a click starts the review. */
export function registerStatusBar(study: Study): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('loopPrep.dueCards', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Loop Prep: Due Cards';
  item.command = 'loopPrep.reviewDueCards';
  const update = (): void => {
    if (!study.isLoaded) return;
    const { queue } = new ReviewSession(study).queue();
    const total = queue.learning.length + queue.review.length + queue.fresh.length;
    // Due practice problems sit beside the due cards: both are on the FSRS schedule.
    const problems = study.state.dueProblems().length;
    const problemText = problems > 0 ? ` · ${problems} problem${problems === 1 ? '' : 's'}` : '';
    item.text = total > 0 ? `$(mortar-board) ${total} due${problemText}` : `$(check) 0 due${problemText}`;
    item.tooltip = `Loop Prep: ${queue.review.length} reviews, ${queue.learning.length} learning, ${queue.fresh.length} new — click to review${problems > 0 ? `. ${problems} practice problem${problems === 1 ? ' is' : 's are'} due again: see the Problems view.` : ''}`;
    item.accessibilityInformation = { label: `Loop Prep: ${total} cards due${problems > 0 ? ` and ${problems} practice problems` : ''}. Click to review.` };
    item.show();
  };
  const later = coalesce(update);
  return vscode.Disposable.from(item, later, study.onDidChange(() => { later.schedule(); }));
}
