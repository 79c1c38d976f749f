import type { Round } from '../rounds/loopFormat';
import type { PlanCard } from './model';

// Which cards a round serves: every card of a deck tagged with one of the round's kinds
// (its `rounds:` front matter), and every card its checklist links (a deck, or a note's
// cards). These are the cards the plan paces to the loop's interview.

/** The cards, and which of them each deck, note and round kind holds. */
export interface CardIndex {
  readonly cards: readonly PlanCard[];
  readonly byDeck: ReadonlyMap<string, readonly string[]>;
  readonly byNote: ReadonlyMap<string, readonly string[]>;
  readonly byKind: ReadonlyMap<string, readonly string[]>;
}

/** Indexes cards (in deck order) by deck, note and the round kinds their decks serve. */
export function indexCards(cards: readonly PlanCard[], kindsOfDeck: (deckId: string) => readonly string[]): CardIndex {
  const byDeck = new Map<string, string[]>();
  const byNote = new Map<string, string[]>();
  const byKind = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string): void => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const card of cards) {
    add(byDeck, card.deckId, card.id);
    add(byNote, card.noteId, card.id);
    for (const kind of kindsOfDeck(card.deckId)) add(byKind, kind, card.id);
  }
  return { cards, byDeck, byNote, byKind };
}

/** The cards a round serves, each once. */
export function roundCards(round: Round, index: CardIndex): string[] {
  const served = new Set<string>();
  for (const kind of round.kinds) for (const id of index.byKind.get(kind) ?? []) served.add(id);
  for (const item of round.checklist) {
    for (const link of item.links) {
      if ('deck' in link) for (const id of index.byDeck.get(link.deck) ?? []) served.add(id);
      else if ('card' in link) for (const id of index.byNote.get(link.card) ?? []) served.add(id);
    }
  }
  return [...served];
}
