import * as vscode from 'vscode';
import type { Services } from '../services';
import { exportDeckToAnki, importAnkiDeck, isImportRequest } from './ankiCommands';
import { DeckLibrary } from './deckLibrary';
import type { StudyPlan } from '../plan/studyPlan';
import { Study } from '../state/study';
import { StudyState } from '../state/studyState';
import { describeCounts, registerFlashcardsView } from './flashcardsView';
import { registerFsrsParameters } from './fsrsParameters';
import { registerDeckQuickFixes } from './quickFixes';
import { ReviewPanel } from './reviewPanel';
import { StatsPanel, statsView } from './statsPanel';
import { registerStatusBar } from './statusBar';

/** The learner's state (the journal) and the decks, shared by every feature. */
export function createStudy(services: Services): Study {
  return new Study(new StudyState(services), new DeckLibrary(services));
}

/** The Flashcards view, the status bar, the Review and Stats panels, and their commands. */
export function registerFlashcards(services: Services, plan: StudyPlan, memento: vscode.Memento): vscode.Disposable {
  const { study } = plan;
  const { library } = study;
  const review = (deckId: string | undefined): ReviewPanel => ReviewPanel.show(services, plan, memento, deckId);
  // The deck picker's rows: each deck with the counts every surface shows.
  const deckPicks = (): { label: string; description: string; detail: string | undefined; deckId: string }[] =>
    library.all().flatMap((deck) => {
      const info = deck.parsed.deck;
      return info ? [{ label: info.title, description: describeCounts(plan.counts(info.id)), detail: info.description, deckId: info.id }] : [];
    });
  services.probes.set('deckPicker', deckPicks);
  services.probes.set('stats', () => statsView(plan));
  // The Review panel's page as the tests drive it: a message as the page sends it, and what the page was sent.
  services.probes.set('review', (message) => ReviewPanel.open?.handle(message));
  services.probes.set('reviewState', () => ReviewPanel.open?.lastState);
  services.probes.set('reviewQueue', () => ReviewPanel.open?.queueIds());
  const disposable = vscode.Disposable.from(
    registerFlashcardsView(plan, services.probes),
    registerStatusBar(plan, services.probes),
    registerFsrsParameters(services, study.state),
    registerDeckQuickFixes(library),
    ReviewPanel.registerSerializer(services, plan, memento),
    StatsPanel.registerSerializer(services, plan, review),
    vscode.commands.registerCommand('loopPrep.exportDeckToAnki', (argument?: unknown, target?: unknown) => exportDeckToAnki(services, study, argument, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand('loopPrep.importAnkiDeck', (request?: unknown) => importAnkiDeck(services, study, isImportRequest(request) ? request : undefined)),
    // These return nothing: a command run from the UI (a key, the palette, a click)
    // sends its result back to the workbench, and a panel's object reaches the whole journal
    // (serializing it held the host for 0.7 s and more with 100,000 reviews).
    vscode.commands.registerCommand('loopPrep.showStats', () => { StatsPanel.show(services, plan, review); }),
    vscode.commands.registerCommand('loopPrep.reviewDueCards', () => { review(undefined); }),
    // A checklist's card link: the card in the Review panel, question first, nothing recorded.
    vscode.commands.registerCommand('loopPrep.previewCard', async (noteId?: unknown) => {
      await study.ready();
      // A link names a note (the id in the card's heading): its first card. A card's own id works too.
      const card = library.cards().find((candidate) => candidate.card.noteId === noteId) ?? library.cards().find((candidate) => candidate.id === noteId);
      if (!card) {
        void vscode.window.showWarningMessage(`No card has the id “${String(noteId)}”.`);
        return;
      }
      ReviewPanel.preview(services, plan, memento, card.id);
    }),
    vscode.commands.registerCommand('loopPrep.reviewDeck', async (deckId?: unknown) => {
      if (typeof deckId === 'string') {
        review(deckId);
        return;
      }
      await study.ready();
      const pick = await vscode.window.showQuickPick(deckPicks(), { title: 'Review Deck', placeHolder: 'Pick a deck to review', matchOnDescription: true, matchOnDetail: true });
      if (pick) review(pick.deckId);
    }),
    vscode.commands.registerCommand('loopPrep.undoLastReview', async () => {
      await study.ready();
      const last = study.reviews().lastReview;
      if (!last) {
        void vscode.window.showInformationMessage('There is no review to undo.');
        return;
      }
      await study.state.recordUndo(last.eventId);
      const card = library.cards().find((candidate) => candidate.id === last.cardId);
      void vscode.window.showInformationMessage(`Undid the review of “${card?.title ?? last.cardId}”.`);
    }),
    vscode.commands.registerCommand('loopPrep.reloadDecks', () =>
      vscode.window.withProgress({ location: { viewId: 'loopPrep.flashcards' }, title: 'Reloading decks' }, () => library.reload()),
    ),
  );
  const loadInBackground = (): void => {
    const loading = study.ready();
    // Until the first load settles the Flashcards and Today views say "Loading decks…"
    // (their viewsWelcome), and a long load shows the views' progress bar too.
    const settled = loading.then(() => undefined, () => undefined).then(() => vscode.commands.executeCommand('setContext', 'loopPrep.decksLoaded', true));
    const slow = setTimeout(() => {
      for (const viewId of ['loopPrep.flashcards', 'loopPrep.today']) void vscode.window.withProgress({ location: { viewId } }, () => settled);
    }, 500);
    void settled.then(() => { clearTimeout(slow); });
    loading.catch((error: unknown) => {
      services.log.error('Could not load flashcards:', error);
      const journal = study.state.failure !== undefined;
      const message = `Loop Prep could not load ${journal ? 'your review journal' : 'your flashcards'}: ${error instanceof Error ? error.message : String(error)}`;
      void vscode.window.showErrorMessage(message, ...(journal ? ['Open Settings'] : []), 'Show Log').then((choice) => {
        if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'loopPrep.dataDirectory');
        else if (choice) services.log.show();
      });
    });
  };
  // After activate() has returned: activation stays fast, and the views fill in when
  // the decks and the journal are ready.
  const start = setTimeout(loadInBackground, 0);
  return vscode.Disposable.from(disposable, new vscode.Disposable(() => { clearTimeout(start); }));
}
