import type { Round } from './loopFormat';

// Readiness of a round, from 0 to 1. The formula is documented in rounds/README.md
// ("Readiness") and explained in each round's tooltip; keep the three in step.
//
//   readiness = Σ weight × part / Σ weight, over the parts the round has:
//     checklist  weight 0.4  ticked items / items
//     recall     weight 0.4  mean retrievability of the linked cards (a card never
//                            reviewed counts 0); a card link names a note and links each
//                            of its cards, a deck link every card of the deck
//     problems   weight 0.2  linked problems solved / linked problems (a slug not in
//                            the catalog is left out, as an unknown deck or note is)
//
// A round without linked cards (or problems) is judged on the parts it has, so it is not
// held back by something it does not ask for.

export const readinessWeights = { checklist: 0.4, recall: 0.4, problems: 0.2 } as const;

export interface ReadinessInputs {
  /** Ticked checklist item ids of the round's loop. */
  readonly checked: ReadonlySet<string>;
  /** The card ids of a deck (for deck links); undefined for an unknown deck. */
  readonly cardsOfDeck: (deckId: string) => readonly string[] | undefined;
  /** The card ids of a note (a card link names a note id); undefined for an unknown note. */
  readonly cardsOfNote: (noteId: string) => readonly string[] | undefined;
  /** The probability of recalling a card now (0 if never reviewed). */
  readonly retrievability: (cardId: string) => number;
  /** Whether a practice problem has been solved (all its tests passed once). */
  readonly solved: (slug: string) => boolean;
  /** Whether the catalog has a problem with this slug. */
  readonly isProblem: (slug: string) => boolean;
}

export interface Readiness {
  /** 0 to 1. */
  readonly score: number;
  readonly checklist: { readonly done: number; readonly total: number };
  /** Mean retrievability of the linked cards, undefined when the round links none. */
  readonly recall: { readonly mean: number; readonly cards: number } | undefined;
  /** Undefined when the round links no problem. */
  readonly problems: { readonly solved: number; readonly total: number } | undefined;
}

/** The distinct card ids and problem slugs a round's checklist links to. */
export function linkedTargets(round: Round, inputs: Pick<ReadinessInputs, 'cardsOfDeck' | 'cardsOfNote' | 'isProblem'>): { cards: string[]; problems: string[] } {
  const cards = new Set<string>();
  const problems = new Set<string>();
  for (const item of round.checklist) {
    for (const link of item.links) {
      if ('deck' in link) for (const card of inputs.cardsOfDeck(link.deck) ?? []) cards.add(card);
      else if ('card' in link) for (const card of inputs.cardsOfNote(link.card) ?? []) cards.add(card);
      else if (inputs.isProblem(link.problem)) problems.add(link.problem);
    }
  }
  return { cards: [...cards], problems: [...problems] };
}

export function roundReadiness(round: Round, inputs: ReadinessInputs): Readiness {
  const total = round.checklist.length;
  const done = round.checklist.filter((item) => inputs.checked.has(item.id)).length;
  const linked = linkedTargets(round, inputs);
  const recall = linked.cards.length === 0 ? undefined : { mean: linked.cards.reduce((sum, card) => sum + inputs.retrievability(card), 0) / linked.cards.length, cards: linked.cards.length };
  const problems = linked.problems.length === 0 ? undefined : { solved: linked.problems.filter((slug) => inputs.solved(slug)).length, total: linked.problems.length };
  const parts: [number, number][] = [];
  if (total > 0) parts.push([readinessWeights.checklist, done / total]);
  if (recall) parts.push([readinessWeights.recall, recall.mean]);
  if (problems) parts.push([readinessWeights.problems, problems.solved / problems.total]);
  const weight = parts.reduce((sum, [w]) => sum + w, 0);
  const score = weight === 0 ? 0 : parts.reduce((sum, [w, value]) => sum + w * value, 0) / weight;
  return { score, checklist: { done, total }, recall, problems };
}

/** "62%": readiness as a whole percentage, rounded down so 99.6% is not shown as ready. */
export function percent(value: number): string {
  return `${Math.floor(value * 100 + 1e-9)}%`;
}

/** The lines of a round's readiness explanation, plain text (the tooltip adds formatting). */
export function explainReadiness(readiness: Readiness): string[] {
  const { checklist, recall, problems } = readiness;
  const lines = [`Readiness ${percent(readiness.score)}: the weighted mean of the parts below (checklist ×${readinessWeights.checklist}, recall ×${readinessWeights.recall}, problems ×${readinessWeights.problems}; a part the round does not have is left out).`];
  lines.push(`Checklist: ${checklist.done} of ${checklist.total} items ticked (${percent(checklist.total === 0 ? 0 : checklist.done / checklist.total)}).`);
  lines.push(recall ? `Recall: ${percent(recall.mean)} mean chance of recalling the ${recall.cards} linked cards today (a card never reviewed counts 0).` : 'Recall: the round links no cards.');
  lines.push(problems ? `Problems: ${problems.solved} of ${problems.total} linked problems solved.` : 'Problems: the round links no practice problems.');
  return lines;
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative once the date has passed. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "in 12 days", "tomorrow", "today", "3 days ago". */
export function describeDaysLeft(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
