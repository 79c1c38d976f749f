import type { ReviewViewState } from './protocol';

/** What a keypress in the Review panel asks for. */
export type KeyAction =
  | { readonly type: 'reveal' }
  | { readonly type: 'grade'; readonly grade: 1 | 2 | 3 | 4 }
  | { readonly type: 'undo' }
  | { readonly type: 'studyMore' }
  | { readonly type: 'edit' }
  | { readonly type: 'endPreview' }
  | { readonly type: 'close' };

/** The parts of a KeyboardEvent the panel reads. */
export interface PanelKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
  /** The key went to a focused button, which handles Space and Enter itself. */
  readonly onButton: boolean;
}

/**
 * The action a key asks for on what the panel shows, or undefined for none. Pure, so
 * the keyboard rules are unit-tested without a browser.
 */
export function keyAction(state: ReviewViewState, key: PanelKey): KeyAction | undefined {
  // A held key repeats: one grade per press, never a run of them.
  if (key.altKey || key.repeat) return undefined;
  const name = key.key;
  if (key.ctrlKey || key.metaKey) {
    return name.toLowerCase() === 'z' && state.status !== 'loading' && !(state.status === 'card' && state.preview === true) ? { type: 'undo' } : undefined;
  }
  const confirm = name === ' ' || name === 'Enter';
  if (state.status === 'card' && state.preview === true) {
    if (name === 'Escape') return { type: 'close' };
    if (name.toLowerCase() === 'e') return { type: 'edit' };
    if (!confirm || key.onButton) return undefined;
    return state.revealed ? { type: 'endPreview' } : { type: 'reveal' };
  }
  if (confirm) {
    if (key.onButton || state.status !== 'card') return undefined;
    // Space and Enter: show the answer, then (as in Anki) grade Good unless the learner turned that off.
    if (!state.revealed) return { type: 'reveal' };
    return state.spaceGradesGood ? { type: 'grade', grade: 3 } : undefined;
  }
  if (name === '1' || name === '2' || name === '3' || name === '4') {
    return state.status === 'card' && state.revealed ? { type: 'grade', grade: Number(name) as 1 | 2 | 3 | 4 } : undefined;
  }
  const letter = name.toLowerCase();
  if (letter === 'u') return state.status === 'loading' ? undefined : { type: 'undo' };
  if (letter === 'm') return state.status === 'done' ? { type: 'studyMore' } : undefined;
  if (letter === 'e') return state.status === 'card' ? { type: 'edit' } : undefined;
  return undefined;
}
