import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { packHistories, predictionMetrics, reviewColumns, type ReviewColumns } from '../../src/core/scheduling/fsrsHistory';
import { fsrsMemoryModel } from '../../src/core/scheduling/fsrsModel';
import type { OptimizerReply, OptimizerRequest } from '../../src/core/scheduling/optimizerProtocol';
import { ReviewLog } from '../../src/core/scheduling/reviewLog';
import { simulateLearner, trueWeights } from './fsrsLearner';
import type { Row } from './measure';

export const title = 'FSRS optimiser (issue 19): fitted to a simulated learner whose memory follows FSRS-6 with known weights';

// Runs from out/test/bench; the worker is the production bundle in dist/lazy (bench.mjs builds it).
const workerFile = path.resolve(__dirname, '..', '..', '..', 'dist', 'lazy', 'fsrsOptimizer.js');
const clock = { timeZone: 'UTC', dayStartHour: 4 };

/** Runs the optimiser's worker as the extension does, watching how long this thread's event loop is kept waiting meanwhile. */
async function optimize(prepare: () => ReviewColumns): Promise<{ reply: Extract<OptimizerReply, { kind: 'optimized' }>; ms: number; stallMs: number }> {
  let longest = 0;
  let last = performance.now();
  const tick = 5;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - tick);
    last = now;
  }, tick);
  const started = performance.now();
  try {
    // What the host does on its own thread is in the window too: taking the reviews' columns.
    const reviews = prepare();
    const reply = await new Promise<OptimizerReply>((resolve, reject) => {
      const worker = new Worker(workerFile);
      worker.on('message', (message: OptimizerReply) => {
        if (message.kind === 'progress') return;
        void worker.terminate();
        resolve(message);
      });
      worker.on('error', reject);
      worker.postMessage({ kind: 'optimize', reviews, clock, current: null, relearningSteps: 1, minimumReviews: 400 } satisfies OptimizerRequest);
    });
    if (reply.kind !== 'optimized') throw new Error(reply.kind === 'failed' ? reply.message : `unexpected ${reply.kind}`);
    return { reply, ms: performance.now() - started, stallMs: longest };
  } finally {
    clearInterval(timer);
  }
}

/** The same watch on an idle event loop for `ms`: how late the timer runs when this thread has nothing to do (the machine's own noise). */
async function idleStall(ms: number): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const tick = 5;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - tick);
    last = now;
  }, tick);
  await new Promise((resolve) => setTimeout(resolve, ms));
  clearInterval(timer);
  return longest;
}

export async function measure(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [count, seed] of [[10_000, 19], [50_000, 1919]] as const) {
    const reviews = simulateLearner({ reviews: count, seed });
    // The reviews as the extension host holds them: the journal fold's log.
    const log = new ReviewLog();
    for (const review of reviews) log.push(review);
    log.settle();
    const run = await optimize(() => reviewColumns(log));
    const idle = await idleStall(Math.min(run.ms, 5_000));
    const { cutoff } = run.reply;
    const packed = packHistories(reviews, clock);
    const truth = predictionMetrics(packed, fsrsMemoryModel(trueWeights), cutoff);
    const fitted = run.reply.optimized;
    const defaults = run.reply.current;
    const label = `${count.toLocaleString('en')} reviews`;
    rows.push(
      { figure: `${label}: held-out log loss, optimised weights`, value: fitted.logLoss.toFixed(4), baseline: `true weights ${truth.logLoss.toFixed(4)}`, ratio: (fitted.logLoss / truth.logLoss).toFixed(3), target: '≤ 1.02 × true', met: fitted.logLoss <= truth.logLoss * 1.02 },
      { figure: `${label}: held-out log loss, FSRS-6 defaults`, value: defaults.logLoss.toFixed(4), baseline: `optimised ${fitted.logLoss.toFixed(4)}`, target: 'optimised < defaults', met: fitted.logLoss < defaults.logLoss },
      { figure: `${label}: optimised weights`, value: run.reply.weights.join(', '), baseline: `true ${trueWeights.join(', ')}` },
      { figure: `${label}: held-out RMSE (bins)`, value: `optimised ${(fitted.rmseBins * 100).toFixed(2)} %`, baseline: `true ${(truth.rmseBins * 100).toFixed(2)} %, defaults ${(defaults.rmseBins * 100).toFixed(2)} %` },
      { figure: `${label}: time to optimise (${run.reply.trainedOn.toLocaleString('en')} items, ${fitted.reviews.toLocaleString('en')} held out)`, value: `${Math.round(run.ms)} ms` },
      { figure: `${label}: longest stall of this thread's event loop meanwhile (taking the reviews' columns included)`, value: `${Math.round(run.stallMs)} ms`, baseline: `idle, right after: ${Math.round(idle)} ms`, target: '≤ 100 ms', met: run.stallMs <= 100 },
    );
  }
  return rows;
}
