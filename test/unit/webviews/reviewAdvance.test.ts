import assert from 'node:assert/strict';
import { stateAfterGrade } from '../../../src/webviews/review/advance';
import type { ReviewCard, ReviewViewState } from '../../../src/webviews/review/protocol';

const card = (id: string): ReviewCard => ({ id, deckTitle: 'Word2Vec', title: id, front: `front ${id}`, back: `back ${id}` });

function answerSide(upcoming: string[], options: { preview?: boolean; revealed?: boolean } = {}): ReviewViewState {
  return {
    status: 'card',
    card: card('a'),
    stage: 'review',
    revealed: options.revealed ?? true,
    grades: [{ grade: 3, name: 'Good', interval: '4d' }],
    progress: { reviewed: 2, remaining: 1 + upcoming.length },
    canUndo: true,
    spaceGradesGood: true,
    upcoming: upcoming.map((id) => ({ card: card(id), stage: 'new' as const })),
    ...(options.preview === undefined ? {} : { preview: options.preview }),
  };
}

describe('Review panel: the card painted on a grade key', () => {
  it('is the next card the host sent, question side, with one more reviewed and one fewer to go', () => {
    const next = stateAfterGrade(answerSide(['b', 'c']));
    assert.ok(next?.status === 'card');
    assert.deepEqual([next.card.id, next.stage, next.revealed, next.grades, next.progress, next.upcoming.map((held) => held.card.id)], ['b', 'new', false, [], { reviewed: 3, remaining: 2 }, ['c']]);
  });

  it('is nothing (the panel waits for the host) when no next card is held, on the question side, or in a preview', () => {
    assert.equal(stateAfterGrade(answerSide([])), undefined, 'the host knows when the next card is due');
    assert.equal(stateAfterGrade(answerSide(['b'], { revealed: false })), undefined);
    assert.equal(stateAfterGrade(answerSide(['b'], { preview: true })), undefined);
  });
});
