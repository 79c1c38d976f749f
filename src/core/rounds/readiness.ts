import { plural } from '../plural';
import type { MemoryStage } from '../scheduling/memory';
import type { Round } from './loopFormat';

// Readiness of a round, from 0 to 1. The formula is documented in rounds/README.md
// ("Readiness") and explained in each round's tooltip; keep the three in step.
//
//   readiness = Σ weight × part / Σ weight, over the parts the round has:
//     checklist  weight 0.4  ticked items / items
//     recall     weight 0.4  linked cards known for the day / linked cards, where a card
//                            is known once it has left learning (it is on the long-term
//                            schedule) and its predicted recall on the interview day (today
//                            without one) is at least the desired retention. A card link
//                            names a note and links each of its cards, a deck link every
//                            card of the deck.
//     problems   weight 0.2  linked problems solved / linked problems (a slug not in
//                            the catalog is left out, as an unknown deck or note is)
//
// One look at a card does not make a round ready: a card in its learning steps, or one
// whose recall would have faded below the target by the day, does not count.
// A round without linked cards (or problems) is judged on the parts it has, so it is not
// held back by something it does not ask for.

export const readinessWeights = { checklist: 0.4, recall: 0.4, problems: 0.2 } as const;

/** Where a card stands for readiness: its stage, and its predicted recall at the target time. */
export interface CardReadiness {
  readonly stage: MemoryStage;
  /** The probability of recall on the interview day (or now without one); 0 for a new card. */
  readonly recall: number;
}

export interface ReadinessInputs {
  /** Ticked checklist item ids of the round's loop. */
  readonly checked: ReadonlySet<string>;
  /** The card ids of a deck (for deck links); undefined for an unknown deck. */
  readonly cardsOfDeck: (deckId: string) => readonly string[] | undefined;
  /** The card ids of a note (a card link names a note id); undefined for an unknown note. */
  readonly cardsOfNote: (noteId: string) => readonly string[] | undefined;
  /** Each card's stage and predicted recall at the target time. */
  readonly card: (cardId: string) => CardReadiness;
  /** The recall a card must keep to count as known (the desired retention). */
  readonly desiredRetention: number;
  /** Whether a practice problem has been solved (all its tests passed once). */
  readonly solved: (slug: string) => boolean;
  /** Whether the catalog has a problem with this slug. */
  readonly isProblem: (slug: string) => boolean;
}

/** The linked cards by where they stand; `known` of `cards` count. */
export interface RecallPart {
  /** known / cards. */
  readonly mean: number;
  readonly cards: number;
  readonly known: number;
  /** On the long-term schedule, but predicted to fall below the target by the day. */
  readonly fading: number;
  /** In (re)learning steps. */
  readonly learning: number;
  /** Never reviewed. */
  readonly fresh: number;
}

export interface Readiness {
  /** 0 to 1. */
  readonly score: number;
  readonly checklist: { readonly done: number; readonly total: number };
  /** Undefined when the round links no cards. */
  readonly recall: RecallPart | undefined;
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
  const recall = linked.cards.length === 0 ? undefined : recallPart(linked.cards, inputs);
  const problems = linked.problems.length === 0 ? undefined : { solved: linked.problems.filter((slug) => inputs.solved(slug)).length, total: linked.problems.length };
  const parts: [number, number][] = [];
  if (total > 0) parts.push([readinessWeights.checklist, done / total]);
  if (recall) parts.push([readinessWeights.recall, recall.mean]);
  if (problems) parts.push([readinessWeights.problems, problems.solved / problems.total]);
  const weight = parts.reduce((sum, [w]) => sum + w, 0);
  const score = weight === 0 ? 0 : parts.reduce((sum, [w, value]) => sum + w * value, 0) / weight;
  return { score, checklist: { done, total }, recall, problems };
}

function recallPart(cards: readonly string[], inputs: Pick<ReadinessInputs, 'card' | 'desiredRetention'>): RecallPart {
  let known = 0;
  let fading = 0;
  let learning = 0;
  let fresh = 0;
  for (const id of cards) {
    const { stage, recall } = inputs.card(id);
    if (stage === 'new') fresh += 1;
    else if (stage !== 'review') learning += 1;
    // A hair under the target is the target: FSRS schedules a card due when it reaches it.
    else if (recall >= inputs.desiredRetention - 1e-9) known += 1;
    else fading += 1;
  }
  return { mean: known / cards.length, cards: cards.length, known, fading, learning, fresh };
}

/** "62%": readiness as a whole percentage, rounded down so 99.6% is not shown as ready. */
export function percent(value: number): string {
  return `${Math.floor(value * 100 + 1e-9)}%`;
}

/** The lines of a round's readiness explanation, plain text (the tooltip adds formatting). */
export function explainReadiness(readiness: Readiness, target = 'today', desiredRetention = 0.9): string[] {
  const { checklist, recall, problems } = readiness;
  const lines = [`Readiness ${percent(readiness.score)}: the weighted mean of the parts below (checklist ×${readinessWeights.checklist}, recall ×${readinessWeights.recall}, problems ×${readinessWeights.problems}; a part the round does not have is left out).`];
  lines.push(`Checklist: ${checklist.done} of ${plural(checklist.total, 'item')} ticked (${percent(checklist.total === 0 ? 0 : checklist.done / checklist.total)}).`);
  if (recall) {
    const rest = [recall.fading > 0 ? `${recall.fading} would fade below ${percent(desiredRetention)} by then` : '', recall.learning > 0 ? `${recall.learning} still in learning` : '', recall.fresh > 0 ? `${recall.fresh} not reviewed yet` : ''].filter(Boolean);
    lines.push(`Recall: ${recall.known} of the ${plural(recall.cards, 'linked card')} known for ${target} (${percent(recall.mean)}): out of learning, with predicted recall of at least ${percent(desiredRetention)} then${rest.length > 0 ? `; ${rest.join(', ')}` : ''}.`);
  } else lines.push('Recall: the round links no cards.');
  lines.push(problems ? `Problems: ${problems.solved} of ${plural(problems.total, 'linked problem')} solved.` : 'Problems: the round links no practice problems.');
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
