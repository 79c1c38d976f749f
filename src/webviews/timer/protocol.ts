// zod/mini: the same schemas, tree-shaken; full zod would add ~400 KB to each bundle.
import * as z from 'zod/mini';

// The typed message protocol between the Timer view and the extension host. Both sides
// import this file; the host validates every inbound message with these schemas.

const phase = z.object({ title: z.string(), minutes: z.number(), startMs: z.number(), endMs: z.number(), spentMs: z.number() });

/** A mock round the view offers: one round of the selected loop. */
const preset = z.object({
  id: z.string(),
  title: z.string(),
  minutes: z.number(),
  phases: z.array(z.object({ title: z.string(), minutes: z.number() })),
});
export type TimerPreset = z.infer<typeof preset>;

const problem = z.object({
  problem: z.string(),
  title: z.string(),
  folder: z.string(),
  targetMinutes: z.number(),
  passed: z.optional(z.number()),
  total: z.optional(z.number()),
  solvedMs: z.optional(z.number()),
});

const dimension = z.object({ id: z.string(), title: z.string(), hint: z.string() });

/** No session, or the last one dismissed: choose what to time. */
const idleState = z.object({
  status: z.literal('idle'),
  loopTitle: z.optional(z.string()),
  presets: z.array(preset),
  /** The custom timer's last minutes, to offer again. */
  customMinutes: z.number(),
});

/** A session running, paused or ended. Times are run time (pauses left out) as of the moment the host sent it. */
const sessionState = z.object({
  status: z.enum(['running', 'paused', 'ended']),
  session: z.string(),
  kind: z.enum(['mock-round', 'custom', 'coding-session']),
  title: z.string(),
  phases: z.array(phase),
  phase: z.number(),
  totalMs: z.number(),
  elapsedMs: z.number(),
  /** The host's clock (epoch ms) when elapsedMs was true. */
  sentAt: z.number(),
  ending: z.optional(z.enum(['time-up', 'stopped', 'finished'])),
  problems: z.optional(z.array(problem)),
  /** Ended mock rounds: the self-review rubric, and whether it was saved. */
  review: z.optional(z.object({ dimensions: z.array(dimension), saved: z.boolean() })),
  /** Keyboard shortcuts to show on the buttons (from the manifest). */
  keys: z.object({ toggle: z.string(), skip: z.string() }),
});

/** What the Timer view shows. The host owns it; the view only renders it. */
export const TimerViewState = z.union([idleState, sessionState]);
export type TimerViewState = z.infer<typeof TimerViewState>;
export type TimerSessionState = z.infer<typeof sessionState>;

/** What the page keeps with `setState`: the last state and when it arrived (page clock), to count on while hidden. */
export const SavedTimerState = z.object({ state: TimerViewState, receivedAt: z.number() });
export type SavedTimerState = z.infer<typeof SavedTimerState>;

const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Messages the webview sends to the host. */
export const TimerRequest = z.discriminatedUnion('type', [
  /** The script has loaded and wants the current state. */
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('startPreset'), id: z.string().check(z.maxLength(200)) }),
  z.object({ type: z.literal('startCustom'), minutes: z.number().check(z.int(), z.minimum(1), z.maximum(600)) }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('stop') }),
  /** Leave the ended session's summary for the preset picker. */
  z.object({ type: z.literal('dismiss') }),
  z.object({
    type: z.literal('review'),
    session: z.string().check(z.maxLength(200)),
    /** By dimension id of the session's rubric (the host checks they are its dimensions). */
    ratings: z.record(z.string().check(z.maxLength(40)), z.optional(rating)),
    notes: z.optional(z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(4000)))),
    note: z.optional(z.string().check(z.maxLength(4000))),
  }),
  /** A coding session's problem: open its folder's files. */
  z.object({ type: z.literal('openProblem'), folder: z.string().check(z.maxLength(1000)) }),
  /** The user pressed a button that runs one of the allowlisted commands. */
  z.object({ type: z.literal('runCommand'), command: z.enum(['loopPrep.openSettings', 'loopPrep.startCodingSession', 'loopPrep.pickLoop', 'loopPrep.showStats']) }),
]);
export type TimerRequest = z.infer<typeof TimerRequest>;

/** Messages the host sends to the webview. */
export const TimerNotification = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), state: TimerViewState }),
]);
export type TimerNotification = z.infer<typeof TimerNotification>;
