#!/usr/bin/env node
// Checks deck files the way Loop Prep loads them, and prints what a content author wants
// to know: every diagnostic (file:line:column), TeX that KaTeX cannot render, answers
// shown on their own question side (in the title or the rest of the question), answers
// longer than the card-quality limit, and the counts the built-in decks must reach.
//
//   node test/content/checkDecks.mjs                 # the built-in decks in flashcards/
//   node test/content/checkDecks.mjs a.md b.md       # just these files
//
// Exits 1 when any file has a diagnostic, a TeX error or an answer shown before it is
// asked (long answers are reported only).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSources, repoRoot as root } from './loadSources.mjs';

const { parseDeck, findDuplicateCardIds, knownRoundIds, createCardRenderer, renderTex, proseWordCount, firstCardOfEachNote, texProblems, questionSideLeaks, answerWordLimit } = await loadSources(`
  export { parseDeck, findDuplicateCardIds } from './src/core/decks/deckFormat';
  export { knownRoundIds } from './src/core/rounds/roundIds';
  export { createCardRenderer } from './src/webviews/review/render';
  export { renderTex } from './src/webviews/review/math';
  export { answerWordLimit, firstCardOfEachNote, proseWordCount, questionSideLeaks, texProblems } from './test/content/deckQuality';`);
const render = createCardRenderer(() => renderTex);

const files = process.argv.length > 2
  ? process.argv.slice(2).map((file) => path.resolve(file))
  : readdirSync(path.join(root, 'flashcards'))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => path.join(root, 'flashcards', name));

let problems = 0;
const decks = [];
const rows = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const noteMarkdown = new Map();
  const parsed = parseDeck(text, { file, knownRounds: knownRoundIds, onNote: (id, markdown) => noteMarkdown.set(id, markdown) });
  decks.push(parsed);
  const relative = path.relative(process.cwd(), file);
  for (const diagnostic of parsed.diagnostics) {
    problems++;
    console.log(`${relative}:${diagnostic.range.startLine + 1}:${diagnostic.range.startColumn + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  }
  for (const card of parsed.cards) {
    for (const [side, markdown] of [['front', card.front], ['back', card.back]]) {
      for (const problem of texProblems(render(markdown))) {
        problems++;
        console.log(`${relative}:${card.source.line + 1}: error tex: ${card.id} (${side}): ${problem}`);
      }
    }
  }
  let leaks = 0;
  for (const leak of questionSideLeaks(parsed.cards, noteMarkdown)) {
    problems++;
    leaks++;
    const card = parsed.cards.find((candidate) => candidate.id === leak.cardId);
    console.log(`${relative}:${(card?.source.line ?? 0) + 1}: error answer-shown: ${leak.cardId}: "${leak.shown}" (answer "${leak.answer.replace(/\s+/g, ' ')}") shows in the ${leak.where}`);
  }
  const notes = firstCardOfEachNote(parsed.cards);
  let mathOrCode = 0;
  let long = 0;
  for (const card of notes) {
    if (/\$|```/.test(card.front + card.back)) mathOrCode++;
    const words = proseWordCount(card.back);
    if (words > answerWordLimit) {
      long++;
      console.log(`${relative}:${card.source.line + 1}: note long-answer: ${card.noteId} has ${words} words (limit ${answerWordLimit})`);
    }
  }
  const clozeNotes = notes.filter((card) => card.kind === 'cloze').length;
  rows.push({
    deck: path.basename(file, '.md'),
    cards: parsed.cards.length,
    notes: notes.length,
    clozeNotes,
    mathOrCode,
    long,
    leaks,
    rounds: parsed.deck?.rounds.join(',') ?? '',
    lines: lines.length,
  });
}
for (const diagnostic of findDuplicateCardIds(decks)) {
  problems++;
  console.log(`${path.relative(process.cwd(), diagnostic.file)}:${diagnostic.range.startLine + 1}: error ${diagnostic.code}: ${diagnostic.message}`);
}

console.table(rows);
const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`${rows.length} decks, ${total('cards')} cards from ${total('notes')} notes; ${total('clozeNotes')} cloze notes; ${total('mathOrCode')} notes with math or code; ${total('long')} answers over ${answerWordLimit} words; ${total('leaks')} answers shown before they are asked; ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
