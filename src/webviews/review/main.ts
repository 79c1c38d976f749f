import { ReviewNotification, ReviewViewState, type ReviewRequest } from './protocol';
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


/** Card Markdown as DOM. The renderer emits no raw HTML from the card (see render.ts). */
function markdown(className: string, source: string, imageBase: string | undefined): HTMLElement {
  const container = element('div', { className: `markdown ${className}` });
  container.innerHTML = render(source, { imageBase });
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
  if (!root) return;
  root.dataset['status'] = confirmed ? state.status : 'restoring';
  // Set again below for a card; nothing else may look like one.
  delete root.dataset['cardId'];
  delete root.dataset['revealed'];
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
      const header = element('header', {}, element('span', { className: 'deck' }, card.deckTitle), element('span', { className: 'title' }, card.title));
      const body: Node[] = [header, markdown('front', card.front, card.imageBase)];
      if (state.revealed) {
        body.push(element('hr'), markdown('back', card.back, card.imageBase));
        const grades = element(
          'div',
          { className: 'grades', role: 'group' },
          ...state.grades.map((choice) => {
            const node = button(choice.name, `${choice.grade} · ${choice.interval}`, () => { grade(choice.grade); }, `grade grade-${choice.grade}`);
            node.setAttribute('aria-keyshortcuts', String(choice.grade));
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
      body.push(progressLine(state.progress.reviewed, state.progress.remaining));
      root.replaceChildren(element('article', { className: 'card', tabIndex: -1 }, ...body));
      root.dataset['cardId'] = card.id;
      root.dataset['revealed'] = String(state.revealed);
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
  if (current.status === 'card' && current.revealed) vscode.postMessage({ type: 'grade', cardId: current.card.id, grade: value });
}

function studyMore(): void {
  if (current.status === 'done') vscode.postMessage({ type: 'studyMore' });
}

function undo(): void {
  if ((current.status === 'card' || current.status === 'done') && current.canUndo) vscode.postMessage({ type: 'undo' });
}

window.addEventListener('keydown', (event) => {
  if (!confirmed || event.altKey || event.repeat) return;
  const key = event.key;
  if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
    event.preventDefault();
    undo();
    return;
  }
  if (event.ctrlKey || event.metaKey) return;
  // A focused button handles Space and Enter itself; do not also reveal.
  if ((key === ' ' || key === 'Enter') && !(event.target instanceof HTMLButtonElement)) {
    event.preventDefault();
    revealAnswer();
  } else if (key === '1' || key === '2' || key === '3' || key === '4') {
    grade(Number(key) as 1 | 2 | 3 | 4);
  } else if (key === 'u' || key === 'U') {
    undo();
  } else if (key === 'm' || key === 'M') {
    studyMore();
  } else if ((key === 'e' || key === 'E') && current.status === 'card') {
    vscode.postMessage({ type: 'edit', cardId: current.card.id });
  }
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = ReviewNotification.safeParse(event.data);
  if (!message.success) return;
  confirmed = true;
  vscode.setState(message.data.state);
  show(message.data.state);
});

// Show what was last on screen at once (after a reload), then ask the host for the truth.
const saved = ReviewViewState.safeParse(vscode.getState());
show(saved.success ? saved.data : { status: 'loading' });
vscode.postMessage({ type: 'ready' });
// Fetch the math bundle soon after, so a later card with math shows at once; not at once,
// where running it could hold up the host's first card (a card with math loads it itself).
window.setTimeout(() => { void loadMath(); }, 200);
