import * as vscode from 'vscode';
import type { Services } from '../services';
import { exportDeckToAnki, importAnkiDeck, isImportRequest } from './ankiCommands';
import { DeckLibrary } from './deckLibrary';
import { FlashcardStore } from './flashcardStore';
import { registerFlashcardsView } from './flashcardsView';
import { ReviewPanel } from './reviewPanel';
import { StatsPanel } from './statsPanel';
import { registerStatusBar } from './statusBar';

/** The decks and the journal-backed state, shared by the flashcard and round features. */
export function createFlashcardStore(services: Services): FlashcardStore {
  return new FlashcardStore(services, new DeckLibrary(services));
}

/** The Flashcards view, the status bar, the Review and Stats panels, and their commands. */
export function registerFlashcards(services: Services, store: FlashcardStore, memento: vscode.Memento): vscode.Disposable {
  const { library } = store;
  const review = (deckId: string | undefined): ReviewPanel => ReviewPanel.show(services, store, memento, deckId);
  const disposable = vscode.Disposable.from(
    registerFlashcardsView(store),
    registerStatusBar(store),
    ReviewPanel.registerSerializer(services, store, memento),
    StatsPanel.registerSerializer(services, store, review),
    vscode.commands.registerCommand('loopPrep.exportDeckToAnki', (argument?: unknown, target?: unknown) => exportDeckToAnki(services, store, argument, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand('loopPrep.importAnkiDeck', (request?: unknown) => importAnkiDeck(services, store, isImportRequest(request) ? request : undefined)),
    vscode.commands.registerCommand('loopPrep.showStats', () => StatsPanel.show(services, store, review)),
    vscode.commands.registerCommand('loopPrep.reviewDueCards', () => review(undefined)),
    vscode.commands.registerCommand('loopPrep.reviewDeck', async (deckId?: unknown) => {
      if (typeof deckId === 'string') return review(deckId);
      await store.ready();
      const picks = library.all().flatMap((deck) => {
        const info = deck.parsed.deck;
        if (!info) return [];
        const counts = store.counts(info.id);
        return [{ label: info.title, description: `${counts.fresh} new · ${counts.learning} learning · ${counts.due} due`, detail: info.description, deckId: info.id }];
      });
      const pick = await vscode.window.showQuickPick(picks, { title: 'Review Deck', placeHolder: 'Pick a deck to review', matchOnDescription: true, matchOnDetail: true });
      return pick ? review(pick.deckId) : undefined;
    }),
    vscode.commands.registerCommand('loopPrep.undoLastReview', async () => {
      await store.ready();
      const last = store.reviews().lastReview;
      if (!last) {
        void vscode.window.showInformationMessage('There is no review to undo.');
        return;
      }
      await store.recordUndo(last.eventId);
      const card = library.cards().find((candidate) => candidate.id === last.cardId);
      void vscode.window.showInformationMessage(`Undid the review of “${card?.title ?? last.cardId}”.`);
    }),
    vscode.commands.registerCommand('loopPrep.reloadDecks', () =>
      vscode.window.withProgress({ location: { viewId: 'loopPrep.flashcards' }, title: 'Reloading decks' }, () => library.reload()),
    ),
  );
  const loadInBackground = (): void => {
    store.ready().catch((error: unknown) => {
      services.log.error('Could not load flashcards:', error);
      const message = `Loop Prep could not load your flashcards: ${error instanceof Error ? error.message : String(error)}`;
      void vscode.window.showErrorMessage(message, 'Show Log').then((choice) => {
        if (choice) services.log.show();
      });
    });
  };
  // After activate() has returned: activation stays fast, and the views fill in when
  // the decks and the journal are ready.
  const start = setTimeout(loadInBackground, 0);
  return vscode.Disposable.from(disposable, new vscode.Disposable(() => { clearTimeout(start); }));
}
