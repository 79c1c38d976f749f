import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { journalEvents, waitFor } from './helpers';

interface Testing {
  probe(name: string, ...args: unknown[]): unknown;
}

interface PanelState {
  readonly status: string;
  readonly card?: { readonly id: string };
  readonly revealed?: boolean;
  readonly preview?: boolean;
  readonly grades?: readonly unknown[];
  readonly stage?: string;
  readonly upcoming?: readonly { readonly card: { readonly id: string } }[];
  readonly progress?: { readonly reviewed: number; readonly remaining: number };
}

async function testing(): Promise<Testing> {
  const extension = vscode.extensions.getExtension<{ testing?: Testing } | undefined>('loop-prep.loop-prep');
  if (!extension?.isActive) await extension?.activate();
  const hooks = extension?.exports?.testing;
  assert.ok(hooks, 'Loop Prep exports its test hooks in the Test extension mode');
  return hooks;
}

interface Keybinding {
  readonly command: string;
  readonly key: string;
  readonly mac?: string;
  readonly when?: string;
}

/** A key as VS Code's keybindings file writes it: modifiers in its own order (ctrl, shift, alt, meta). */
function canonical(key: string): string {
  const order = ['ctrl', 'shift', 'alt', 'meta', 'cmd'];
  return key
    .toLowerCase()
    .split(' ')
    .map((part) => {
      const keys = part.split('+');
      const last = keys.pop() ?? '';
      return [...keys.sort((a, b) => order.indexOf(a) - order.indexOf(b)), last].join('+');
    })
    .join(' ');
}

describe('the Review panel in a real VS Code', () => {
  it('Review Due Cards has a keybinding that works in a text editor, on a chord VS Code’s default keymap leaves free', async () => {
    const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
    assert.ok(extension);
    const bindings = ((extension.packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings).filter((binding) => binding.command === 'loopPrep.reviewDueCards');
    assert.equal(bindings.length, 1);
    const binding = bindings[0];
    assert.ok(binding);
    // A `when` that an editor with the cursor in it satisfies: nothing that is true there is negated.
    for (const key of ['editorTextFocus', 'editorFocus', 'inputFocus', 'textInputFocus', 'editorIsOpen']) {
      assert.doesNotMatch(binding.when ?? '', new RegExp(`!\\s*${key}\\b`), `the when clause "${binding.when ?? ''}" excludes ${key}`);
    }
    assert.match(binding.when ?? '', /!terminalFocus/, 'the terminal keeps its own keys');
    // The running VS Code's own default keymap (the file Preferences: Open Default Keyboard
    // Shortcuts shows): no other command is bound to the chord, nor to its first part alone.
    const defaults = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const bound = [...defaults.getText().matchAll(/\{\s*"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)].map((match) => ({ key: match[1] ?? '', command: match[2] ?? '' }));
    assert.ok(bound.length > 500, `read the default keymap (${bound.length} bindings)`);
    const chord = canonical(binding.key);
    const clashes = bound.filter((other) => other.command !== 'loopPrep.reviewDueCards' && (other.key === chord || chord.startsWith(`${other.key} `) || other.key.startsWith(`${chord} `)));
    assert.deepEqual(clashes, [], `${chord} is bound in the default keymap`);
    assert.ok(bound.some((other) => other.key.startsWith(`${chord.split(' ')[0] ?? ''} `)), 'the first part is a chord prefix VS Code itself uses (Ctrl+K), so it starts no command on its own');
    assert.ok(binding.mac, 'macOS has its own key');
  });

  it('a checklist card link opens the card in the Review panel as a preview: question first, no grade taken, nothing recorded', async () => {
    const hooks = await testing();
    const reviewState = (): PanelState | undefined => hooks.probe('reviewState') as PanelState | undefined;
    const reviewsBefore = (await journalEvents()).filter((event) => event.type === 'flashcards.review').length;
    try {
      // The command the Rounds view's card link runs, with the link's note id.
      await vscode.commands.executeCommand('loopPrep.previewCard', 'w2v-skipgram-cbow');
      const question = await waitFor(reviewState, (state) => state?.status === 'card', 20_000);
      assert.ok(question);
      assert.deepEqual([question.card?.id, question.preview, question.revealed], ['w2v-skipgram-cbow', true, false], 'the linked card, as a preview, question first');
      const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.label === 'Review: Preview'), (found) => found !== undefined);
      assert.ok(tab?.isActive, 'the panel is open and in front, titled as a preview');

      await hooks.probe('review', { type: 'reveal', cardId: 'w2v-skipgram-cbow' });
      const answer = reviewState();
      assert.deepEqual([answer?.card?.id, answer?.revealed, answer?.preview, answer?.grades?.length], ['w2v-skipgram-cbow', true, true, 0], 'the answer, with no grade buttons');
      // A grade sent anyway (an old page, a stray key) is not taken.
      await hooks.probe('review', { type: 'grade', cardId: 'w2v-skipgram-cbow', grade: 3 });
      assert.equal(reviewState()?.preview, true);
      const reviewsAfter = (await journalEvents()).filter((event) => event.type === 'flashcards.review').length;
      assert.equal(reviewsAfter, reviewsBefore, 'the journal gained no review');

      await hooks.probe('review', { type: 'endPreview' });
      const queue = reviewState();
      assert.equal(queue?.preview, undefined, 'Back to queue shows the review session');
      assert.ok(queue?.status === 'card' || queue?.status === 'done');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('the cards the page holds are exactly the host’s queue after every grade, undo and limit change, and a grade’s next card is the one it held', async () => {
    const hooks = await testing();
    const reviewState = (): PanelState | undefined => hooks.probe('reviewState') as PanelState | undefined;
    const settings = vscode.workspace.getConfiguration('loopPrep.flashcards');
    /** The page's cards (shown, then held) against the host's queue: the shown card first, the rest in queue order. */
    const compare = (step: string): PanelState => {
      const state = reviewState();
      const queue = hooks.probe('reviewQueue') as string[];
      if (state?.status === 'done') {
        assert.deepEqual(queue, [], `${step}: all done, and so is the host's queue`);
        return state;
      }
      assert.ok(state?.status === 'card' && state.card, `${step}: a card is shown`);
      const held = [state.card.id, ...(state.upcoming ?? []).map((next) => next.card.id)];
      assert.deepEqual(held, [state.card.id, ...queue.filter((id) => id !== state.card?.id)].slice(0, held.length), `${step}: the page holds ${held.join(', ')}; the host's queue is ${queue.slice(0, 4).join(', ')}`);
      assert.equal(held.length, Math.min(3, queue.length), `${step}: as many as the queue has, up to three`);
      return state;
    };
    try {
      await settings.update('newCardsPerDay', 10, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('loopPrep.reviewDueCards');
      await waitFor(reviewState, (state) => state?.status === 'card' && state.preview === undefined, 20_000);
      let state = compare('opened');
      for (const grade of [3, 4, 3]) {
        const cardId = state.card?.id ?? '';
        const expected = state.upcoming?.[0]?.card.id;
        await hooks.probe('review', { type: 'reveal', cardId });
        await hooks.probe('review', { type: 'grade', cardId, grade });
        state = compare(`after grade ${grade}`);
        assert.equal(state.card?.id, expected, 'the host shows the card the page painted');
      }
      const before = state.card?.id;
      await hooks.probe('review', { type: 'undo' });
      await waitFor(reviewState, (next) => next?.card?.id !== before);
      compare('after undo');
      await settings.update('newCardsPerDay', 0, vscode.ConfigurationTarget.Global);
      // Done, unless cards graded elsewhere in this run are due: either way, compared below.
      await waitFor(reviewState, (next) => next?.status === 'done');
      compare('after the new-card limit went down to 0');
      await settings.update('newCardsPerDay', 10, vscode.ConfigurationTarget.Global);
      await waitFor(reviewState, (next) => next?.status === 'card');
      compare('after it went back up to 10');
    } finally {
      await settings.update('newCardsPerDay', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
