import { ReviewNotification, ReviewViewState, type CardStage, type ReviewRequest } from './protocol';
import { keyAction } from './keys';
import { stateAfterGrade } from './advance';
import { element, vscodeApi } from '../shared/dom';
import { loadMath, needsMath, texRenderer } from './mathLoader';
import { createCardRenderer } from './render';

const vscode = vscodeApi<ReviewRequest, ReviewViewState>();
const root = document.getElementById('root');
const render = createCardRenderer(texRenderer);
let current: ReviewViewState = { status: 'loading' };
/**
 * False while showing the state saved before a reload: the host has not confirmed it,
 * and its card may no longer be the one it would grade, so keys wait for the host.
 */
let confirmed = false;


/**
 * Rendered card sides, by source, image folder and whether KaTeX had loaded; a few kept.
 * The next cards' fronts are rendered here while the page is idle (prepareUpcoming), so a
 * grade paints the next card without rendering its Markdown, maths and code first: that
 * rendering put a grade's frame past 16.7 ms now and then (the reviewFrame bench).
 */
const renderedSides = new Map<string, string>();
const renderedSidesKept = 16;

function renderSide(source: string, imageBase: string | undefined): string {
  const key = `${texRenderer() ? 'tex' : 'plain'}\n${imageBase ?? ''}\n${source}`;
  let html = renderedSides.get(key);
  if (html === undefined) {
    html = render(source, { imageBase });
    renderedSides.set(key, html);
    if (renderedSides.size > renderedSidesKept) renderedSides.delete(renderedSides.keys().next().value as string);
  }
  return html;
}

/** Renders, when the page is idle, the answer of the card shown and the fronts of the cards held for later. */
function prepareUpcoming(state: ReviewViewState): void {
  if (state.status !== 'card') return;
  window.requestIdleCallback(() => {
    if (!state.revealed) renderSide(state.card.back, state.card.imageBase);
    for (const { card } of state.upcoming) renderSide(card.front, card.imageBase);
  }, { timeout: 1_000 });
}

/** Card Markdown as DOM. The renderer emits no raw HTML from the card (see render.ts). */
function markdown(className: string, source: string, imageBase: string | undefined): HTMLElement {
  const container = element('div', { className: `markdown ${className}` });
  container.innerHTML = renderSide(source, imageBase);
  return container;
}

function button(label: string, hint: string, onClick: () => void, className = ''): HTMLButtonElement {
  const node = element('button', { type: 'button', className }, label, element('span', { className: 'hint' }, hint));
  node.addEventListener('click', onClick);
  return node;
}

function progressLine(reviewed: number, remaining: number): HTMLElement {
  return element('p', { className: 'progress' }, `${reviewed} reviewed · ${remaining} to go`);
}

const stageLabels: Record<CardStage, string> = { new: 'New', learning: 'Learning', review: 'Review', relearning: 'Relearning' };
const stageDescriptions: Record<CardStage, string> = {
  new: 'a new card, never reviewed',
  learning: 'a card in its learning steps',
  review: 'a card on the long-term review schedule',
  relearning: 'a forgotten card in its relearning steps',
};

/** The small marker that says where the card is in its life. */
function stageMarker(stage: CardStage): HTMLElement {
  const marker = element('span', { className: `stage stage-${stage}`, title: `Card state: ${stageDescriptions[stage]}` }, stageLabels[stage]);
  marker.setAttribute('aria-label', `Card state: ${stageLabels[stage].toLowerCase()}`);
  marker.dataset['stage'] = stage;
  return marker;
}

function formatDue(time: number): string {
  const date = new Date(time);
  const sameDay = date.toDateString() === new Date().toDateString();
  const clock = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return sameDay ? `today at ${clock}` : `${date.toLocaleDateString(undefined, { weekday: 'long', month: 'short', day: 'numeric' })} at ${clock}`;
}

/** The state last given to show(): a card that waits for the math bundle is shown only if still the latest. */
let latest: ReviewViewState | undefined;

function show(state: ReviewViewState): void {
  latest = state;
  // A card with math waits (once per page) for KaTeX, its own bundle; meanwhile the page
  // keeps what it shows: the skeleton of the page's HTML, or the card before.
  if (state.status === 'card' && needsMath(state.card.front, state.card.back)) {
    void loadMath().then(() => { if (latest === state) show(state); });
    return;
  }
  current = state;
  prepareUpcoming(state);
  if (!root) return;
  root.dataset['status'] = confirmed ? state.status : 'restoring';
  // Set again below for a card; nothing else may look like one.
  delete root.dataset['cardId'];
  delete root.dataset['revealed'];
  delete root.dataset['stage'];
  delete root.dataset['preview'];
  switch (state.status) {
    case 'loading':
      root.replaceChildren(element('p', { className: 'progress' }, 'Loading cards…'));
      return;
    case 'done': {
      const next = state.nextDue === undefined ? 'No card is scheduled yet.' : `The next card is due ${formatDue(state.nextDue)}.`;
      const children: Node[] = [element('h2', {}, 'All caught up'), element('p', {}, next), progressLine(state.progress.reviewed, 0)];
      // More than today's plan: new cards, reviews ahead, or one deck's or round's cards.
      const more = button('Study more…', 'M', studyMore);
      more.setAttribute('aria-keyshortcuts', 'M');
      const actions = element('div', { className: 'actions' }, more);
      if (state.canUndo) actions.append(button('Undo last review', 'U', undo, 'secondary'));
      children.push(actions);
      root.replaceChildren(element('section', { className: 'done' }, ...children));
      return;
    }
    case 'card': {
      const { card } = state;
      const header = element('header', {}, element('span', { className: 'deck' }, card.deckTitle), element('span', { className: 'title' }, card.title), stageMarker(state.stage));
      const body: Node[] = [header];
      if (state.preview) body.push(element('p', { className: 'preview-note', role: 'note' }, 'Preview — nothing is recorded'));
      if (state.notice) body.push(element('p', { className: 'notice', role: 'alert' }, state.notice));
      body.push(markdown('front', card.front, card.imageBase));
      if (state.revealed) body.push(element('hr'), markdown('back', card.back, card.imageBase));
      if (state.preview) {
        const actions = state.revealed
          ? [button('Back to queue', 'Space', endPreview, 'back'), button('Close', 'Esc', closePanel, 'secondary')]
          : [button('Reveal', 'Space', revealAnswer, 'reveal'), button('Close', 'Esc', closePanel, 'secondary')];
        actions[0]?.setAttribute('aria-keyshortcuts', 'Space Enter');
        actions[1]?.setAttribute('aria-keyshortcuts', 'Escape');
        body.push(element('div', { className: 'actions' }, ...actions));
      } else if (state.revealed) {
        const grades = element(
          'div',
          { className: 'grades', role: 'group' },
          ...state.grades.map((choice) => {
            // Good also takes Space and Enter, unless the learner turned that off.
            const keys = choice.grade === 3 && state.spaceGradesGood ? '3 Space Enter' : String(choice.grade);
            const node = button(choice.name, `${choice.grade} · ${choice.interval}`, () => { grade(choice.grade); }, `grade grade-${choice.grade}`);
            node.setAttribute('aria-keyshortcuts', keys);
            node.dataset['grade'] = String(choice.grade);
            return node;
          }),
        );
        body.push(grades);
      } else {
        const reveal = button('Show answer', 'Space', revealAnswer, 'reveal');
        reveal.setAttribute('aria-keyshortcuts', 'Space Enter');
        body.push(element('div', { className: 'actions' }, reveal));
      }
      if (!state.preview) body.push(progressLine(state.progress.reviewed, state.progress.remaining));
      root.replaceChildren(element('article', { className: 'card', tabIndex: -1 }, ...body));
      root.dataset['cardId'] = card.id;
      root.dataset['revealed'] = String(state.revealed);
      root.dataset['stage'] = state.stage;
      if (state.preview) root.dataset['preview'] = 'true';
      // Keep keyboard focus in the panel, not on a button that just disappeared; but only
      // when the panel has the focus: a state pushed to a panel beside the editor (the
      // plan changed) must not take the focus from where the user is typing.
      if (document.hasFocus()) root.focus();
      return;
    }
  }
}

function revealAnswer(): void {
  if (current.status === 'card' && !current.revealed) vscode.postMessage({ type: 'reveal', cardId: current.card.id });
}

function grade(value: 1 | 2 | 3 | 4): void {
  if (current.status !== 'card' || !current.revealed || current.preview) return;
  const cardId = current.card.id;
  // Paint the next card now, from the queue the host sent; the host's state follows.
  const next = stateAfterGrade(current);
  if (next) {
    vscode.setState(next);
    show(next);
  }
  vscode.postMessage({ type: 'grade', cardId, grade: value });
}

/** What a state puts on screen: all of it but the cards held for later. */
function visible(state: ReviewViewState): string {
  if (state.status !== 'card') return JSON.stringify(state);
  const { card } = state;
  return JSON.stringify([card.id, card.deckTitle, card.title, card.front, card.back, card.imageBase, state.stage, state.revealed, state.grades, state.progress.reviewed, state.progress.remaining, state.canUndo, state.spaceGradesGood, state.preview, state.notice]);
}

function studyMore(): void {
  if (current.status === 'done') vscode.postMessage({ type: 'studyMore' });
}

function endPreview(): void {
  if (current.status === 'card' && current.preview) vscode.postMessage({ type: 'endPreview' });
}

function closePanel(): void {
  vscode.postMessage({ type: 'close' });
}

function undo(): void {
  if ((current.status === 'card' || current.status === 'done') && current.canUndo) vscode.postMessage({ type: 'undo' });
}

window.addEventListener('keydown', (event) => {
  if (!confirmed) return;
  const action = keyAction(current, { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, repeat: event.repeat, onButton: event.target instanceof HTMLButtonElement });
  if (!action) return;
  // Space would scroll the page, Enter press a button, Ctrl+Z reach the webview's own undo.
  event.preventDefault();
  switch (action.type) {
    case 'reveal': revealAnswer(); return;
    case 'grade': grade(action.grade); return;
    case 'undo': undo(); return;
    case 'studyMore': studyMore(); return;
    case 'endPreview': endPreview(); return;
    case 'close': closePanel(); return;
    case 'edit':
      if (current.status === 'card') vscode.postMessage({ type: 'edit', cardId: current.card.id });
      return;
  }
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = ReviewNotification.safeParse(event.data);
  if (!message.success) return;
  // The host is still loading after a reload: keep showing what was on screen (it says
  // the same once loaded) rather than flashing "Loading…" in between.
  if (!confirmed && message.data.state.status === 'loading' && current.status !== 'loading') return;
  const state = message.data.state;
  vscode.setState(state);
  // The host confirms what the panel already painted (a grade's next card): keep the
  // page as it is, only take the cards it holds for later.
  if (confirmed && visible(state) === visible(current)) {
    current = state;
    prepareUpcoming(state);
    return;
  }
  confirmed = true;
  show(state);
});

// Show what was last on screen at once (after a reload), then ask the host for the truth.
const saved = ReviewViewState.safeParse(vscode.getState());
show(saved.success ? saved.data : { status: 'loading' });
vscode.postMessage({ type: 'ready' });
// Fetch the math bundle soon after, so a later card with math shows at once; not at once,
// where running it could hold up the host's first card (a card with math loads it itself).
window.setTimeout(() => { void loadMath(); }, 200);
