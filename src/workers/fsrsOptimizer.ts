// The FSRS worker thread: judges weights on the learner's history, and fits new ones with
// the FSRS optimiser of the open-spaced-repetition project (fsrs-rs, the one Anki runs),
// in its WebAssembly build, so one file serves every platform VS Code runs on. It runs off
// the extension host's event loop; the host cancels a fit by terminating this thread
// (which ends the optimiser's own threads with it). One request per thread.
import './quietWasi';
import { instantiateNapiModuleSync } from '@emnapi/core';
import { getDefaultContext } from '@emnapi/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { WASI } from 'node:wasi';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';
import { cardCount, checkableReviewCount, heldOutCutoff, historiesBefore, packHistories, predictionMetrics, type PackedHistories } from '../core/scheduling/fsrsHistory';
import { fsrsMemoryModel } from '../core/scheduling/fsrsModel';
import type { OptimizerReply, OptimizerRequest } from '../core/scheduling/optimizerProtocol';
import { weightRanges } from '../core/scheduling/weights';
import { runWasmThread, wasmThreadRole } from './fsrsWasmThread';

/** The part of the optimiser's API this uses (its `index.d.ts`, trimmed). */
interface OptimizerBinding {
  readonly FSRSBindingReview: new (rating: number, deltaT: number) => object;
  readonly FSRSBindingItem: new (reviews: object[]) => object;
  computeParameters(items: object[], options: { enableShortTerm: boolean; numRelearningSteps?: number; progress?: (current: number, total: number) => void }): Promise<number[]>;
}

/** The optimiser's WebAssembly file, Brotli-compressed beside this bundle by esbuild.mjs (it keeps the .vsix small). */
export const wasmFile = 'fsrs-binding.wasm.br';

/** Instantiates the optimiser: its threads share one memory, each a worker running this bundle as a thread of the pool. */
function loadOptimizer(onThreadError: (error: Error) => void): OptimizerBinding {
  const folder = __dirname;
  const memory = new WebAssembly.Memory({ initial: 4000, maximum: 65536, shared: true });
  const { napiModule } = instantiateNapiModuleSync(zlib.brotliDecompressSync(fs.readFileSync(path.join(folder, wasmFile))), {
    context: getDefaultContext(),
    // fsrs-rs trains on a pool of threads; two keep a 2-core machine usable meanwhile.
    asyncWorkPoolSize: 2,
    reuseWorker: true,
    wasi: new WASI({ version: 'preview1', env: {}, preopens: {} }),
    onCreateWorker: () => {
      const thread = new Worker(__filename, { workerData: wasmThreadRole });
      // A panic in fsrs-rs ends its thread, and the computation it was part of never settles: fail instead.
      thread.on('error', onThreadError);
      return thread;
    },
    overwriteImports(imports) {
      imports['env'] = { ...imports['env'], ...imports['napi'], ...imports['emnapi'], memory };
      return imports;
    },
    beforeInit({ instance }) {
      // napi-rs registers each exported class and function through one such export.
      for (const [name, value] of Object.entries(instance.exports)) if (name.startsWith('__napi_register__') && typeof value === 'function') (value as () => void)();
    },
  });
  return napiModule.exports as OptimizerBinding;
}

/**
 * One training item per review a day or more after the card's previous one: the card's
 * reviews up to and including it (same-day reviews before it shape the memory it starts
 * from). An item that ends on a same-day review is left out: fsrs-rs rejects one with no
 * review a day apart by a panic that ends its thread, and with such items in the set this
 * build fitted only the first stabilities (w0–w3) and left w4–w20 at their defaults, on the
 * benchmark's simulated learner.
 */
function trainingItems(binding: OptimizerBinding, histories: PackedHistories): object[] {
  const items: object[] = [];
  for (let card = 0; card < cardCount(histories); card++) {
    const start = histories.starts[card] ?? 0;
    const end = histories.starts[card + 1] ?? start;
    const reviews: object[] = [];
    let longTerm = false;
    for (let row = start; row < end; row++) {
      const deltaDays = row === start ? 0 : (histories.deltaDays[row] ?? 0);
      longTerm ||= deltaDays > 0;
      reviews.push(new binding.FSRSBindingReview(histories.grades[row] ?? 3, deltaDays));
      if (row > start && longTerm && deltaDays > 0) items.push(new binding.FSRSBindingItem([...reviews]));
    }
  }
  return items;
}

/** Rounded to 4 decimals as Anki shows them, and kept inside each weight's range. */
function tidy(weights: readonly number[]): number[] {
  return weights.map((weight, index) => {
    const [low, high] = weightRanges[index] ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    return Math.min(high, Math.max(low, Math.round(weight * 10_000) / 10_000));
  });
}

async function handle(request: OptimizerRequest, reply: (message: OptimizerReply) => void): Promise<void> {
  const started = performance.now();
  const histories = packHistories(request.reviews, request.clock);
  const cutoff = heldOutCutoff(histories);
  const checkable = checkableReviewCount(histories);
  if (request.kind === 'evaluate') {
    reply({ kind: 'evaluated', cutoff, checkable, metrics: request.weightSets.map((weights) => predictionMetrics(histories, fsrsMemoryModel(weights), cutoff)) });
    return;
  }
  if (checkable < request.minimumReviews) {
    reply({ kind: 'tooFew', cutoff, checkable });
    return;
  }
  let threadFailed: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_resolve, reject) => { threadFailed = reject; });
  const binding = loadOptimizer((error) => { threadFailed(error); });
  const items = trainingItems(binding, historiesBefore(histories, cutoff));
  const fitted = await Promise.race([
    binding.computeParameters(items, {
      enableShortTerm: true,
      numRelearningSteps: request.relearningSteps,
      progress: (done, total) => { reply({ kind: 'progress', done, total }); },
    }),
    failure,
  ]);
  if (fitted.length !== weightRanges.length) throw new Error(`The optimiser returned ${fitted.length} weights, not ${weightRanges.length}.`);
  const weights = tidy(fitted);
  reply({
    kind: 'optimized',
    cutoff,
    checkable,
    weights,
    current: predictionMetrics(histories, fsrsMemoryModel(request.current), cutoff),
    optimized: predictionMetrics(histories, fsrsMemoryModel(weights), cutoff),
    trainedOn: items.length,
    milliseconds: performance.now() - started,
  });
}

if (parentPort && workerData === wasmThreadRole) {
  runWasmThread(parentPort);
} else if (parentPort) {
  const port = parentPort;
  port.once('message', (request: OptimizerRequest) => {
    handle(request, (message) => { port.postMessage(message); }).catch((error: unknown) => {
      port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies OptimizerReply);
    });
  });
}
