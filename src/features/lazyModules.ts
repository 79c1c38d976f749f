import type * as decks from '../core/decks/index';
import type * as plan from '../core/plan/index';
import type * as protocols from '../webviews/protocols';
import type * as scheduler from '../core/scheduling/scheduler';
import type * as timer from './timer/lazyEntry';

// The heavy parts of Loop Prep (markdown-it and yaml for decks, ts-fsrs for scheduling,
// zod for webview messages)
// are built as bundles of their own (see esbuild.mjs) and required on first use: V8
// parses every byte of dist/extension.js at activation, used or not, and these would
// more than double it. The paths are relative to dist/extension.js.

/** The deck and loop parsers and Anki interop (markdown-it, yaml, zod). */
export function loadDecks(): typeof decks {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./lazy/decks.js') as typeof decks;
}

/** The schemas that validate messages from webviews (zod). */
export function loadProtocols(): typeof protocols {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./lazy/protocols.js') as typeof protocols;
}

/** The study planner: a day's plan, its queue and counts. */
export function loadPlan(): typeof plan {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./lazy/plan.js') as typeof plan;
}

/** The FSRS scheduler (ts-fsrs). */
export function loadScheduler(): typeof scheduler {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./lazy/scheduler.js') as typeof scheduler;
}

/** The Timer: its clock, view, coding sessions, interview mode, and the history the Stats panel shows. */
export function loadTimer(): typeof timer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./lazy/timer.js') as typeof timer;
}
