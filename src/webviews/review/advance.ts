import type { ReviewViewState } from './protocol';

/**
 * What the panel paints the moment a grade key is pressed, before the host has written the
 * review: the next card of the queue it was sent, question side, counted as one more
 * reviewed. Undefined when the panel cannot know (no next card held: the queue may be done,
 * and only the host knows when the next card is due), so it waits for the host instead.
 * The host's own state follows and replaces it; a grade that failed comes back with a notice.
 */
export function stateAfterGrade(state: ReviewViewState): ReviewViewState | undefined {
  if (state.status !== 'card' || !state.revealed || state.preview === true) return undefined;
  const [next, ...rest] = state.upcoming;
  if (!next) return undefined;
  return {
    status: 'card',
    card: next.card,
    stage: next.stage,
    revealed: false,
    grades: [],
    progress: { reviewed: state.progress.reviewed + 1, remaining: Math.max(1, state.progress.remaining - 1) },
    canUndo: true,
    spaceGradesGood: state.spaceGradesGood,
    upcoming: rest,
  };
}
