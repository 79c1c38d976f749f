import { freeId, replaceFix } from './fixes';
import type { DeckFileDiagnostic, ParsedDeck, SourceRange } from './types';

// The checks across decks, which the extension host runs after each load: no parser in
// them, so they live apart from deckFormat.ts (and markdown-it) in the activation bundle.

/**
 * Decks that share a deck id (a file name) with a deck before them in `decks`: the later
 * file gets a warning at its first line. Built-in decks come first, so a user's copy of
 * `word2vec.md` is the one told to rename.
 */
export function findDuplicateDeckIds(decks: readonly ParsedDeck[]): DeckFileDiagnostic[] {
  const first = new Map<string, string>();
  const diagnostics: DeckFileDiagnostic[] = [];
  for (const parsed of decks) {
    if (!parsed.deck) continue;
    const earlier = first.get(parsed.deck.id);
    if (earlier === undefined) {
      first.set(parsed.deck.id, parsed.file);
      continue;
    }
    diagnostics.push({
      severity: 'warning',
      code: 'deck-duplicate-id',
      message: `Another deck is also named "${parsed.deck.id}" (${fileName(earlier)}): the two are reviewed and counted as one deck until you rename this file`,
      range: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 },
      file: parsed.file,
    });
  }
  return diagnostics;
}

/** Diagnostics for card ids used in more than one deck, one at each place, since review history is keyed by id. */
export function findDuplicateCardIds(decks: readonly ParsedDeck[]): DeckFileDiagnostic[] {
  const places = new Map<string, { readonly file: string; readonly line: number; readonly range: SourceRange }[]>();
  for (const parsed of decks) {
    const seen = new Set<string>();
    for (const card of parsed.cards) {
      // A reversed or cloze note gives several cards; its id is written in one place.
      if (seen.has(card.noteId)) continue;
      seen.add(card.noteId);
      const list = places.get(card.noteId) ?? [];
      list.push({ file: card.source.file, line: card.source.line, range: card.source.idRange });
      places.set(card.noteId, list);
    }
  }
  const diagnostics: DeckFileDiagnostic[] = [];
  const taken = new Set(places.keys());
  for (const [id, list] of places) {
    if (list.length < 2) continue;
    // One new id for the group: renaming any one place ends the clash (not preferred: which
    // card to rename, and so which review history to start afresh, is the author's choice).
    const renamed = freeId(id, taken);
    for (const place of list) {
      const others = list.filter((other) => other !== place).map((other) => `${fileName(other.file)} line ${other.line + 1}`);
      diagnostics.push({
        severity: 'error',
        code: 'card-duplicate-id',
        message: `Card id "${id}" is also used in ${others.join(', ')}: card ids must be unique across all decks, so rename one`,
        range: place.range,
        file: place.file,
        fixes: [replaceFix(`Rename this card to #${renamed}`, place.range, `#${renamed}`, false)],
      });
    }
  }
  return diagnostics;
}

/** The last segment of a path or URI, decoded for URIs (callers may pass `uri.toString()`). */
export function fileName(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
