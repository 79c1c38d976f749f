// The deck bundle (dist/lazy/decks.js): the parser and Anki interop, which share
// markdown-it, required together on first use (src/features/lazyModules.ts).
export { deckIdOf, findDuplicateCardIds, findDuplicateDeckIds, parseDeck } from './deckFormat';
export { exportAnkiText, importAnkiText } from './anki';
