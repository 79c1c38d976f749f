import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { journalLines, simulateLearner } from '../../bench/fsrsLearner';
import { journalEvents, notices, testHooks, waitFor } from './helpers';

// Issue 19 in a real VS Code: a synthetic history (a simulated learner whose memory follows
// FSRS-6 with other weights than the defaults) is put in the data directory; Optimize FSRS
// Parameters fits weights on it in its worker thread with a progress notification, shows
// the held-out figures, applies on confirmation (journal, setting, and the intervals on the
// Review panel's buttons), and a second run is cancelled; Evaluate shows the same figures;
// too short a history is refused.

interface OptimizerProbe {
  readonly running: boolean;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly lastResult?: string;
  readonly weights?: readonly number[] | null;
}

interface JournalProbe {
  readonly loaded: boolean;
  readonly attempts: number;
  readonly failure?: string;
  readonly settled?: string;
}

type ReviewState = { status: string; card?: { id: string }; grades?: { grade: number; interval: string }[] };

const hooks = testHooks;

const optimizer = (): OptimizerProbe => hooks().probe('fsrsOptimizer') as OptimizerProbe;
const journal = (): JournalProbe => hooks().probe('journal') as JournalProbe;
const reviewState = (): ReviewState | undefined => hooks().probe('reviewState') as ReviewState | undefined;

describe('FSRS parameters in a real VS Code (issue 19)', function () {
  this.timeout(180_000);
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration();
  let root = '';

  async function useDataDirectory(folder: string): Promise<void> {
    const before = journal();
    await config().update('loopPrep.dataDirectory', folder, vscode.ConfigurationTarget.Global);
    const loaded = await waitFor(journal, (state) => state.attempts > before.attempts && (state.failure !== undefined || state.loaded), 60_000);
    assert.equal(loaded.failure, undefined);
  }

  /** The Review panel's buttons for the card on screen, revealed. */
  async function buttons(): Promise<string[]> {
    await hooks().probe('review', { type: 'ready' });
    const shown = await waitFor(reviewState, (state) => state?.status === 'card', 20_000);
    const cardId = shown?.card?.id;
    assert.ok(cardId, 'a card is on screen');
    await hooks().probe('review', { type: 'reveal', cardId });
    return (reviewState()?.grades ?? []).map((button) => button.interval);
  }

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-fsrs-'));
    await vscode.extensions.getExtension('loop-prep.loop-prep')?.activate();
    await waitFor(journal, (state) => state.attempts > 0, 60_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await config().update('loopPrep.flashcards.fsrsWeights', undefined, vscode.ConfigurationTarget.Global);
    await config().update('loopPrep.dataDirectory', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('notifications.clearAll');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('refuses to optimise a short history, saying how many reviews it needs', async () => {
    const short = path.join(root, 'short');
    fs.mkdirSync(short);
    fs.writeFileSync(path.join(short, 'journal.jsonl'), journalLines(simulateLearner({ reviews: 200, seed: 3, cardPrefix: 'synthetic/short-' })));
    await useDataDirectory(short);
    const result = await vscode.commands.executeCommand('loopPrep.optimizeFsrsParameters', { confirm: 'apply' });
    assert.equal(result, 'refused');
    const last = (await notices()).at(-1);
    assert.ok(last);
    assert.equal(last.level, 'warning');
    assert.match(last.message, /^Optimize FSRS Parameters needs at least 400 reviews made a day or more after the card's previous review; your journal has \d+\./);
    assert.equal(optimizer().weights, null, 'nothing was applied');
  });

  it('optimises on an imported history end to end: progress, held-out figures, confirm, weights applied, new intervals on the buttons; a second run is cancelled', async () => {
    const history = path.join(root, 'history');
    fs.mkdirSync(history);
    fs.writeFileSync(path.join(history, 'journal.jsonl'), journalLines(simulateLearner({ reviews: 4_000, seed: 19, cardPrefix: 'synthetic/card-' })));
    await useDataDirectory(history);
    await vscode.commands.executeCommand('loopPrep.reviewDueCards');
    const before = await buttons();
    assert.equal(before.length, 4, JSON.stringify(reviewState()));

    // Evaluate first: the figures for the weights in use (FSRS-6's defaults).
    const evaluated = await vscode.commands.executeCommand<{ logLoss: number; rmseBins: number; reviews: number }[] | undefined>('loopPrep.evaluateFsrsParameters');
    assert.ok(evaluated?.[0] && Number.isFinite(evaluated[0].logLoss) && evaluated[0].reviews > 0, JSON.stringify(evaluated));
    assert.match((await notices()).at(-1)?.message ?? '', /^How well your FSRS parameters predict your reviews\. In use \(FSRS-6 defaults\): log loss \d\.\d{4} · RMSE \(bins\) \d+\.\d\d % Judged on your most recent 20 % of reviews/);

    // Optimise, watching the progress the notification shows.
    const seen: OptimizerProbe[] = [];
    const watching = setInterval(() => { seen.push(optimizer()); }, 20);
    let result: unknown;
    try {
      result = await vscode.commands.executeCommand('loopPrep.optimizeFsrsParameters', { confirm: 'apply' });
    } finally {
      clearInterval(watching);
    }
    assert.equal(result, 'applied', optimizer().lastResult);
    assert.ok(seen.some((state) => state.running), 'the run was seen in progress');
    assert.ok(seen.some((state) => state.progress !== undefined && state.progress.total > 0), 'the optimiser reported progress');
    assert.match(optimizer().lastResult ?? '', /Current \(FSRS-6 defaults\): log loss \d\.\d{4} · RMSE \(bins\) [\d.]+ %\nOptimised: log loss \d\.\d{4} · RMSE \(bins\) [\d.]+ %\nJudged on your most recent 20 %/);

    // Applied: in the journal (for every machine), in the setting, and to the scheduler.
    const weights = optimizer().weights;
    assert.ok(Array.isArray(weights) && weights.length === 21, JSON.stringify(weights));
    const recorded = (await journalEvents()).filter((event) => event.type === 'flashcards.fsrsWeights');
    assert.deepEqual(recorded.map((event) => event.data), [{ weights, source: 'optimizer' }]);
    assert.equal(config().get('loopPrep.flashcards.fsrsWeights'), weights.join(', '));
    const after = await buttons();
    assert.notDeepEqual(after, before, `the intervals on the buttons changed (before ${before.join(' ')}, after ${after.join(' ')})`);

    // A second run, cancelled as the notification's Cancel button does: nothing changes.
    const second = vscode.commands.executeCommand('loopPrep.optimizeFsrsParameters', { confirm: 'apply' });
    await waitFor(optimizer, (state) => state.running, 20_000);
    hooks().probe('fsrsOptimizer', 'cancel');
    assert.equal(await second, 'cancelled');
    assert.equal((await notices()).at(-1)?.message, 'FSRS optimisation cancelled; your parameters are unchanged.');
    assert.deepEqual(optimizer().weights, weights);
    assert.equal((await journalEvents()).filter((event) => event.type === 'flashcards.fsrsWeights').length, 1);
  });

  it('a list pasted into the setting is recorded in the journal and used; a bad one is refused, naming the weight', async () => {
    const pasted = '0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542';
    await config().update('loopPrep.flashcards.fsrsWeights', pasted, vscode.ConfigurationTarget.Global);
    const expected = pasted.split(', ').map(Number);
    const used = await waitFor(optimizer, (state) => JSON.stringify(state.weights) === JSON.stringify(expected), 10_000);
    assert.deepEqual(used.weights, expected);
    const recorded = (await journalEvents()).filter((event) => event.type === 'flashcards.fsrsWeights').at(-1);
    assert.deepEqual(recorded?.data, { weights: expected, source: 'setting' });

    await config().update('loopPrep.flashcards.fsrsWeights', pasted.replace('6.4133', '0.5'), vscode.ConfigurationTarget.Global);
    const message = 'Loop Prep ignored the “FSRS Weights” setting: FSRS weight w4 (position 5) is 0.5; it must be between 1 and 10. Scheduling keeps the weights in use.';
    // The notices probe keeps the last 20: wait for this one to be the newest.
    const refused = await waitFor(notices, (shown) => shown.at(-1)?.message === message, 10_000);
    assert.deepEqual({ ...refused.at(-1), seq: 0 }, { level: 'error', message, seq: 0 });
    assert.deepEqual(optimizer().weights, expected, 'the weights in use did not change');
  });
});
