#!/usr/bin/env node
// Checks deck files the way Loop Prep loads them, and prints what a content author wants
// to know: every diagnostic (file:line:column), TeX that KaTeX cannot render, answers
// longer than the card-quality limit, and the counts the built-in decks must reach.
//
//   node test/content/checkDecks.mjs                 # the built-in decks in flashcards/
//   node test/content/checkDecks.mjs a.md b.md       # just these files
//
// Exits 1 when any file has a diagnostic or a TeX error (long answers are reported only).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wordLimit = 120;

/** The deck parser and card renderer, bundled from the sources for Node. */
async function loadModules() {
  const entry = `
    export { parseDeck, findDuplicateCardIds } from './src/core/decks/deckFormat';
    export { knownRoundIds } from './src/core/rounds/roundIds';
    export { createCardRenderer } from './src/webviews/review/render';`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'loop-prep-decks-'));
  try {
    const file = path.join(folder, 'decks.cjs');
    writeFileSync(file, result.outputFiles[0].text);
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The words of an answer, leaving out TeX and code (a formula is not 40 words). */
function wordCount(markdown) {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' x ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const { parseDeck, findDuplicateCardIds, knownRoundIds, createCardRenderer } = await loadModules();
const render = createCardRenderer();

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
  const parsed = parseDeck(text, { file, knownRounds: knownRoundIds });
  decks.push(parsed);
  const relative = path.relative(process.cwd(), file);
  for (const diagnostic of parsed.diagnostics) {
    problems++;
    console.log(`${relative}:${diagnostic.range.startLine + 1}:${diagnostic.range.startColumn + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  }
  const notes = new Map();
  let mathOrCode = 0;
  let long = 0;
  for (const card of parsed.cards) {
    if (!notes.has(card.noteId)) notes.set(card.noteId, card);
    for (const [side, markdown] of [['front', card.front], ['back', card.back]]) {
      const html = render(markdown);
      for (const error of html.matchAll(/class="katex-error"[^>]*title="([^"]*)"/g)) {
        problems++;
        console.log(`${relative}:${card.source.line + 1}: error tex: ${card.id} (${side}): ${error[1].replace(/&#x27;/g, "'").replace(/&quot;/g, '"')}`);
      }
      // An undefined command does not fail the formula: KaTeX draws its name in red.
      for (const error of html.matchAll(/<mstyle mathcolor="#cc0000"><mtext>([^<]*)<\/mtext>/g)) {
        problems++;
        console.log(`${relative}:${card.source.line + 1}: error tex: ${card.id} (${side}): undefined command ${error[1]}`);
      }
    }
  }
  for (const card of notes.values()) {
    if (/\$|```/.test(card.front + card.back)) mathOrCode++;
    const answer = card.kind === 'cloze' ? card.back : card.back;
    const words = wordCount(answer);
    if (words > wordLimit) {
      long++;
      console.log(`${relative}:${card.source.line + 1}: note long-answer: ${card.noteId} has ${words} words (limit ${wordLimit})`);
    }
  }
  const clozeNotes = [...notes.values()].filter((card) => card.kind === 'cloze').length;
  rows.push({
    deck: path.basename(file, '.md'),
    cards: parsed.cards.length,
    notes: notes.size,
    clozeNotes,
    mathOrCode,
    long,
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
console.log(`${rows.length} decks, ${total('cards')} cards from ${total('notes')} notes; ${total('clozeNotes')} cloze notes; ${total('mathOrCode')} notes with math or code; ${total('long')} answers over ${wordLimit} words; ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
