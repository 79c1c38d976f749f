import { rubrics } from '../cases/rubrics';
import type { LoggedEvent } from '../scheduling/fold';
import { foldTimerHistory, weakDimensions } from '../timer/history';
import type { PlanCard, PlanFocus } from './model';

// What the self-reviews of mock rounds ask the plan to put first: a dimension rated Weak or
// below twice in a row brings the cards and problems it links (rubrics.ts) forward, until a
// later review rates it better.

/** The weak dimensions of the journal's self-reviews, with the cards (by id) and problems their links name. */
export function planFocus(events: readonly LoggedEvent[], cards: readonly PlanCard[]): PlanFocus[] {
  return weakDimensions(foldTimerHistory(events)).map((weak) => {
    const notes = new Set(weak.links.flatMap((link) => ('card' in link ? [link.card] : [])));
    const decks = new Set(weak.links.flatMap((link) => ('deck' in link ? [link.deck] : [])));
    return {
      title: `${weak.title} (${rubrics[weak.rubric].title.toLowerCase()})`,
      cards: new Set(cards.filter((card) => notes.has(card.noteId) || decks.has(card.deckId)).map((card) => card.id)),
      problems: weak.links.flatMap((link) => ('problem' in link ? [link.problem] : [])),
    };
  });
}
