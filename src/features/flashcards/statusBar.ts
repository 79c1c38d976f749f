import * as vscode from 'vscode';
import { ReviewSession } from '../../core/scheduling/reviewSession';
import { coalesce } from '../coalesce';
import type { FlashcardStore } from './flashcardStore';

/** The status-bar item: how many cards today's queue holds; a click starts the review. */
export function registerStatusBar(store: FlashcardStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('loopPrep.dueCards', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Loop Prep: Due Cards';
  item.command = 'loopPrep.reviewDueCards';
  const update = (): void => {
    if (!store.isLoaded) return;
    const { queue } = new ReviewSession(store).queue();
    const total = queue.learning.length + queue.review.length + queue.fresh.length;
    item.text = total > 0 ? `$(mortar-board) ${total} due` : '$(check) 0 due';
    item.tooltip = `Loop Prep: ${queue.review.length} reviews, ${queue.learning.length} learning, ${queue.fresh.length} new — click to review`;
    item.accessibilityInformation = { label: `Loop Prep: ${total} cards due. Click to review.` };
    item.show();
  };
  const later = coalesce(update);
  return vscode.Disposable.from(item, later, store.onDidChange(() => { later.schedule(); }));
}
