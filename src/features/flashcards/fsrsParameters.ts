import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { heldOutShare, minimumOptimizerReviews, reviewColumns, type PredictionMetrics, type ReviewColumns } from '../../core/scheduling/fsrsHistory';
import type { StudyClock } from '../../core/scheduling/studyDay';
import type { OptimizerReply, OptimizerRequest } from '../../core/scheduling/optimizerProtocol';
import { formatWeights, parseWeights, sameWeights } from '../../core/scheduling/weights';
import { lazyWorkerPath } from '../lazyModules';
import { showNotice } from '../notices';
import type { Services } from '../services';
import { watchSetting } from '../settings';
import type { StudyState } from '../state/studyState';
import { schedulerSettings } from './config';

// The FSRS weights as a learner sees them: the `fsrsWeights` setting (checked, and recorded
// in the journal when it changes on this machine), and the Optimize and Evaluate commands,
// which run in a worker thread (src/workers/fsrsOptimizer.ts) with a cancellable progress
// notification.

const settingSection = 'loopPrep.flashcards';
const settingName = 'fsrsWeights';
/** The setting's value this machine last saw (memento key): a change is recorded only when the setting changed here. */
const lastSeenKey = 'loopPrep.flashcards.fsrsWeights.lastSeen';

/** Raised when the learner (or a test, through the probe) cancels a run. */
class Cancelled extends Error {}

/** How a command was asked to answer its confirmation (tests, automation); the dialog asks otherwise. */
export interface OptimizeRequest {
  readonly confirm?: 'apply' | 'keep';
}

function isOptimizeRequest(value: unknown): value is OptimizeRequest {
  if (typeof value !== 'object' || value === null) return false;
  const confirm = (value as Record<string, unknown>)['confirm'];
  return confirm === undefined || confirm === 'apply' || confirm === 'keep';
}

/** Runs one request on a fresh worker thread; `token` terminates it (and the optimiser's threads with it). */
function runWorker(request: OptimizerRequest, onProgress: (done: number, total: number) => void, token: vscode.CancellationToken): Promise<Exclude<OptimizerReply, { kind: 'progress' } | { kind: 'failed' }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(lazyWorkerPath('fsrsOptimizer.js'));
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      cancel.dispose();
      void worker.terminate();
      action();
    };
    const cancel = token.onCancellationRequested(() => { finish(() => { reject(new Cancelled('cancelled')); }); });
    worker.on('message', (reply: OptimizerReply) => {
      if (reply.kind === 'progress') onProgress(reply.done, reply.total);
      else if (reply.kind === 'failed') finish(() => { reject(new Error(reply.message)); });
      else finish(() => { resolve(reply); });
    });
    worker.on('error', (error) => { finish(() => { reject(error); }); });
    worker.on('exit', (code) => { finish(() => { reject(new Error(`the FSRS worker stopped (exit code ${code})`)); }); });
    if (token.isCancellationRequested) finish(() => { reject(new Cancelled('cancelled')); });
    else worker.postMessage(request);
  });
}

function percent(value: number): string {
  return `${(value * 100).toFixed(2)} %`;
}

/** One line of figures: "log loss 0.3412 · RMSE (bins) 4.21 %". */
export function describeMetrics(metrics: PredictionMetrics): string {
  return `log loss ${metrics.logLoss.toFixed(4)} · RMSE (bins) ${percent(metrics.rmseBins)}`;
}

/** The journal's reviews as the worker takes them, and the study clock their gaps are counted in. */
function history(state: StudyState): { reviews: ReviewColumns; clock: StudyClock } {
  const { timeZone, dayStartHour } = schedulerSettings();
  return { reviews: reviewColumns(state.reviews().reviews), clock: { timeZone, dayStartHour } };
}

function heldOutLabel(metrics: PredictionMetrics, cutoff: number): string {
  return `Judged on your most recent ${Math.round(heldOutShare * 100)} % of reviews (${metrics.reviews} reviews since ${new Date(cutoff).toLocaleDateString()}), which the fit did not see.`;
}

function tooFew(services: Services, checkable: number): void {
  void showNotice(
    services,
    'warning',
    `Optimize FSRS Parameters needs at least ${minimumOptimizerReviews} reviews made a day or more after the card's previous review; your journal has ${checkable}. Keep reviewing (FSRS's defaults serve you meanwhile), or paste the parameters Anki optimised for you into the “FSRS Weights” setting.`,
  );
}

function cannotRun(services: Services, error: unknown): void {
  services.log.error('The FSRS optimiser could not run:', error);
  void showNotice(
    services,
    'error',
    `The FSRS optimiser could not run here (${error instanceof Error ? error.message : String(error)}). Your parameters are unchanged. You can paste parameters optimised in Anki into the “FSRS Weights” setting (loopPrep.flashcards.fsrsWeights).`,
  );
}

/** The setting's value on this machine, as recorded (JSON of the weights, or null for the defaults). */
function seenValue(weights: readonly number[] | null): string {
  return JSON.stringify(weights);
}

/** The Optimize and Evaluate commands, and the setting kept in step with the journal. */
export function registerFsrsParameters(services: Services, state: StudyState): vscode.Disposable {
  /** The run in progress, if any: its cancellation, and its progress so far (the tests read and cancel it through the probe). */
  let running: { readonly source: vscode.CancellationTokenSource; progress: { done: number; total: number } | undefined } | undefined;
  let lastResult: string | undefined;
  services.probes.set('fsrsOptimizer', (message) => {
    if (message === 'cancel') running?.source.cancel();
    return { running: running !== undefined, progress: running?.progress, lastResult, weights: state.isLoaded ? state.fsrsWeights().weights : undefined };
  });

  /** Checks the setting, and records it in the journal if it changed on this machine and differs from the weights in use. */
  const reportedInvalid = new Set<string>();
  const syncSetting = async (): Promise<void> => {
    await state.ready();
    const raw = vscode.workspace.getConfiguration(settingSection).get<unknown>(settingName);
    const parsed = parseWeights(raw);
    if (parsed.kind === 'invalid') {
      const key = JSON.stringify(raw);
      if (!reportedInvalid.has(key)) {
        reportedInvalid.add(key);
        void showNotice(services, 'error', `Loop Prep ignored the “FSRS Weights” setting: ${parsed.message} Scheduling keeps the weights in use.`, 'Open Settings').then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', `${settingSection}.${settingName}`);
        });
      }
      return;
    }
    const weights = parsed.kind === 'weights' ? parsed.weights : null;
    const seen = services.memento.get<string>(lastSeenKey);
    // A machine that never saw the setting and has none set has changed nothing: the journal's weights stand.
    const changedHere = seen === undefined ? weights !== null : seen !== seenValue(weights);
    await services.memento.update(lastSeenKey, seenValue(weights));
    if (!changedHere || sameWeights(weights, state.fsrsWeights().weights)) return;
    await state.recordWeights(weights, 'setting');
    services.log.info(`FSRS weights ${weights === null ? 'reset to FSRS-6’s defaults' : `set from the setting: ${formatWeights(weights)}`}.`);
    if (parsed.kind === 'weights' && parsed.convertedFrom) {
      void showNotice(services, 'information', 'Loop Prep converted your FSRS-5 weights to FSRS-6 as ts-fsrs does (w19 = 0, which ts-fsrs schedules as 0.01, and w20 = 0.5: FSRS-5’s forgetting curve). Optimise again for weights fitted to FSRS-6.');
    }
  };
  const sync = (): void => {
    syncSetting().catch((error: unknown) => { services.log.error('Could not apply the FSRS Weights setting:', error); });
  };

  const optimize = async (request?: OptimizeRequest): Promise<'applied' | 'kept' | 'cancelled' | 'refused' | 'failed'> => {
    await state.ready();
    if (running) {
      void showNotice(services, 'information', 'FSRS parameters are already being optimised.');
      return 'refused';
    }
    const { reviews, clock } = history(state);
    const current = state.fsrsWeights().weights;
    const source = new vscode.CancellationTokenSource();
    const run = { source, progress: undefined as { done: number; total: number } | undefined };
    running = run;
    let reply: Extract<OptimizerReply, { kind: 'optimized' | 'tooFew' }>;
    try {
      reply = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Optimizing FSRS parameters', cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => { source.cancel(); });
          progress.report({ message: 'reading your reviews…' });
          let reported = 0;
          const result = await runWorker(
            { kind: 'optimize', reviews, clock, current, relearningSteps: schedulerSettings().relearningSteps.length, minimumReviews: minimumOptimizerReviews },
            (done, total) => {
              run.progress = { done, total };
              const share = total > 0 ? (done / total) * 100 : 0;
              progress.report({ increment: share - reported, message: `${Math.round(share)} %` });
              reported = share;
            },
            source.token,
          );
          if (result.kind !== 'optimized' && result.kind !== 'tooFew') throw new Error('the worker answered another request');
          return result;
        },
      );
    } catch (error) {
      if (error instanceof Cancelled) {
        lastResult = 'cancelled';
        void showNotice(services, 'information', 'FSRS optimisation cancelled; your parameters are unchanged.');
        return 'cancelled';
      }
      lastResult = 'failed';
      cannotRun(services, error);
      return 'failed';
    } finally {
      running = undefined;
      source.dispose();
    }
    if (reply.kind === 'tooFew') {
      lastResult = 'too few reviews';
      tooFew(services, reply.checkable);
      return 'refused';
    }
    const { cutoff } = reply;
    services.log.info(`FSRS optimiser: ${reply.trainedOn} items in ${Math.round(reply.milliseconds)} ms; weights ${formatWeights(reply.weights)}.`);
    const better = reply.optimized.logLoss < reply.current.logLoss;
    const message = `Optimised FSRS parameters ${better ? 'predict your held-out reviews better' : 'do not predict your held-out reviews better'}.`;
    const detail = [
      `Current (${current === null ? 'FSRS-6 defaults' : 'yours'}): ${describeMetrics(reply.current)}`,
      `Optimised: ${describeMetrics(reply.optimized)}`,
      heldOutLabel(reply.optimized, cutoff),
      'Lower is better for both. Apply the optimised parameters?',
    ].join('\n');
    lastResult = `${message}\n${detail}`;
    logFigures(`${message} ${detail}`);
    const choice = request?.confirm ?? (await vscode.window.showInformationMessage(message, { modal: true, detail }, { title: 'Apply', action: 'apply' as const }))?.action ?? 'keep';
    if (choice !== 'apply') return 'kept';
    // The setting shows what is in use; the memento first, so its change is not recorded twice.
    await services.memento.update(lastSeenKey, seenValue(reply.weights));
    await state.recordWeights(reply.weights, 'optimizer');
    await vscode.workspace.getConfiguration(settingSection).update(settingName, formatWeights(reply.weights), vscode.ConfigurationTarget.Global);
    void showNotice(services, 'information', `FSRS parameters applied: ${formatWeights(reply.weights)}.`);
    return 'applied';
  };

  const evaluate = async (): Promise<readonly PredictionMetrics[] | undefined> => {
    await state.ready();
    const { reviews, clock } = history(state);
    const weights = state.fsrsWeights().weights;
    let reply: Extract<OptimizerReply, { kind: 'evaluated' }>;
    try {
      reply = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Evaluating FSRS parameters', cancellable: true }, async (_progress, token) => {
        const result = await runWorker({ kind: 'evaluate', reviews, clock, weightSets: [weights, null] }, () => undefined, token);
        if (result.kind !== 'evaluated') throw new Error('the worker answered another request');
        return result;
      });
    } catch (error) {
      if (!(error instanceof Cancelled)) cannotRun(services, error);
      return undefined;
    }
    const { cutoff, checkable } = reply;
    const [inUse, defaults] = reply.metrics;
    if (!inUse || !defaults) return undefined;
    if (checkable === 0) {
      lastResult = 'nothing to evaluate';
      void showNotice(services, 'information', 'There is nothing to evaluate yet: no card has been reviewed a day or more after an earlier review.');
      return undefined;
    }
    const detail = [
      `In use (${weights === null ? 'FSRS-6 defaults' : 'yours'}): ${describeMetrics(inUse)}`,
      ...(weights === null ? [] : [`FSRS-6 defaults, for comparison: ${describeMetrics(defaults)}`]),
      heldOutLabel(inUse, cutoff),
      checkable < minimumOptimizerReviews ? `Only ${checkable} reviews can be judged: the figures are rough.` : 'Lower is better for both.',
    ].join('\n');
    lastResult = detail;
    logFigures(detail);
    void showNotice(services, 'information', `How well your FSRS parameters predict your reviews. ${detail.replaceAll('\n', ' ')}`);
    return reply.metrics;
  };

  // After activate() has returned, like the journal's own load.
  const firstSync = setTimeout(sync, 0);
  return vscode.Disposable.from(
    new vscode.Disposable(() => { clearTimeout(firstSync); }),
    vscode.commands.registerCommand('loopPrep.optimizeFsrsParameters', (request?: unknown) => optimize(isOptimizeRequest(request) ? request : undefined)),
    vscode.commands.registerCommand('loopPrep.evaluateFsrsParameters', () => evaluate()),
    watchSetting(() => vscode.workspace.getConfiguration(settingSection).get<unknown>(settingName), sync),
    new vscode.Disposable(() => {
      running?.source.cancel();
      services.probes.delete('fsrsOptimizer');
    }),
  );

  /** Keeps the figures in the log (the dialog is modal and fleeting). */
  function logFigures(text: string): void {
    services.log.info(text.replaceAll('\n', ' '));
  }
}

