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

/** What the interviewer of a mock round shows beside the clock. */
const interviewer = z.object({
  kind: z.enum(['design', 'coding', 'behavioral', 'fundamentals']),
  /** Why the case or question cannot be shown (removed, or still loading). */
  missing: z.optional(z.string()),
  caseTitle: z.optional(z.string()),
  prompt: z.optional(z.string()),
  /** What a strong candidate covers in the current phase. */
  cover: z.array(z.string()),
  /** The phases after the current one. */
  upcoming: z.array(z.object({ title: z.string(), minutes: z.number() })),
  /** The questions asked and the interviewer's answers. */
  asked: z.array(z.object({ question: z.string(), answer: z.string() })),
  /** How many questions the interviewer could still answer. */
  unasked: z.number(),
  /** The probes that came, newest last, and the candidate's mark. */
  probes: z.array(z.object({ id: z.string(), question: z.string(), answered: z.optional(z.boolean()) })),
  /** A behavioral round's current question. */
  question: z.optional(z.object({ text: z.string(), category: z.string(), followUps: z.array(z.string()), listenFor: z.array(z.string()) })),
  /** The user's stories, to open beside a question. */
  stories: z.array(z.object({ title: z.string(), index: z.number() })),
  /** The design doc, relative to the workspace. */
  doc: z.optional(z.string()),
  /** The notes of the last self-review of this kind of round. */
  lastNotes: z.array(z.object({ title: z.string(), text: z.string() })),
  /** After a design round: the reference outline's points, which were covered, and whether that was saved. */
  outline: z.optional(z.object({ sections: z.array(z.object({ section: z.string(), points: z.array(z.object({ key: z.string(), text: z.string(), covered: z.boolean() })) })), saved: z.boolean() })),
});
export type InterviewerView = z.infer<typeof interviewer>;

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
  review: z.optional(z.object({ title: z.string(), dimensions: z.array(dimension), saved: z.boolean() })),
  /** A mock round with an interviewer. */
  interviewer: z.optional(interviewer),
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
  /** The interviewer: ask a question, mark a probe, open the doc, a story or the reference, save the outline's coverage. */
  z.object({ type: z.literal('ask') }),
  z.object({ type: z.literal('markProbe'), session: z.string().check(z.maxLength(200)), probe: z.string().check(z.maxLength(200)), answered: z.boolean() }),
  z.object({ type: z.literal('openDoc') }),
  z.object({ type: z.literal('openStory'), index: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)) }),
  z.object({ type: z.literal('showReference') }),
  z.object({ type: z.literal('coverage'), session: z.string().check(z.maxLength(200)), covered: z.array(z.string().check(z.maxLength(20))).check(z.maxLength(500)) }),
  /** The user pressed a button that runs one of the allowlisted commands. */
  z.object({ type: z.literal('runCommand'), command: z.enum(['loopPrep.openSettings', 'loopPrep.startCodingSession', 'loopPrep.pickLoop', 'loopPrep.showStats']) }),
]);
export type TimerRequest = z.infer<typeof TimerRequest>;

/** Messages the host sends to the webview. */
export const TimerNotification = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), state: TimerViewState }),
]);
export type TimerNotification = z.infer<typeof TimerNotification>;
