import { StatsNotification, StatsView, type DeckStatsRow, type RetentionCountView, type ReviewTrendRow, type StatsRequest, type TimedHistoryView, type TimedSessionRow } from './protocol';
import { element, vscodeApi } from '../shared/dom';
import { plural } from '../../core/plural';

// The Stats panel: charts drawn as SVG from the host's figures. Colours come from the
// stylesheet (media/stats.css, theme variables only): the CSP forbids inline styles, and
// classes keep every theme, high contrast included, in one place.

const vscode = vscodeApi<StatsRequest, StatsView>();
const root = document.getElementById('root');
const svgNamespace = 'http://www.w3.org/2000/svg';
const dayMs = 86_400_000;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, ...children: Node[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** A hover label for an SVG shape (and its accessible name). */
function title(text: string): SVGTitleElement {
  const node = svg('title');
  node.textContent = text;
  return node;
}

/** The date of a study day, e.g. "Tue 10 Mar". Study days count local dates, so format them as UTC. */
function dateOf(day: number, withYear = false): string {
  return new Date(day * dayMs).toLocaleDateString(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) });
}


function section(heading: string, summary: string, ...content: Node[]): HTMLElement {
  return element('section', { className: 'chart' }, element('h2', {}, heading), element('p', { className: 'summary' }, summary), ...content);
}

function forecastChart(stats: StatsView): HTMLElement {
  const width = 600;
  const height = 140;
  // Room above the bars for the scale, below them for the day ticks.
  const top = 16;
  const bottom = 20;
  const gap = 2;
  const max = Math.max(1, ...stats.forecast);
  const bar = width / stats.forecast.length;
  const plot = height - top - bottom;
  const bars = stats.forecast.map((count, offset) => {
    const barHeight = (plot * count) / max;
    const label = `${offset === 0 ? 'Today (overdue included)' : dateOf(stats.today + offset)}: ${plural(count, 'card')}`;
    return svg('rect', { class: offset === 0 ? 'bar today' : 'bar', x: offset * bar + gap / 2, y: top + plot - barHeight, width: bar - gap, height: Math.max(barHeight, count > 0 ? 1 : 0) }, title(label));
  });
  const ticks = [0, 7, 14, 21, 28].map((offset) =>
    Object.assign(svg('text', { class: 'tick', x: offset === 0 ? 0 : offset * bar + bar / 2, y: height - 5, 'text-anchor': offset === 0 ? 'start' : 'middle' }), { textContent: offset === 0 ? 'today' : `+${offset}d` }),
  );
  const scale = Object.assign(svg('text', { class: 'tick', x: width, y: 11, 'text-anchor': 'end' }), { textContent: `tallest bar: ${plural(max, 'card')}` });
  const baseline = svg('line', { class: 'axis', x1: 0, x2: width, y1: top + plot + 0.5, y2: top + plot + 0.5 });
  const total = stats.forecast.reduce((sum, count) => sum + count, 0);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Cards due in each of the next 30 days: ${stats.forecast.map((count, offset) => `${offset === 0 ? 'today' : `day ${offset}`} ${count}`).join(', ')}` }, baseline, ...bars, ...ticks, scale);
  return section('Due in the next 30 days', `${plural(total, 'card')} over 30 days; ${plural(stats.forecast[0] ?? 0, 'card')} today.`, chart);
}

function heatmapChart(stats: StatsView): HTMLElement {
  const cell = 11;
  const gap = 2;
  const days = stats.heatmap.length;
  const firstDay = stats.today - days + 1;
  // Columns are weeks starting on Monday; 1970-01-01 (day 0) was a Thursday.
  const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;
  const leading = weekday(firstDay);
  const max = Math.max(1, ...stats.heatmap);
  const cells = stats.heatmap.map((count, index) => {
    const position = index + leading;
    const level = count === 0 ? 0 : Math.min(4, Math.ceil((4 * count) / max));
    return svg('rect', { class: `cell level-${level}`, x: Math.floor(position / 7) * (cell + gap), y: (position % 7) * (cell + gap) + 14, width: cell, height: cell, rx: 2 }, title(`${dateOf(firstDay + index, true)}: ${plural(count, 'review')}`));
  });
  const months: SVGTextElement[] = [];
  for (let index = 0; index < days; index++) {
    const date = new Date((firstDay + index) * dayMs);
    if (date.getUTCDate() !== 1) continue;
    const x = Math.floor((index + leading) / 7) * (cell + gap);
    months.push(Object.assign(svg('text', { class: 'tick', x, y: 10 }), { textContent: date.toLocaleDateString(undefined, { timeZone: 'UTC', month: 'short' }) }));
  }
  const columns = Math.ceil((days + leading) / 7);
  const activeDays = stats.heatmap.filter((count) => count > 0).length;
  const yearTotal = stats.heatmap.reduce((sum, count) => sum + count, 0);
  const chart = svg('svg', { viewBox: `0 0 ${columns * (cell + gap)} ${7 * (cell + gap) + 14}`, role: 'img', 'aria-label': `Reviews per day over the last year: ${plural(yearTotal, 'review')} on ${plural(activeDays, 'day')}` }, ...months, ...cells);
  const legend = element('p', { className: 'legend' }, 'Less ', ...[0, 1, 2, 3, 4].map((level) => element('span', { className: `swatch level-${level}` })), ' More');
  legend.setAttribute('aria-hidden', 'true');
  return section('Reviews in the last year', `${plural(yearTotal, 'review')} on ${plural(activeDays, 'day')}; current streak ${plural(stats.streakDays, 'day')}.`, chart, legend);
}

function percent(count: RetentionCountView): string {
  const total = count.passed + count.failed;
  return total === 0 ? '—' : `${((100 * count.passed) / total).toFixed(1)}%`;
}

function retentionFigure(label: string, count: RetentionCountView): HTMLElement {
  const total = count.passed + count.failed;
  return element('div', { className: 'figure' }, element('span', { className: 'value' }, percent(count)), element('span', { className: 'label' }, label), element('span', { className: 'detail' }, total === 0 ? 'no reviews' : `${count.passed} of ${total} passed`));
}

function retentionSection(stats: StatsView): HTMLElement {
  const { all, young, mature } = stats.retention;
  const target = `${Math.round(stats.desiredRetention * 100)}%`;
  const total = all.passed + all.failed;
  const summary =
    total === 0
      ? 'No reviews of cards on the long-term schedule in the last 30 days yet.'
      : `Of ${plural(total, 'review')} of long-term cards in the last 30 days, ${percent(all)} were recalled (Hard, Good or Easy); the scheduler aims for ${target}.`;
  return section('True retention, last 30 days', summary, element('div', { className: 'figures' }, retentionFigure('all', all), retentionFigure('young (interval < 21 d)', young), retentionFigure('mature', mature), element('div', { className: 'figure target' }, element('span', { className: 'value' }, target), element('span', { className: 'label' }, 'desired retention'), element('span', { className: 'detail' }, 'setting'))));
}

function deckTable(decks: readonly DeckStatsRow[], today: StatsView['todayCounts']): HTMLElement {
  // Today's three columns are the plan's counts: the same as the status bar and the Flashcards view.
  const header = element('tr', {}, ...['Deck', 'New today', 'Learning', 'Due today', 'Unseen', 'Young', 'Mature', 'Cards'].map((name) => element('th', { scope: 'col' }, name)));
  const rows = decks.map((deck) => {
    const open = element('button', { type: 'button', className: 'link', title: `Review ${deck.title}` }, deck.title);
    open.addEventListener('click', () => { vscode.postMessage({ type: 'reviewDeck', deckId: deck.id }); });
    // The share of the deck on the long-term schedule, as a bar under the name.
    const meter = element('meter', { min: 0, max: Math.max(1, deck.total), value: deck.young + deck.mature, title: `${deck.young + deck.mature} of ${deck.total} on the long-term schedule` });
    return element(
      'tr',
      {},
      element('th', { scope: 'row' }, open, meter),
      ...[deck.today.fresh, deck.today.learning, deck.today.due, deck.unseen, deck.young, deck.mature, deck.total].map((value) => element('td', {}, String(value))),
    );
  });
  const total = decks.reduce((sum, deck) => sum + deck.total, 0);
  const sum = (key: 'unseen' | 'young' | 'mature'): number => decks.reduce((all, deck) => all + deck[key], 0);
  const totals = element('tr', { className: 'total' }, element('th', { scope: 'row' }, 'All decks'), ...[today.fresh, today.learning, today.due, sum('unseen'), sum('young'), sum('mature'), total].map((value) => element('td', {}, String(value))));
  const table = element('table', {}, element('thead', {}, header), element('tbody', {}, ...rows), element('tfoot', {}, totals));
  return section('Decks', `${plural(decks.length, 'deck')}, ${plural(total, 'card')}. Today's new, learning and due cards are your plan's. Click a deck to review it.`, table);
}

/** The page's word for each way a dimension moved: the arrow is decoration, the word is what a screen reader says. */
const changes = {
  up: { arrow: '↑', word: 'Improving' },
  down: { arrow: '↓', word: 'Slipping' },
  same: { arrow: '→', word: 'Steady' },
} as const;

const sessionKinds: Readonly<Record<TimedSessionRow['kind'], string>> = { 'mock-round': 'mock round', custom: 'custom timer', 'coding-session': 'coding session' };
const sessionEndings: Readonly<Record<TimedSessionRow['ending'], string>> = { 'time-up': 'Time up', stopped: 'Stopped early', finished: 'Finished' };

/** Text that only assistive technology reads (the visible cell says the same with an arrow). */
function spoken(text: string): HTMLElement {
  return element('span', { className: 'visually-hidden' }, text);
}

/** Text for the eye only: `spoken` beside it says the same in words. */
function decoration(text: string, className = ''): HTMLElement {
  const node = element('span', { className }, text);
  node.setAttribute('aria-hidden', 'true');
  return node;
}

function meanText(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(1);
}

/** Minutes of a duration: one decimal below ten minutes, where a rounded half matters. */
function minutes(ms: number): string {
  const value = ms / 60_000;
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** `m:ss` (or `h:mm:ss`) of a solve time. */
function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const rest = `${String(Math.floor((seconds % 3600) / 60)).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

function dateTimeOf(time: number): string {
  return new Date(time).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** The ratings in order, evenly spaced (rounds are not evenly spaced in time, but each is one step of practice). */
function sparkline(row: ReviewTrendRow): SVGSVGElement {
  const width = 84;
  const height = 22;
  const pad = 3;
  const last = row.series.length - 1;
  const x = (index: number): number => (last === 0 ? width / 2 : pad + (index * (width - 2 * pad)) / last);
  // Rating 4 at the top, 1 at the bottom.
  const y = (rating: number): number => pad + ((4 - rating) * (height - 2 * pad)) / 3;
  const points = row.series.map((point, index) => `${x(index).toFixed(1)},${y(point.rating).toFixed(1)}`).join(' ');
  const dots = row.series.map((point, index) => svg('circle', { class: index === last ? 'spark-dot latest' : 'spark-dot', cx: x(index).toFixed(1), cy: y(point.rating).toFixed(1), r: index === last ? 2.2 : 1.4 }, title(`${dateTimeOf(point.time)}: ${point.rating} of 4`)));
  const guide = svg('line', { class: 'axis', x1: 0, x2: width, y1: height - pad + 0.5, y2: height - pad + 0.5 });
  return svg(
    'svg',
    { class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `${row.title} ratings, oldest first: ${row.series.map((point) => point.rating).join(', ')} (of 4)` },
    guide,
    ...(last > 0 ? [svg('polyline', { class: 'spark-line', points })] : []),
    ...dots,
  );
}

function changeCell(row: ReviewTrendRow): HTMLElement {
  if (row.change === undefined || row.recentMean === undefined || row.previousMean === undefined) {
    return element('td', { className: 'change none' }, decoration('—'), spoken(row.count === 0 ? 'No ratings yet' : 'Not enough ratings to compare yet'));
  }
  const { arrow, word } = changes[row.change];
  const text = `${word}: ${meanText(row.recentMean)} over the last ${Math.min(3, row.count)} against ${meanText(row.previousMean)} before`;
  // The arrow and its colour are for the eye; the word is visible too, so neither colour nor shape is the only cue.
  return element('td', { className: `change ${row.change}`, title: text }, decoration(arrow, 'arrow'), decoration(` ${word.toLowerCase()}`), spoken(text));
}

const rubricTitles: Readonly<Record<ReviewTrendRow['rubric'], string>> = { design: 'System design', coding: 'Coding', behavioral: 'Behavioral', fundamentals: 'ML fundamentals' };

/** One table per rubric used, each row a dimension with its trend and the latest note written for it. */
function trendTables(trend: readonly ReviewTrendRow[]): HTMLElement[] {
  const rubricsUsed = [...new Set(trend.map((row) => row.rubric))];
  return rubricsUsed.map((rubric) => trendTable(rubric, trend.filter((row) => row.rubric === rubric)));
}

function trendTable(rubric: ReviewTrendRow['rubric'], trend: readonly ReviewTrendRow[]): HTMLElement {
  const header = element('tr', {}, ...['Dimension', 'Ratings', 'Last 3', '3 before', 'Trend', 'History', 'Your last note'].map((name) => element('th', { scope: 'col' }, name)));
  const rows = trend.map((row) =>
    element(
      'tr',
      {},
      element('th', { scope: 'row' }, row.title),
      element('td', {}, String(row.count)),
      element('td', {}, meanText(row.recentMean)),
      element('td', {}, meanText(row.previousMean)),
      changeCell(row),
      element('td', { className: 'spark' }, ...(row.series.length > 0 ? [sparkline(row)] : [])),
      row.lastNote ? element('td', { className: 'note', title: `Written ${dateTimeOf(row.lastNote.time)}` }, row.lastNote.text) : element('td', { className: 'note' }, decoration('—'), spoken('no note')),
    ),
  );
  return element('table', { className: 'trend' }, element('caption', {}, `${rubricTitles[rubric]} rounds: self-review ratings (1 no signal – 4 strong)`), element('thead', {}, header), element('tbody', {}, ...rows));
}

/** Per design case: how much of the reference outline the design covered, last time and at best. */
function coverageTable(coverage: TimedHistoryView['coverage']): HTMLElement {
  const header = element('tr', {}, ...['Case', 'Rounds', 'Last covered', 'Best'].map((name) => element('th', { scope: 'col' }, name)));
  const rows = coverage.map((row) =>
    element(
      'tr',
      {},
      element('th', { scope: 'row' }, row.title),
      element('td', {}, String(row.rounds)),
      element('td', { title: dateTimeOf(row.last.time) }, `${row.last.covered}/${row.last.total} (${Math.round((100 * row.last.covered) / Math.max(1, row.last.total))}%)`),
      element('td', {}, `${Math.round(100 * row.bestShare)}%`),
    ),
  );
  return element('table', { className: 'coverage' }, element('caption', {}, 'Design cases: the reference outline your design covered'), element('thead', {}, header), element('tbody', {}, ...rows));
}

function sessionTable(sessions: readonly TimedSessionRow[]): HTMLElement {
  const header = element('tr', {}, ...['Session', 'Started', 'Ending', 'Minutes (spent / planned)', 'Problems solved'].map((name) => element('th', { scope: 'col' }, name)));
  const rows = sessions.map((session) =>
    element(
      'tr',
      {},
      element('th', { scope: 'row' }, session.title, element('span', { className: 'kind' }, sessionKinds[session.kind])),
      element('td', {}, dateTimeOf(session.startedAt)),
      element('td', {}, sessionEndings[session.ending]),
      element('td', {}, `${minutes(session.elapsedMs)} / ${minutes(session.plannedMs)}`),
      session.problems
        ? element('td', { title: `${session.problems.solved} of ${plural(session.problems.total, 'problem')} solved` }, `${session.problems.solved}/${session.problems.total}`)
        : element('td', {}, decoration('—'), spoken('not a coding session')),
    ),
  );
  return element('table', { className: 'sessions' }, element('caption', {}, sessions.length === 1 ? 'The latest session' : `The latest ${sessions.length} sessions`), element('thead', {}, header), element('tbody', {}, ...rows));
}

function solveTable(solveTimes: TimedHistoryView['solveTimes']): HTMLElement {
  const header = element('tr', {}, ...['Problem', 'Best', 'Last', 'Solves'].map((name) => element('th', { scope: 'col' }, name)));
  const rows = solveTimes.map((row) => element('tr', {}, element('th', { scope: 'row' }, row.problem), element('td', {}, clock(row.bestMs)), element('td', {}, clock(row.lastMs)), element('td', {}, String(row.count))));
  return element('table', { className: 'solves' }, element('caption', {}, 'Solve times in coding sessions (m:ss of run time)'), element('thead', {}, header), element('tbody', {}, ...rows));
}

function timedSection(timed: TimedHistoryView): HTMLElement {
  const content: Node[] = [];
  if (timed.sessionCount === 0) {
    content.push(element('div', { className: 'empty-state' }, element('p', {}, 'No timed sessions yet: start a mock round from the Rounds view or the Timer view.')));
  } else {
    content.push(sessionTable(timed.sessions));
  }
  // Reviews and solves may outlive their session's record (a crash before the end), so each table stands on its own.
  if (timed.reviewCount > 0) content.push(...trendTables(timed.trend));
  if (timed.coverage.length > 0) content.push(coverageTable(timed.coverage));
  if (timed.solveTimes.length > 0) content.push(solveTable(timed.solveTimes));
  const shown = timed.sessionCount > timed.sessions.length ? ` (the latest ${timed.sessions.length} listed)` : '';
  const summary = `${plural(timed.sessionCount, 'timed session')}${shown}; ${plural(timed.reviewCount, 'self-review')}.`;
  return section('Mock rounds and timed sessions', summary, ...content);
}

function show(message: StatsNotification): void {
  if (!root) return;
  if (message.type === 'loading') {
    root.dataset['status'] = 'loading';
    root.replaceChildren(element('p', { className: 'summary' }, 'Loading your review history…'));
    return;
  }
  const { stats } = message;
  vscode.setState(stats);
  root.dataset['status'] = stats.totalReviews === 0 ? 'empty' : 'stats';
  const children: Node[] = [element('h1', {}, 'Flashcard stats')];
  if (stats.totalReviews === 0) {
    const start = element('button', { type: 'button' }, 'Review Due Cards');
    start.addEventListener('click', () => { vscode.postMessage({ type: 'reviewDue' }); });
    children.push(element('section', { className: 'empty-state' }, element('p', {}, 'No reviews yet. Your forecast, history and retention appear here as you review.'), start));
  }
  children.push(forecastChart(stats), heatmapChart(stats), retentionSection(stats), deckTable(stats.decks, stats.todayCounts), timedSection(stats.timed));
  root.replaceChildren(...children);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = StatsNotification.safeParse(event.data);
  if (message.success) show(message.data);
});

const saved = StatsView.safeParse(vscode.getState());
show(saved.success ? { type: 'stats', stats: saved.data } : { type: 'loading' });
vscode.postMessage({ type: 'ready' });
