import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { DayPlan } from '../../../src/core/plan/model';
import type { StatsView } from '../../../src/webviews/stats/protocol';
import type { ReviewViewState } from '../../../src/webviews/review/protocol';
import { sleep, testHooks, waitFor, workspaceFolder } from './helpers';

// The study plan in a real VS Code: one set of counts on every surface, the Today view and
// Start Today's Session, and (issue 20) a card reviewed on the interview day leaving the
// queue. The extension's test hooks (exported in the Test extension mode) read what each
// surface shows and move the study clock.

interface TestHooks {
  readonly clock: { offsetMs: number };
  probe(name: string, ...args: unknown[]): unknown;
  refresh(): void;
}

interface Counts {
  readonly fresh: number;
  readonly learning: number;
  readonly due: number;
}

interface TodayProbe {
  readonly description: string | undefined;
  readonly message: string | undefined;
  readonly rows: readonly { kind: string; label: string; description: string; done: boolean }[];
  readonly plan: DayPlan | undefined;
}

const day = 86_400_000;

const hooks = (): TestHooks => testHooks() as TestHooks;

/** "3 new · 1 learning · 12 due", leaving out what is zero: the one way every surface writes counts. */
function describe3(counts: Counts): string {
  const parts = [counts.fresh > 0 ? `${counts.fresh} new` : '', counts.learning > 0 ? `${counts.learning} learning` : '', counts.due > 0 ? `${counts.due} due` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'nothing due';
}

/** Reads every surface and checks they show the same numbers for the same scope; returns the day's total. */
function surfacesAgree(when: string): Counts {
  const testing = hooks();
  const stats = testing.probe('stats') as StatsView;
  const total = stats.todayCounts;
  const statusBar = testing.probe('statusBar') as string;
  assert.equal(statusBar.replace(/^\$\([a-z-]+\) /, '').replace(/ · \d+ problems?$/, ''), describe3(total), `${when}: the status bar`);
  const flashcards = testing.probe('flashcards') as { badge: number; rows: { deck: string; description: string }[] };
  assert.equal(flashcards.badge, total.learning + total.due, `${when}: the activity badge`);
  const perDeck = new Map(stats.decks.map((deck) => [deck.id, deck.today]));
  for (const row of flashcards.rows) assert.equal(row.description, describe3(perDeck.get(row.deck) ?? { fresh: 0, learning: 0, due: 0 }), `${when}: the Flashcards view's ${row.deck} and Stats`);
  const sum = stats.decks.reduce((all, deck) => ({ fresh: all.fresh + deck.today.fresh, learning: all.learning + deck.today.learning, due: all.due + deck.today.due }), { fresh: 0, learning: 0, due: 0 });
  assert.deepEqual(sum, total, `${when}: the decks add up to the day`);
  const picker = testing.probe('deckPicker') as { deckId: string; description: string }[];
  for (const pick of picker) assert.equal(pick.description, describe3(perDeck.get(pick.deckId) ?? { fresh: 0, learning: 0, due: 0 }), `${when}: the deck picker's ${pick.deckId}`);
  const today = testing.probe('today') as TodayProbe;
  const blocks = today.plan?.blocks ?? [];
  const newBlock = blocks.find((block) => block.kind === 'new');
  const reviews = blocks.find((block) => block.kind === 'reviews');
  assert.ok(newBlock?.kind === 'new' && reviews?.kind === 'reviews', `${when}: the Today view has its card blocks`);
  assert.equal(newBlock.count - newBlock.done, total.fresh, `${when}: the Today view's new cards left`);
  assert.equal(reviews.count - reviews.done, total.due, `${when}: the Today view's reviews left`);
  return total;
}

/** Reviews the card the Review panel shows, as its page would: reveal, then a grade. Returns its id. */
async function reviewShownCard(grade: 1 | 2 | 3 | 4): Promise<string> {
  const testing = hooks();
  // The first time, the panel's page loads before it asks for its state.
  const shown = await waitFor(() => testing.probe('reviewState') as ReviewViewState | undefined, (state) => state?.status === 'card', 20_000);
  assert.ok(shown?.status === 'card', 'a card is on screen');
  await testing.probe('review', { type: 'reveal', cardId: shown.card.id });
  await testing.probe('review', { type: 'grade', cardId: shown.card.id, grade });
  return shown.card.id;
}

async function settle(): Promise<void> {
  // The views follow the plan after the burst of changes a review makes.
  await sleep(150);
}

describe('the study plan in a real VS Code', function () {
  this.timeout(120_000);
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration();
  let data = '';

  before(async () => {
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-plan-'));
    // A journal of its own: the other suites' reviews stay out of these counts.
    await config().update('loopPrep.dataDirectory', data, vscode.ConfigurationTarget.Global);
    await config().update('loopPrep.plan.dailyMinutes', 60, vscode.ConfigurationTarget.Global);
    // Not asked about interview mode when the problem's timed session starts: the question would wait for an answer.
    await config().update('loopPrep.timer.interviewMode', 'never', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('loopPrep.pickLoop', 'tiktok-mle');
    await waitFor(() => (hooks().probe('today') as TodayProbe).plan?.blocks.length ?? 0, (count) => count > 0, 20_000);
  });

  after(async () => {
    hooks().clock.offsetMs = 0;
    await vscode.commands.executeCommand('loopPrep.stopTimer', true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const key of ['loopPrep.plan.dailyMinutes', 'loopPrep.timer.interviewMode', 'loopPrep.flashcards.newCardsPerDay', 'loopPrep.flashcards.interviewDate', 'loopPrep.dataDirectory']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.loopprep'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    fs.rmSync(data, { recursive: true, force: true });
  });

  it('shows the same new / learning / due numbers everywhere: status bar, badge, Flashcards view, deck picker, Today view and Stats — after reviews, an undo, a day change and a limit change', async () => {
    const start = surfacesAgree('at first');
    assert.ok(start.fresh > 0, 'a first day has new cards');
    await vscode.commands.executeCommand('loopPrep.reviewDueCards');
    await waitFor(() => hooks().probe('reviewState') as ReviewViewState | undefined, (state) => state?.status === 'card');
    for (const grade of [3, 3, 1, 4, 3] as const) await reviewShownCard(grade);
    await settle();
    const afterReviews = surfacesAgree('after five reviews');
    assert.equal(afterReviews.fresh, start.fresh - 5, 'five new cards were introduced');

    await hooks().probe('review', { type: 'undo' });
    await settle();
    assert.equal(surfacesAgree('after an undo').fresh, start.fresh - 4);

    // The next study day: learning steps came due, the plan is made again.
    hooks().clock.offsetMs += day;
    hooks().refresh();
    await settle();
    const nextDay = surfacesAgree('after a day change');
    assert.ok(nextDay.due + nextDay.learning > 0, 'yesterday\'s cards are back');

    await config().update('loopPrep.flashcards.newCardsPerDay', 7, vscode.ConfigurationTarget.Global);
    await settle();
    assert.equal(surfacesAgree('after a limit change (no interview date: the fixed limit)').fresh, 7);
    await config().update('loopPrep.plan.dailyMinutes', 120, vscode.ConfigurationTarget.Global);
    await settle();
    surfacesAgree('after a budget change');
  });

  it('the Today view lists the day\'s plan with minutes; Start Today\'s Session walks it in order (cards, a problem with its timer, a checklist item) and each block is ticked as it is done', async () => {
    hooks().clock.offsetMs += 2 * day;
    await config().update('loopPrep.flashcards.newCardsPerDay', undefined, vscode.ConfigurationTarget.Global);
    await config().update('loopPrep.plan.dailyMinutes', 60, vscode.ConfigurationTarget.Global);
    // An interview in 60 days: a modest share of new cards, room for a problem and items.
    hooks().refresh();
    const studyDay = (hooks().probe('today') as TodayProbe).plan?.day ?? 0;
    const interview = new Date((studyDay + 60) * day).toISOString().slice(0, 10);
    await vscode.commands.executeCommand('loopPrep.setInterviewDate', 'tiktok-mle', interview);
    hooks().refresh();
    const today = await waitFor(() => hooks().probe('today') as TodayProbe, (probe) => probe.rows.some((row) => row.kind === 'problem'), 10_000);
    assert.match(today.description ?? '', /^interview in 60 days · \d+ of 60 min$/);
    assert.deepEqual(today.rows.map((row) => row.kind).slice(0, 2), ['reviews', 'new']);
    assert.ok(today.rows.some((row) => row.kind === 'item'), 'checklist items to work on');
    for (const row of today.rows) if (row.kind !== 'reviews' || !row.done) assert.match(row.description, /min|nothing due|none today/, `${row.label} says its minutes`);

    // 1. Cards: the session opens the Review panel on today's queue; work through it.
    await vscode.commands.executeCommand('loopPrep.startTodaysSession');
    for (let guard = 0; guard < 400; guard++) {
      const plan = (hooks().probe('today') as TodayProbe).plan;
      const cards = plan?.blocks.flatMap((block) => (block.kind === 'reviews' || block.kind === 'new' ? [block] : [])) ?? [];
      if (cards.every((block) => block.done >= block.count)) break;
      await reviewShownCard(3);
    }
    await settle();
    let rows = (hooks().probe('today') as TodayProbe).rows;
    assert.ok(rows.filter((row) => row.kind === 'reviews' || row.kind === 'new').every((row) => row.done), 'the card blocks are ticked');

    // 2. The problem: a timed coding session on it (the language picked as a user would).
    const problem = (hooks().probe('today') as TodayProbe).plan?.blocks.find((block) => block.kind === 'problem');
    assert.ok(problem?.kind === 'problem');
    const started = vscode.commands.executeCommand('loopPrep.startTodaysSession');
    await sleep(1_000);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await started;
    const status = await vscode.commands.executeCommand<{ status: string; problems?: { problem: string; folder: string }[] }>('loopPrep.getTimerStatus');
    assert.equal(status.status, 'running');
    const copy = status.problems?.[0];
    assert.equal(copy?.problem, problem.slug);
    const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
    assert.ok(extension && copy);
    const folder = vscode.Uri.joinPath(workspaceFolder(), ...copy.folder.split('/'));
    const python = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, 'solution.py')).then(() => true, () => false);
    const [solution, reference] = python ? ['solution.py', 'python/reference.py'] : ['solution.ts', 'typescript/reference.ts'];
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, solution), await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'problems', problem.slug, reference)));
    await vscode.commands.executeCommand('loopPrep.runProblemTests', vscode.Uri.joinPath(folder, solution));
    rows = (await waitFor(() => hooks().probe('today') as TodayProbe, (probe) => probe.rows.find((row) => row.kind === 'problem')?.done === true, 20_000)).rows;
    assert.match(rows.find((row) => row.kind === 'problem')?.description ?? '', /problem · solved today/);
    await vscode.commands.executeCommand('loopPrep.stopTimer', true);

    // 3. A checklist item: shown in the Rounds view, ticked with Space (the toggle on the selection).
    const item = (hooks().probe('today') as TodayProbe).plan?.blocks.find((block) => block.kind === 'item' && !block.done);
    assert.ok(item?.kind === 'item');
    await vscode.commands.executeCommand('loopPrep.startTodaysSession');
    await vscode.commands.executeCommand('loopPrep.toggleChecklistItem');
    rows = (await waitFor(() => hooks().probe('today') as TodayProbe, (probe) => probe.rows.some((row) => row.kind === 'item' && row.label === item.title && row.done), 10_000)).rows;
    assert.match(rows.find((row) => row.label === item.title)?.description ?? '', /ticked today/);
    await vscode.commands.executeCommand('loopPrep.setInterviewDate', 'tiktok-mle', '');
  });

  it('after midnight and before the day boundary, the Rounds and Today views count the same days to the interview', async () => {
    // 00:30 tomorrow, local time: still today's study day (a study day starts at 4 am).
    const now = new Date();
    hooks().clock.offsetMs = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 30).getTime() - Date.now();
    hooks().refresh();
    await vscode.commands.executeCommand('loopPrep.pickLoop', 'tiktok-mle');
    await vscode.commands.executeCommand('loopPrep.setInterviewDate', 'tiktok-mle', '+21d');
    const today = await waitFor(() => (hooks().probe('today') as TodayProbe).description ?? '', (text) => text.includes('interview in'), 10_000);
    const rounds = await waitFor(() => (hooks().probe('roundsDescription') as string | undefined) ?? '', (text) => text.includes('interview in'), 10_000);
    assert.match(today, /interview in 21 days/);
    assert.match(rounds, /interview in 21 days/);
    await vscode.commands.executeCommand('loopPrep.setInterviewDate', 'tiktok-mle', '');
    hooks().clock.offsetMs = 0;
    hooks().refresh();
  });

  it('a card reviewed on the interview day leaves the queue after Good (issue 20)', async () => {
    const decks = vscode.Uri.joinPath(workspaceFolder(), '.loopprep', 'flashcards');
    // Created as a user does (a workspace edit): reported to Loop Prep at once, watcher or not.
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(vscode.Uri.joinPath(decks, 'interview-day.md'), { overwrite: true, contents: new TextEncoder().encode('---\ntitle: Interview day\nrounds: [ml-fundamentals]\n---\n\n## On the day {#iday-integration}\n\nWhat does NDCG normalise by?\n\n?\n\nThe DCG of the ideal ordering.\n') });
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => (hooks().probe('deckPicker') as { deckId: string }[]).some((pick) => pick.deckId === 'interview-day'), (found) => found, 10_000);
    // A new day, and this deck's card asked for beyond the plan (Study More: one deck), which opens its review.
    hooks().clock.offsetMs += day;
    hooks().refresh();
    await vscode.commands.executeCommand('loopPrep.studyMore', { kind: 'deck', deck: 'interview-day', count: 1 });
    // Learnt with Easy: on the long-term schedule, due some days later.
    assert.equal(await reviewShownCard(4), 'iday-integration');
    await settle();
    const state = hooks().probe('reviewState') as ReviewViewState;
    assert.ok(state.status === 'done', 'the deck is done for today');
    // The day it is due is the interview day.
    const due = state.nextDue ?? 0;
    hooks().clock.offsetMs = due + 9 * 3_600_000 - Date.now();
    const interviewDate = new Date(Date.now() + hooks().clock.offsetMs).toISOString().slice(0, 10);
    await config().update('loopPrep.flashcards.interviewDate', interviewDate, vscode.ConfigurationTarget.Global);
    hooks().refresh();
    await vscode.commands.executeCommand('loopPrep.reviewDeck', 'interview-day');
    const shown = await waitFor(() => hooks().probe('reviewState') as ReviewViewState | undefined, (value) => value?.status === 'card', 20_000);
    assert.ok(shown?.status === 'card' && shown.card.id === 'iday-integration', 'due on the interview day');
    await hooks().probe('review', { type: 'reveal', cardId: shown.card.id });
    const revealed = hooks().probe('reviewState') as ReviewViewState;
    assert.ok(revealed.status === 'card' && revealed.revealed);
    // Hard, Good and Easy say the card comes back in days, not in "<1m".
    for (const choice of revealed.grades.slice(1)) assert.match(choice.interval, /^[\d.]+(d|mo|y)$/, `${choice.name}: ${choice.interval}`);
    await hooks().probe('review', { type: 'grade', cardId: shown.card.id, grade: 3 });
    await settle();
    const after = hooks().probe('reviewState') as ReviewViewState;
    assert.ok(after.status === 'done', 'Good on the interview day takes it out of today\'s queue');
    assert.ok((after.nextDue ?? 0) > Date.now() + hooks().clock.offsetMs + 3 * 3_600_000, 'it comes back another day');
    await sleep(1_500);
    assert.equal((hooks().probe('reviewState') as ReviewViewState).status, 'done', 'and stays out');
  });
});
