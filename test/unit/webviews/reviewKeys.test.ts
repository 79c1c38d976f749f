import assert from 'node:assert/strict';
import { keyAction, type PanelKey } from '../../../src/webviews/review/keys';
import type { ReviewViewState } from '../../../src/webviews/review/protocol';

function cardState(revealed: boolean, options: { spaceGradesGood?: boolean; preview?: boolean } = {}): ReviewViewState {
  return {
    status: 'card',
    card: { id: 'w2v-1', deckTitle: 'Word2Vec', title: 'Skip-gram', front: 'What does skip-gram predict?', back: 'The context words.' },
    stage: 'new',
    revealed,
    grades: revealed ? [1, 2, 3, 4].map((grade) => ({ grade: grade as 1 | 2 | 3 | 4, name: String(grade), interval: '1m' })) : [],
    progress: { reviewed: 0, remaining: 3 },
    canUndo: false,
    spaceGradesGood: options.spaceGradesGood ?? true,
    upcoming: [],
    ...(options.preview === undefined ? {} : { preview: options.preview }),
  };
}

function press(key: string, modifiers: Partial<PanelKey> = {}): PanelKey {
  return { key, ctrlKey: false, metaKey: false, altKey: false, repeat: false, onButton: false, ...modifiers };
}

describe('Review panel keys', () => {
  it('Space and Enter show the answer on the question side, then grade Good on the answer side, as in Anki', () => {
    for (const key of [' ', 'Enter']) {
      assert.deepEqual(keyAction(cardState(false), press(key)), { type: 'reveal' }, `${JSON.stringify(key)} on the question`);
      assert.deepEqual(keyAction(cardState(true), press(key)), { type: 'grade', grade: 3 }, `${JSON.stringify(key)} on the answer`);
    }
  });

  it('with loopPrep.flashcards.spaceGradesGood off, Space and Enter do nothing on the answer side and still reveal on the question side', () => {
    const off = { spaceGradesGood: false };
    assert.equal(keyAction(cardState(true, off), press(' ')), undefined);
    assert.equal(keyAction(cardState(true, off), press('Enter')), undefined);
    assert.deepEqual(keyAction(cardState(false, off), press(' ')), { type: 'reveal' });
    assert.deepEqual(keyAction(cardState(true, off), press('1')), { type: 'grade', grade: 1 }, 'the number keys still grade');
  });

  it('a held Space grades once, not a run of cards; a focused button keeps Space and Enter to itself', () => {
    assert.equal(keyAction(cardState(true), press(' ', { repeat: true })), undefined);
    assert.equal(keyAction(cardState(true), press('Enter', { onButton: true })), undefined);
    assert.equal(keyAction(cardState(false), press(' ', { onButton: true })), undefined);
  });

  it('numbers grade only on the answer side; u and Ctrl+Z undo', () => {
    assert.equal(keyAction(cardState(false), press('3')), undefined);
    assert.deepEqual(keyAction(cardState(true), press('4')), { type: 'grade', grade: 4 });
    assert.deepEqual(keyAction(cardState(false), press('u')), { type: 'undo' });
    assert.deepEqual(keyAction(cardState(false), press('z', { ctrlKey: true })), { type: 'undo' });
    assert.equal(keyAction({ status: 'loading' }, press('u')), undefined);
  });

  it('a preview takes no grade: Space reveals, then goes back to the queue; Esc closes; no key undoes', () => {
    const question = cardState(false, { preview: true });
    const answer = { ...cardState(true, { preview: true }), grades: [] };
    assert.deepEqual(keyAction(question, press(' ')), { type: 'reveal' });
    assert.deepEqual(keyAction(answer, press(' ')), { type: 'endPreview' });
    assert.deepEqual(keyAction(answer, press('Enter')), { type: 'endPreview' });
    for (const key of ['1', '2', '3', '4', 'u']) assert.equal(keyAction(answer, press(key)), undefined, key);
    assert.equal(keyAction(answer, press('z', { ctrlKey: true })), undefined);
    assert.deepEqual(keyAction(answer, press('Escape')), { type: 'close' });
  });
});
