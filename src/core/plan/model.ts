import type { ReviewList } from '../scheduling/fold';
import type { CardMemory } from '../scheduling/memory';
import type { Scheduler } from '../scheduling/scheduler';
import type { StudyCosts } from './costs';
import type { StudyMore } from './fold';

// What the plan is made from and what it makes. The plan is pure: the VS Code side
// gathers these inputs from the journal's folds, the decks and the loops.

/** A reviewable card, in deck order. */
export interface PlanCard {
  readonly id: string;
  /** Cards of one note (a reversed note's two sides, a cloze note's clozes) are siblings. */
  readonly noteId: string;
  readonly deckId: string;
}

/** A checklist item as the plan sees it. */
export interface PlanItem {
  readonly id: string;
  /** The short label the Rounds view shows (at most about 60 characters). */
  readonly title: string;
  /** The whole item, shown on hover. */
  readonly text: string;
  readonly ticked: boolean;
}

/** A round of a loop: what it asks for and how ready the learner is for it. */
export interface PlanRound {
  readonly id: string;
  readonly title: string;
  readonly kinds: readonly string[];
  readonly minutes: number;
  /** Readiness, 0–1 (core/rounds/readiness): the weakest rounds' cards come first. */
  readonly readiness: number;
  /** The cards the round serves: its decks (by round kind) and what its checklist links. */
  readonly cards: readonly string[];
  /** Linked practice problems that are in the catalog. */
  readonly problems: readonly string[];
  readonly items: readonly PlanItem[];
}

export interface PlanLoop {
  readonly id: string;
  readonly title: string;
  /** The study day of the interview (days since 1970-01-01 of its date), if one is set. */
  readonly interviewDay?: number;
  readonly rounds: readonly PlanRound[];
}

/** A practice problem the plan may put on the day. */
export interface PlanProblem {
  readonly slug: string;
  readonly title: string;
  readonly targetMinutes: number;
}

/** A mock round that ran (a `timer.end` of a mock round). */
export interface MockDone {
  readonly loop: string;
  readonly round: string;
  /** The study day it ended on. */
  readonly day: number;
  /** It ran for at least three quarters of its time: it counts as a full mock. */
  readonly full: boolean;
}

/** A self-review dimension rated Weak or below twice in a row: what studying it means. */
export interface PlanFocus {
  /** e.g. "Testing (coding)". */
  readonly title: string;
  /** The cards its links name. */
  readonly cards: ReadonlySet<string>;
  /** The practice problems its links name. */
  readonly problems: readonly string[];
}

export interface PlanSettings {
  /** Minutes a study day may take. */
  readonly budgetMinutes: number;
  /** 1–7: the rest days are the end of the week (calendar.ts). */
  readonly studyDaysPerWeek: number;
  /** The fixed limits, used for cards no interview paces. */
  readonly newCardsPerDay: number;
  readonly reviewsPerDay: number;
  readonly costs: StudyCosts;
}

export interface PlanInput {
  readonly now: number;
  /** Study days, retrievability and (for the projection) scheduling. */
  readonly scheduler: Scheduler;
  /** Every reviewable card, in deck order. */
  readonly cards: readonly PlanCard[];
  readonly memories: ReadonlyMap<string, CardMemory>;
  /** Every review that counts, in time order (the fold's list): today's tell what was done. */
  readonly reviews: ReviewList;
  /** The selected loop first, then any other loop with an interview date. */
  readonly loops: readonly PlanLoop[];
  readonly problems: {
    /** Problems due for another solve, soonest first. */
    readonly due: readonly string[];
    readonly solved: ReadonlySet<string>;
    /** Solved (all tests passed) today. */
    readonly solvedToday: ReadonlySet<string>;
    readonly find: (slug: string) => PlanProblem | undefined;
  };
  readonly mocks: readonly MockDone[];
  /** `loop/item` ids ticked today. */
  readonly itemsTickedToday: ReadonlySet<string>;
  /** Today's "study more" requests, in order. */
  readonly studyMore: readonly StudyMore[];
  /** Weak dimensions of the mock rounds' self-reviews: their cards and problems come first. */
  readonly focus?: readonly PlanFocus[];
  readonly settings: PlanSettings;
}

export type PlanBlock =
  | {
      readonly kind: 'reviews';
      /** Reviews the day holds (learning steps due now included); `done` of them are done. */
      readonly count: number;
      readonly done: number;
      readonly minutes: number;
    }
  | {
      readonly kind: 'new';
      readonly count: number;
      readonly done: number;
      readonly minutes: number;
      /** Today's new cards per round of the selected loop, most first. */
      readonly rounds: readonly { readonly title: string; readonly count: number }[];
    }
  /** `weak`: linked from a self-review dimension rated Weak twice (its title in `round`). */
  | { readonly kind: 'problem'; readonly slug: string; readonly title: string; readonly minutes: number; readonly reason: 'due' | 'weakest' | 'weak'; readonly round?: string; readonly done: boolean }
  | { readonly kind: 'item'; readonly loop: string; readonly item: string; readonly title: string; readonly text: string; readonly round: string; readonly minutes: number; readonly done: boolean }
  | { readonly kind: 'mock'; readonly loop: string; readonly round: string; readonly title: string; readonly minutes: number; readonly done: boolean };

/** Today's plan: its blocks, and which cards today's reviews may show. */
export interface DayPlan {
  readonly day: number;
  /** False on a rest day (see studyDaysPerWeek): nothing new is planned. */
  readonly studyDay: boolean;
  /** The nearest interview ahead (or today), if any. */
  readonly interview: { readonly loop: string; readonly title: string; readonly day: number; readonly daysLeft: number } | undefined;
  readonly blocks: readonly PlanBlock[];
  /** The minutes the day's blocks take, done ones included. */
  readonly minutes: number;
  /** Long-term reviews still allowed today, in the order to show them (weakest first before an interview). */
  readonly review: readonly string[];
  /** New cards still to introduce today, interleaved, one card per note. */
  readonly fresh: readonly string[];
  /** Notes with a card reviewed today: their other cards wait for tomorrow (Anki's "bury siblings"). */
  readonly buriedNotes: ReadonlySet<string>;
  /** Plain-language notes for the learner: what will not fit, and what would. */
  readonly warnings: readonly string[];
  /** New cards today's pacing asked for, before the budget (for the simulation and the view). */
  readonly pacedNew: number;
}
