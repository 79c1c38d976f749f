// Which steps of the Get Started walkthrough the learner has done, from what Loop Prep
// already records (the journal, the picked loop, the settings): a step is ticked by the
// action itself, never by clicking through the walkthrough.

/** The walkthrough's id in package.json (`contributes.walkthroughs`). */
export const walkthroughId = 'loopPrep.getStarted';

/** The context keys the walkthrough's steps complete on (`onContext:<key>`), each set once its action was done. */
export const walkthroughContextKeys = {
  loopPicked: 'loopPrep.walkthrough.loopPicked',
  planSet: 'loopPrep.walkthrough.planSet',
  reviewed: 'loopPrep.walkthrough.reviewed',
  problemRan: 'loopPrep.walkthrough.problemRan',
  mockStarted: 'loopPrep.walkthrough.mockStarted',
} as const;

export type WalkthroughStep = keyof typeof walkthroughContextKeys;

/** What the progress is read from; each part is already kept by another feature. */
export interface WalkthroughFacts {
  /** The learner picked a loop (Pick Interview Loop…), not just the default shown. */
  readonly loopPicked: boolean;
  /** The loop being prepared for has an interview date (Set Interview Date…). */
  readonly interviewDateSet: boolean;
  /** `loopPrep.plan.dailyMinutes` was set by the learner (any value, the default included). */
  readonly dailyMinutesSet: boolean;
  /** At least one review that still counts is in the journal. */
  readonly reviewCount: number;
  /** Runs of a problem's tests recorded in the journal (problem.attempt events). */
  readonly problemAttempts: number;
  /** The journal's timer sessions: the kind each `timer.start` named. */
  readonly timerStartKinds: readonly string[];
}

/** Each step's state: done once the learner did the step's action. */
export function walkthroughProgress(facts: WalkthroughFacts): Record<WalkthroughStep, boolean> {
  return {
    loopPicked: facts.loopPicked,
    // Both halves of the step: the date the plan paces to, and the minutes a day it fills.
    planSet: facts.interviewDateSet && facts.dailyMinutesSet,
    reviewed: facts.reviewCount > 0,
    problemRan: facts.problemAttempts > 0,
    mockStarted: facts.timerStartKinds.includes('mock-round'),
  };
}
