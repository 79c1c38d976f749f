import { SavedTimerState, TimerNotification, type TimerRequest, type TimerSessionState, type TimerViewState } from './protocol';
import { element, vscodeApi } from '../shared/dom';
import { describeSolveTime } from '../../core/problems/wording';
import { formatDuration } from '../../core/timer/timer';
import { SteadyClock } from '../../core/timer/steadyClock';
import { ratingLabels } from '../../core/timer/timerEvents';

// The Timer view. The host owns the clock and sends its state when it changes; between
// changes this page counts the seconds itself from the run time it was sent and the
// page's own monotonic clock, so a busy host cannot make the display stutter. A hidden
// view is thrown away (no retainContextWhenHidden); shown again, it starts from what it
// saved with setState, counted on by the page's wall clock, until the host answers.

const vscode = vscodeApi<TimerRequest, SavedTimerState>();
const root = document.getElementById('root');
const svgNamespace = 'http://www.w3.org/2000/svg';

let current: TimerViewState | undefined;
/**
 * The page's clock: the wall clock, as the host's (a monotonic clock may stand still while
 * the machine sleeps), but a step of it is left out (see SteadyClock; the host sends the
 * time again when its own clock sees the step).
 */
const clock = new SteadyClock({ wall: () => Date.now(), monotonic: () => performance.now(), countsSleep: false });
/** The page's clock when the current state's elapsedMs was true. */
let anchor = 0;
let ticker: ReturnType<typeof setTimeout> | undefined;
/** Ratings chosen in the self-review form, kept across re-renders. */
const ratings = new Map<string, 1 | 2 | 3 | 4>();
/** A note per dimension, kept across re-renders. */
const dimensionNotes = new Map<string, string>();
let note = '';
/** The outline points ticked as covered, before they are saved (undefined: as the host last said). */
let coveredDraft: Set<string> | undefined;
/** What the user typed or chose before a re-render (the host re-sends the idle state when loops load). */
let customDraft: string | undefined;
let presetChoice: string | undefined;

function post(message: TimerRequest): void {
  vscode.postMessage(message);
}

const format = formatDuration;

/** "25 min", or m:ss for a phase of a shortened round (a keybinding's args may shorten one). */
function minutesText(minutes: number): string {
  return Number.isInteger(minutes) ? `${minutes} min` : format(minutes * 60_000);
}

function elapsedNow(state: TimerSessionState): number {
  const running = state.status === 'running' ? clock.now() - anchor : 0;
  return Math.min(state.totalMs, state.elapsedMs + running);
}

function currentPhase(state: TimerSessionState, elapsed: number): number {
  const skippedTo = state.phase;
  const byTime = state.phases.findIndex((phase) => elapsed < phase.endMs);
  return Math.max(skippedTo, byTime === -1 ? state.phases.length - 1 : byTime);
}

/** "Design · 12:03 left in phase 2 of 4", or the whole length for a one-phase timer. */
function describePhase(state: TimerSessionState, elapsed: number, phase: number): string {
  const current = state.phases[phase];
  return state.phases.length > 1 && current ? `${current.title} · ${format(current.endMs - elapsed)} left in phase ${phase + 1} of ${state.phases.length}` : `of ${format(state.totalMs)}`;
}

function button(label: string, title: string, onClick: () => void, secondary = false): HTMLButtonElement {
  const node = element('button', { type: 'button', className: secondary ? 'secondary' : '', title }, label);
  node.addEventListener('click', onClick);
  return node;
}

function phaseBar(state: TimerSessionState, elapsed: number, phase: number): SVGSVGElement {
  const bar = document.createElementNS(svgNamespace, 'svg');
  bar.setAttribute('class', 'phase-bar');
  bar.setAttribute('viewBox', `0 0 ${state.totalMs} 10`);
  bar.setAttribute('preserveAspectRatio', 'none');
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', `Phases: ${state.phases.map((candidate, index) => `${candidate.title} ${minutesText(candidate.minutes)}${index < phase ? ' (done)' : index === phase ? ' (now)' : ''}`).join(', ')}`);
  state.phases.forEach((candidate, index) => {
    const start = candidate.startMs;
    const width = Math.max(0, candidate.endMs - start);
    const segment = document.createElementNS(svgNamespace, 'rect');
    segment.setAttribute('x', String(start));
    segment.setAttribute('width', String(width));
    segment.setAttribute('height', '10');
    segment.setAttribute('class', index < phase ? 'segment done' : index === phase ? 'segment current' : 'segment');
    const label = document.createElementNS(svgNamespace, 'title');
    label.textContent = `${candidate.title}: ${minutesText(candidate.minutes)}`;
    segment.append(label);
    bar.append(segment);
    if (index === phase) {
      const fill = document.createElementNS(svgNamespace, 'rect');
      fill.setAttribute('x', String(start));
      fill.setAttribute('width', String(Math.max(0, Math.min(width, elapsed - start))));
      fill.setAttribute('height', '10');
      fill.setAttribute('class', 'fill');
      bar.append(fill);
    }
  });
  // A gap between phases, drawn over the segments, so each phase reads as its own block.
  for (const candidate of state.phases.slice(1)) {
    const gap = document.createElementNS(svgNamespace, 'line');
    gap.setAttribute('x1', String(candidate.startMs));
    gap.setAttribute('x2', String(candidate.startMs));
    gap.setAttribute('y1', '0');
    gap.setAttribute('y2', '10');
    gap.setAttribute('class', 'gap');
    gap.setAttribute('vector-effect', 'non-scaling-stroke');
    bar.append(gap);
  }
  return bar;
}

/**
 * The custom timer's minutes field: one element for the view's life, moved into each
 * re-render rather than rebuilt, so that typing, the caret and a selection survive the
 * idle state the host re-sends (when loops load, or presets change). A rebuilt field
 * lost the selection: a "5" typed over a selected "45" became "455".
 */
let customMinutes: HTMLInputElement | undefined;

function customMinutesField(fallback: number): HTMLInputElement {
  if (!customMinutes) {
    const field = element('input', { id: 'custom-minutes', type: 'number', min: '1', max: '600', step: '1', className: 'minutes' });
    field.addEventListener('input', () => {
      customDraft = field.value;
      field.setCustomValidity('');
    });
    field.addEventListener('keydown', (event) => { if (event.key === 'Enter') startCustomTimer(field); });
    customMinutes = field;
  }
  if (customDraft === undefined) customMinutes.value = String(fallback);
  return customMinutes;
}

function startCustomTimer(field: HTMLInputElement): void {
  const value = Number(field.value);
  if (Number.isInteger(value) && value >= 1 && value <= 600) post({ type: 'startCustom', minutes: value });
  else field.setCustomValidity('A whole number of minutes from 1 to 600.');
  field.reportValidity();
}

function renderIdle(state: Extract<TimerViewState, { status: 'idle' }>): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (state.presets.length > 0) {
    const select = element('select', { id: 'preset', className: 'preset' });
    for (const preset of state.presets) {
      select.append(element('option', { value: preset.id, selected: preset.id === presetChoice }, `${preset.title} — ${preset.minutes} min`));
    }
    select.addEventListener('change', () => { presetChoice = select.value; });
    const detail = element('p', { className: 'phases' });
    const describe = (): void => {
      const preset = state.presets.find((candidate) => candidate.id === select.value) ?? state.presets[0];
      detail.textContent = preset ? preset.phases.map((phase) => `${phase.title} ${phase.minutes}`).join(' · ') : '';
    };
    select.addEventListener('change', describe);
    describe();
    parts.push(
      element('h2', {}, 'Mock round'),
      element('label', { htmlFor: 'preset', className: 'caption' }, state.loopTitle ?? 'Rounds'),
      select,
      detail,
      element('div', { className: 'actions' }, button('Start Mock Round', 'Start the round chosen above, with its phases', () => { post({ type: 'startPreset', id: select.value }); })),
    );
  } else {
    parts.push(
      element('h2', {}, 'Mock round'),
      element('p', {}, 'Pick an interview loop in the Rounds view to time its rounds, phase by phase.'),
      element('div', { className: 'actions' }, button('Pick Interview Loop', 'Choose the loop whose rounds to time', () => { post({ type: 'runCommand', command: 'loopPrep.pickLoop' }); }, true)),
    );
  }
  const minutes = customMinutesField(state.customMinutes);
  parts.push(
    element('h2', {}, 'Custom timer'),
    element('div', { className: 'row' }, minutes, element('label', { htmlFor: 'custom-minutes' }, 'minutes'), button('Start', 'Start a one-phase timer of these minutes', () => { startCustomTimer(minutes); })),
    element('h2', {}, 'Timed coding session'),
    element('p', {}, 'Solve practice problems against the clock, like an online assessment; solve times are recorded.'),
    element('div', { className: 'actions' }, button('Start Timed Coding Session…', 'Pick problems, or two random medium ones', () => { post({ type: 'runCommand', command: 'loopPrep.startCodingSession' }); }, true)),
  );
  return parts;
}

const endings: Record<string, string> = { 'time-up': "Time's up", stopped: 'Stopped', finished: 'Finished' };

function renderSession(state: TimerSessionState): HTMLElement[] {
  const elapsed = elapsedNow(state);
  const remaining = state.status === 'ended' ? 0 : state.totalMs - elapsed;
  const phase = currentPhase(state, elapsed);
  const parts: HTMLElement[] = [element('h2', { className: 'title' }, state.title)];
  const big = element('div', { className: 'remaining', role: 'timer' }, format(remaining));
  big.setAttribute('aria-label', `${format(remaining)} left`);
  parts.push(big);
  if (state.status !== 'ended') {
    const phaseLine = describePhase(state, elapsed, phase);
    parts.push(element('p', { className: 'phase' }, state.status === 'paused' ? `Paused · ${phaseLine}` : phaseLine));
  } else {
    parts.push(element('p', { className: 'phase' }, `${endings[state.ending ?? 'stopped'] ?? 'Ended'} after ${format(state.elapsedMs)} of ${format(state.totalMs)}`));
  }
  const bar = element('div', { className: 'bar' });
  bar.append(phaseBar(state, elapsed, phase));
  parts.push(bar);

  if (state.status !== 'ended') {
    const toggle = state.status === 'running'
      ? button('Pause', `Pause the clock (Space, or ${state.keys.toggle})`, () => { post({ type: 'pause' }); })
      : button('Resume', `Resume the clock (Space, or ${state.keys.toggle})`, () => { post({ type: 'resume' }); });
    toggle.id = 'toggle';
    const actions = [toggle];
    if (state.phases.length > 1) actions.push(button(phase + 1 < state.phases.length ? 'Next Phase' : 'Finish', `Move on now; the minutes saved go to the next phase (N, or ${state.keys.skip})`, () => { post({ type: 'skip' }); }, true));
    actions.push(button('Stop', 'End the session now (it is recorded as stopped)', () => { post({ type: 'stop' }); }, true));
    parts.push(element('div', { className: 'actions' }, ...actions));
  }

  if (state.problems) parts.push(problemTable(state));
  if (state.interviewer) parts.push(...interviewerParts(state, state.interviewer));
  if (state.status === 'ended') {
    if (state.interviewer?.outline) parts.push(outlineForm(state, state.interviewer.outline));
    if (state.phases.length > 1) parts.push(phaseTable(state));
    if (state.review) parts.push(reviewForm(state, state.review));
    parts.push(element('div', { className: 'actions' }, button('New Timer', 'Leave this summary and choose another timer', () => { post({ type: 'dismiss' }); }, true)));
  }
  return parts;
}

type Interviewer = NonNullable<TimerSessionState['interviewer']>;

function list(items: readonly string[], className = ''): HTMLElement {
  return element('ul', { className }, ...items.map((item) => element('li', {}, item)));
}

function details(summary: string, open: boolean, ...children: (HTMLElement | string)[]): HTMLElement {
  const node = element('details', { open }, element('summary', {}, summary), ...children);
  return node;
}

/** What the interviewer shows beside the clock: the prompt, what to cover now, probes, answers, the question. */
function interviewerParts(state: TimerSessionState, view: Interviewer): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const running = state.status !== 'ended';
  if (view.missing) parts.push(element('p', { className: 'notice' }, view.missing));
  if (view.kind === 'design' && view.prompt !== undefined) {
    const prompt = element('section', { className: 'interviewer prompt' }, details(`The prompt${view.caseTitle ? ` · ${view.caseTitle}` : ''}`, running && state.phase === 0, element('blockquote', {}, view.prompt)));
    if (!running) parts.push(prompt);
    if (running) {
      // The newest probe first, where the eye already is; unmarked ones ask for a mark.
      const probes = [...view.probes].reverse().map((probe, index) => {
        const box = element('div', { className: `probe${probe.answered === undefined ? ' open' : ''}${index === 0 ? ' newest' : ''}` });
        box.dataset['probe'] = probe.id;
        box.append(element('p', { className: 'probe-question' }, probe.question));
        if (probe.answered === undefined) {
          box.append(element('div', { className: 'actions' },
            button('Answered', 'I answered this probe', () => { post({ type: 'markProbe', session: state.session, probe: probe.id, answered: true }); }),
            button('Could Not Answer', 'I could not answer it well: it comes back in a later round', () => { post({ type: 'markProbe', session: state.session, probe: probe.id, answered: false }); }, true)));
        } else {
          // A mark clicked by mistake is put right with the other one (the latest mark counts).
          const change = element('button', { type: 'button', className: 'link', title: probe.answered ? 'Mark it not answered' : 'Mark it answered' }, 'Change');
          change.addEventListener('click', () => { post({ type: 'markProbe', session: state.session, probe: probe.id, answered: !probe.answered }); });
          box.append(element('p', { className: 'muted' }, probe.answered ? '✓ Answered · ' : '✗ Not answered · ', change));
        }
        return box;
      });
      if (probes.length > 0) parts.push(element('section', { className: 'interviewer probes' }, element('h2', {}, 'The interviewer asks'), ...probes));
      if (view.cover.length > 0) parts.push(element('section', { className: 'interviewer cover' }, element('h2', {}, 'Cover now'), list(view.cover)));
      const ask = button(view.unasked > 0 ? 'Ask the Interviewer…' : 'Asked everything', 'Ask a clarifying question: scale, latency, data… (the answer is recorded)', () => { post({ type: 'ask' }); }, true);
      ask.id = 'ask';
      ask.disabled = view.unasked === 0;
      const actions = [ask];
      if (view.doc) actions.push(button('Open Design Doc', view.doc, () => { post({ type: 'openDoc' }); }, true));
      parts.push(element('div', { className: 'actions' }, ...actions), prompt);
    }
    if (view.asked.length > 0) {
      parts.push(element('section', { className: 'interviewer answers' }, element('h2', {}, 'What you asked'), element('dl', {}, ...view.asked.flatMap((fact) => [element('dt', {}, fact.question), element('dd', {}, fact.answer)]))));
    }
  }
  if (view.kind === 'behavioral' && view.question && running) {
    const question = view.question;
    parts.push(element('section', { className: 'interviewer question' },
      element('h2', {}, `Question · ${question.category}`),
      element('p', { className: 'question-text' }, question.text),
      details('Follow-ups they may ask', false, list(question.followUps)),
      details('What they listen for', false, list(question.listenFor))));
    if (view.stories.length > 0) {
      parts.push(element('section', { className: 'interviewer stories' }, element('h2', {}, 'Your stories'), element('ul', {}, ...view.stories.map((story) => {
        const open = element('button', { type: 'button', className: 'link', title: 'Open this story beside the editor' }, story.title);
        open.addEventListener('click', () => { post({ type: 'openStory', index: story.index }); });
        return element('li', {}, open);
      }))));
    } else {
      parts.push(element('p', { className: 'muted' }, 'Tip: write your stories with Loop Prep: New Story… and they are listed here during the round.'));
    }
  }
  if (view.kind === 'fundamentals' && running) {
    parts.push(element('p', { className: 'interviewer' }, 'The round\'s cards are in the review panel: read each, answer out loud as you would to the interviewer, then reveal and grade yourself honestly.'));
  }
  if (running && view.upcoming.length > 0) {
    parts.push(details(`What is left · ${view.upcoming.length} more`, false, list(view.upcoming.map((phase) => `${phase.title} · ${minutesText(phase.minutes)}`))));
  }
  if (running && view.lastNotes.length > 0) {
    parts.push(element('section', { className: 'interviewer last-notes' }, details('Your notes from last time', state.elapsedMs < 5 * 60_000, element('dl', {}, ...view.lastNotes.flatMap((entry) => [element('dt', {}, entry.title), element('dd', {}, entry.text)])))));
  }
  return parts;
}

/** After a design round: the reference outline as a checklist of what the design covered. */
function outlineForm(state: TimerSessionState, outline: NonNullable<Interviewer['outline']>): HTMLElement {
  const covered = coveredDraft ?? new Set(outline.sections.flatMap((section) => section.points.filter((point) => point.covered).map((point) => point.key)));
  const total = outline.sections.reduce((sum, section) => sum + section.points.length, 0);
  const form = element('form', { className: 'outline' });
  form.append(
    element('h2', {}, outline.saved ? `Reference outline · ${covered.size}/${total} covered` : 'What did your design cover?'),
    element('p', {}, 'Tick each point of the reference your design doc covered.'),
    element('div', { className: 'actions' }, button('Open Reference Beside Your Doc', 'The outline, the numbers, the interviewer\'s answers and the probes with their points', () => { post({ type: 'showReference' }); }, true)),
  );
  for (const section of outline.sections) {
    const group = element('fieldset', { className: 'outline-section' }, element('legend', {}, section.section));
    for (const point of section.points) {
      const id = `point-${point.key}`;
      const box = element('input', { type: 'checkbox', id, checked: covered.has(point.key) });
      box.addEventListener('change', () => {
        coveredDraft = new Set(covered);
        if (box.checked) coveredDraft.add(point.key);
        else coveredDraft.delete(point.key);
        covered.clear();
        for (const key of coveredDraft) covered.add(key);
      });
      group.append(element('div', { className: 'point' }, box, element('label', { htmlFor: id }, point.text)));
    }
    form.append(group);
  }
  form.append(element('div', { className: 'actions' }, element('button', { type: 'submit', id: 'save-coverage' }, outline.saved ? 'Save Coverage Again' : 'Save Coverage')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    post({ type: 'coverage', session: state.session, covered: [...covered] });
    coveredDraft = undefined;
  });
  return form;
}

function problemTable(state: TimerSessionState): HTMLElement {
  const rows = (state.problems ?? []).map((problem) => {
    const result = problem.solvedMs !== undefined
      ? `solved in ${describeSolveTime(problem.solvedMs / 1000)}`
      : problem.total !== undefined ? `${problem.passed ?? 0}/${problem.total} passing` : 'not run yet';
    const open = element('button', { type: 'button', className: 'link', title: `Open ${problem.folder}` }, problem.title);
    open.addEventListener('click', () => { post({ type: 'openProblem', folder: problem.folder }); });
    const row = element('tr', {}, element('td', {}, open), element('td', {}, result), element('td', { className: 'muted' }, `target ${problem.targetMinutes} min`));
    row.dataset['problem'] = problem.problem;
    row.dataset['solved'] = String(problem.solvedMs !== undefined);
    return row;
  });
  const solved = (state.problems ?? []).filter((problem) => problem.solvedMs !== undefined).length;
  return element('section', { className: 'problems' }, element('h2', {}, `Problems · ${solved}/${state.problems?.length ?? 0} solved`), element('table', {}, element('tbody', {}, ...rows)));
}

function phaseTable(state: TimerSessionState): HTMLElement {
  const rows = state.phases.map((phase) => {
    const reached = phase.startMs < state.elapsedMs;
    return element('tr', {}, element('td', {}, phase.title), element('td', {}, reached ? format(phase.spentMs) : 'not reached'), element('td', { className: 'muted' }, `planned ${minutesText(phase.minutes)}`));
  });
  return element('section', {}, element('h2', {}, 'Phases'), element('table', {}, element('tbody', {}, ...rows)));
}

function reviewForm(state: TimerSessionState, review: NonNullable<TimerSessionState['review']>): HTMLElement {
  if (review.saved) {
    return element(
      'section',
      { className: 'review saved' },
      element('h2', {}, 'Self-review saved'),
      element('p', {}, 'The Stats panel shows how each part of your rounds is trending.'),
      element('div', { className: 'actions' }, button('Show Stats', 'Open the Stats panel', () => { post({ type: 'runCommand', command: 'loopPrep.showStats' }); }, true)),
    );
  }
  const form = element('form', { className: 'review' });
  form.append(element('h2', {}, `How did it go? · ${review.title} rubric`), element('p', {}, 'Rate each part as an interviewer would, with a note of what to change. Leave a part out if it did not apply.'));
  const scale = ([1, 2, 3, 4] as const).map((value) => [value, ratingLabels[value]] as const);
  for (const dimension of review.dimensions) {
    const group = element('fieldset', { className: 'dimension' });
    group.append(element('legend', { title: dimension.hint }, dimension.title));
    for (const [value, label] of scale) {
      const id = `rate-${dimension.id}-${value}`;
      const input = element('input', { type: 'radio', name: dimension.id, id, value: String(value), checked: ratings.get(dimension.id) === value });
      input.addEventListener('change', () => { ratings.set(dimension.id, value); });
      group.append(element('span', { className: 'choice' }, input, element('label', { htmlFor: id, title: `${value}: ${label}` }, label)));
    }
    const noteId = `note-${dimension.id}`;
    const field = element('input', { type: 'text', id: noteId, className: 'dimension-note', placeholder: 'Note (optional)', value: dimensionNotes.get(dimension.id) ?? '', maxLength: 4000 });
    field.setAttribute('aria-label', `Note on ${dimension.title}`);
    field.addEventListener('input', () => { dimensionNotes.set(dimension.id, field.value); });
    group.append(field);
    form.append(group);
  }
  const text = element('textarea', { id: 'review-note', rows: 3, placeholder: 'What will you do differently next time?', value: note, maxLength: 4000 });
  text.addEventListener('input', () => { note = text.value; });
  form.append(element('label', { htmlFor: 'review-note', className: 'caption' }, 'Note'), text);
  form.append(element('div', { className: 'actions' }, element('button', { type: 'submit' }, 'Save Review')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const notes = Object.fromEntries([...dimensionNotes].filter(([, text]) => text.trim() !== ''));
    post({ type: 'review', session: state.session, ratings: Object.fromEntries(ratings), ...(Object.keys(notes).length > 0 ? { notes } : {}), ...(note.trim() ? { note } : {}) });
  });
  return form;
}

function render(): void {
  if (!root || !current) return;
  if (ticker !== undefined) clearTimeout(ticker);
  ticker = undefined;
  const state = current;
  // Keep the focus on the same control across a re-render (keyboard users).
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  root.dataset['status'] = state.status;
  if (state.status === 'idle') {
    root.replaceChildren(...renderIdle(state));
    delete root.dataset['remainingMs'];
  } else {
    const elapsed = elapsedNow(state);
    const remaining = state.status === 'ended' ? 0 : state.totalMs - elapsed;
    // For the end-to-end test: the exact remaining time this render shows, and when (page clock).
    root.dataset['remainingMs'] = String(Math.round(remaining));
    root.dataset['renderedAt'] = String(Date.now());
    // Keep the form's element when only the clock moves: a rebuilt form loses the typing.
    const live = root.querySelector('.remaining');
    if (live && state.status === 'running' && root.dataset['session'] === state.session && !root.dataset['dirty']) {
      updateClock(state, elapsed, remaining);
    } else {
      root.replaceChildren(...renderSession(state));
      root.dataset['session'] = state.session;
    }
    delete root.dataset['dirty'];
    if (state.status === 'running' && remaining > 0) {
      // Wake when the shown second changes (whole seconds, rounded up); at 0:00 the host's end follows.
      const toSecond = remaining % 1000 === 0 ? 1000 : remaining % 1000;
      ticker = setTimeout(render, Math.max(1, Math.min(toSecond, remaining)) + 1);
    }
  }
  if (focusedId) document.getElementById(focusedId)?.focus();
  // A probe that just came: the sidebar view is short, so bring it into sight once.
  const newest = root.querySelector<HTMLElement>('.probe.open.newest');
  if (newest && newest.dataset['probe'] !== shownProbe) {
    shownProbe = newest.dataset['probe'];
    newest.scrollIntoView({ block: 'nearest' });
  }
}

/** The last probe brought into sight. */
let shownProbe: string | undefined;

/** Updates the running clock in place: text, phase line and bar. */
function updateClock(state: TimerSessionState, elapsed: number, remaining: number): void {
  const phase = currentPhase(state, elapsed);
  const big = root?.querySelector('.remaining');
  if (big) {
    big.textContent = format(remaining);
    big.setAttribute('aria-label', `${format(remaining)} left`);
  }
  const line = root?.querySelector('.phase');
  if (line) line.textContent = describePhase(state, elapsed, phase);
  const bar = root?.querySelector('.bar');
  if (bar) bar.replaceChildren(phaseBar(state, elapsed, phase));
}

/** The session the form drafts belong to. */
let draftSession: string | undefined;

function accept(state: TimerViewState, anchorAt: number): void {
  // A new session starts with an empty form, also after the idle picker came between (a
  // recruiter screen's ratings once followed the user into a design round's review).
  if (state.status !== 'idle' && state.session !== draftSession) {
    draftSession = state.session;
    ratings.clear();
    dimensionNotes.clear();
    coveredDraft = undefined;
    note = '';
  }
  current = state;
  anchor = anchorAt;
  if (root) root.dataset['dirty'] = '1';
  render();
}

// Space pauses or resumes, N moves to the next phase: only when focus is not in a field or on a button.
window.addEventListener('keydown', (event) => {
  if (!current || current.status === 'idle' || current.status === 'ended' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target instanceof HTMLButtonElement) return;
  if (event.key === ' ') {
    event.preventDefault();
    post({ type: current.status === 'running' ? 'pause' : 'resume' });
  } else if ((event.key === 'n' || event.key === 'N') && currentPhase(current, elapsedNow(current)) + 1 < current.phases.length) {
    // Only to a next phase: finishing the session takes the Finish button.
    post({ type: 'skip' });
  }
});

// Restore what was last shown at once (the view may have been hidden and shown), counted
// on by the wall clock since it was saved; then ask the host for the truth.
const saved = SavedTimerState.safeParse(vscode.getState());
if (saved.success) accept(saved.data.state, saved.data.receivedAt);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = TimerNotification.safeParse(event.data);
  if (!message.success) return;
  const { state } = message.data;
  // The run time was true when the host sent it. On one machine (the usual case) the
  // clocks agree and the message's time in transit is counted; a remote host's clock may
  // differ from this one, so an implausible transit time is not trusted.
  const now = clock.now();
  const transit = state.status === 'idle' ? 0 : now - state.sentAt;
  const counted = transit >= 0 && transit < 2_000 ? transit : 0;
  // Saved in wall-clock time: a page made again starts its clock from the wall clock.
  vscode.setState({ state, receivedAt: Date.now() - counted });
  accept(state, now - counted);
});

post({ type: 'ready' });
