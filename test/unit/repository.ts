import fs from 'node:fs';
import path from 'node:path';
import { parseDeck } from '../../src/core/decks/deckFormat';
import type { LinkTargets } from '../../src/core/rounds/yamlSource';

// What the tests that read the repository's own files share: where it is, and what a
// content link may point at.

/**
 * The repository root, found from the built test (out/test/…) upwards; the working
 * directory when the test was built somewhere else (a private build folder).
 */
export function repositoryRoot(): string {
  for (let folder = __dirname; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (['package.json', 'flashcards', 'problems', 'rounds', 'src'].every((entry) => fs.existsSync(path.join(folder, entry)))) return folder;
  }
  return process.cwd();
}

/** The built-in decks, cards (note ids) and problems (folders of problems/): what links in loops, cases and questions may name. */
export function builtInLinkTargets(root: string): Required<LinkTargets> {
  const deckFolder = path.join(root, 'flashcards');
  const decks = fs
    .readdirSync(deckFolder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => parseDeck(fs.readFileSync(path.join(deckFolder, name), 'utf8'), { file: path.join(deckFolder, name) }));
  return {
    decks: new Set(decks.flatMap((deck) => (deck.deck ? [deck.deck.id] : []))),
    cards: new Set(decks.flatMap((deck) => deck.cards.map((card) => card.noteId))),
    problems: new Set(fs.readdirSync(path.join(root, 'problems'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)),
  };
}
