import type { StepUnit } from 'ts-fsrs';
import type { StudyClock } from './studyDay';

/** Again, Hard, Good, Easy: the four buttons of a review. */
export type Grade = 1 | 2 | 3 | 4;
export const grades: readonly Grade[] = [1, 2, 3, 4];

/** Where a card is in its life: never seen, in (re)learning steps, or on the long-term schedule. */
export type MemoryStage = 'new' | 'learning' | 'review' | 'relearning';

/** A card's memory after a review: what each review event records, and what the fold returns. */
export interface CardMemory {
  readonly stage: Exclude<MemoryStage, 'new'>;
  readonly stability: number;
  readonly difficulty: number;
  readonly reps: number;
  readonly lapses: number;
  /** Index into the (re)learning steps, as ts-fsrs counts them. */
  readonly step: number;
  /** When it was last reviewed (epoch ms). */
  readonly lastReview: number;
  /** When it is next due (epoch ms): exact for learning steps, the start of `dueDay` otherwise. */
  readonly due: number;
  /** The study day it is next due on. */
  readonly dueDay: number;
  /** Days from the review's study day to `dueDay`; 0 while in (re)learning steps. */
  readonly scheduledDays: number;
}

/** How reviews are scheduled. */
export interface SchedulerSettings extends StudyClock {
  /** The probability of recall FSRS aims for at the due date (0.7–0.99). */
  readonly desiredRetention: number;
  readonly learningSteps: readonly StepUnit[];
  readonly relearningSteps: readonly StepUnit[];
  readonly maximumIntervalDays: number;
  /** `YYYY-MM-DD`: no card is scheduled past this day while it is ahead. */
  readonly interviewDate?: string;
  /** The 21 FSRS-6 weights (see ./weights); FSRS-6's defaults when absent. */
  readonly weights?: readonly number[];
}

export const defaultSchedulerSettings: Omit<SchedulerSettings, 'timeZone'> = {
  desiredRetention: 0.9,
  dayStartHour: 4,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumIntervalDays: 36_500,
};

/** A short label for how long until `memory` is due after a review at `now`: "<1m", "10m", "3h", "4d", "1.5mo", "2.1y". */
export function intervalLabel(memory: CardMemory, now: number): string {
  if (memory.stage === 'review' && memory.scheduledDays > 0) {
    const days = memory.scheduledDays;
    if (days < 30) return `${days}d`;
    if (days < 365) return `${(days / 30).toFixed(1).replace(/\.0$/, '')}mo`;
    return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
  }
  const minutes = Math.round((memory.due - now) / 60_000);
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)}h`;
  return `${Math.round(minutes / (24 * 60))}d`;
}
