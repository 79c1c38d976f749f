import type * as decks from '../core/decks/index';
import type * as plan from '../core/plan/index';
import type * as protocols from '../webviews/protocols';
import type * as scheduler from '../core/scheduling/scheduler';
import type * as timer from './timer/lazyEntry';
import path from 'node:path';

/** dist/lazy/: beside the calling bundle when that is a lazy one, below it for dist/extension.js. */
const lazyFolder = path.basename(__dirname) === 'lazy' ? __dirname : path.join(__dirname, 'lazy');

function requireLazy(name: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(lazyFolder, name));
}

// The heavy parts of Loop Prep (markdown-it and yaml for decks, ts-fsrs for scheduling,
// zod for webview messages)
// are built as bundles of their own (see esbuild.mjs) and required on first use: V8
// parses every byte of dist/extension.js at activation, used or not, and these would
// more than double it. A lazy bundle may load another (the Timer's mock interviewer reads
// cases with the deck bundle's parser), so each path is found from dist/lazy/ whichever
// bundle asks.

/** The deck and loop parsers and Anki interop (markdown-it, yaml, zod). */
export function loadDecks(): typeof decks {
  return requireLazy('decks.js') as typeof decks;
}

/** The parser worker's entry (src/workers/parseWorker.ts), which loads decks.js on its own thread. */
export const parseWorkerFile = path.join(lazyFolder, 'parseWorker.js');

/** The schemas that validate messages from webviews (zod). */
export function loadProtocols(): typeof protocols {
  return requireLazy('protocols.js') as typeof protocols;
}

/** The study planner: a day's plan, its queue and counts. */
export function loadPlan(): typeof plan {
  return requireLazy('plan.js') as typeof plan;
}

/** The FSRS scheduler (ts-fsrs). */
export function loadScheduler(): typeof scheduler {
  return requireLazy('scheduler.js') as typeof scheduler;
}

/** The Timer: its clock, view, coding sessions, interview mode, and the history the Stats panel shows. */
export function loadTimer(): typeof timer {
  return requireLazy('timer.js') as typeof timer;
}

/** The path of a worker-thread bundle in dist/lazy/ (the FSRS optimiser), for `new Worker`. */
export function lazyWorkerPath(name: string): string {
  return path.join(lazyFolder, name);
}
