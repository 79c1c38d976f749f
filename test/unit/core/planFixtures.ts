import { expectedCosts } from '../../../src/core/plan/costs';
import type { PlanInput, PlanSettings } from '../../../src/core/plan/model';
import { planDay } from '../../../src/core/plan/planner';
import { planQueue, type DueQueue } from '../../../src/core/plan/queue';
import type { FoldedReviews } from '../../../src/core/scheduling/fold';
import type { Scheduler } from '../../../src/core/scheduling/scheduler';
import { startOfStudyDay } from '../../../src/core/scheduling/studyDay';

// What the plan's unit tests (and the review session's) build a plan from: defaults a test
// overrides field by field.

export const defaultPlanSettings: PlanSettings = { budgetMinutes: 60, studyDaysPerWeek: 7, newCardsPerDay: 20, reviewsPerDay: 200, costs: expectedCosts(0.9) };

/** A plan input with nothing but cards, memories and reviews, as the review-session tests need. */
export function planInput(scheduler: Scheduler, now: number, cards: readonly { id: string; deckId: string; noteId?: string }[], folded: FoldedReviews, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    now,
    scheduler,
    cards: cards.map((card) => ({ id: card.id, deckId: card.deckId, noteId: card.noteId ?? card.id.split(':')[0] ?? card.id })),
    memories: folded.memories,
    reviews: folded.reviews,
    loops: [],
    problems: { due: [], solved: new Set(), solvedToday: new Set(), find: () => undefined },
    mocks: [],
    itemsTickedToday: new Set(),
    studyMore: [],
    settings: defaultPlanSettings,
    ...overrides,
  };
}

/** Today's queue of a scope under the plan of `input`, as the extension computes it. */
export function queueOf(input: PlanInput, deckId?: string): DueQueue {
  const plan = planDay(input);
  const scope = input.cards.filter((card) => deckId === undefined || card.deckId === deckId);
  return planQueue(plan, scope, input.memories, input.now, startOfStudyDay(plan.day + 1, input.scheduler.settings));
}
