// The planner's entry as a bundle of its own (dist/lazy/plan.js, see esbuild.mjs): the
// extension requires it when it first plans a day, after activation.
export { expectedCosts } from './costs';
export { indexCards, roundCards } from './loopCards';
export { planDay } from './planner';
export { countsAt, planQueue, queueCounts, tallyDecks } from './queue';
export { planFocus } from './focus';
