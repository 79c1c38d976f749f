// The content bundle (dist/lazy/decks.js): the deck parser and Anki interop, which share
// markdown-it, and the loop parser, which shares yaml with the decks' front matter;
// required together on first use (src/features/lazyModules.ts).
export { deckIdOf, findDuplicateCardIds, findDuplicateDeckIds, parseDeck } from './deckFormat';
export { ankiDeckTitle, exportAnkiText, importAnkiText } from './anki';
export { loopIdOf, parseLoop } from '../rounds/loopFormat';
export { parseProblemMeta } from '../problems/catalog';
export { parseCase } from '../cases/caseFormat';
export { parseQuestions } from '../cases/questionFormat';
export { parseContent } from './parseContent';
