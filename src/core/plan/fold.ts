import { problemAttemptEventType } from '../problems/attempts';
import { checklistEventType } from '../rounds/fold';
import type { LoggedEvent } from '../scheduling/fold';
import { timerEndEventType, timerStartEventType } from '../timer/timerEvents';

// The plan's part of the journal: "study more" requests. Each is for the study day it was
// made on; the plan reads today's, and the next day's plan adapts by itself (the cards
// introduced are no longer new).

export const studyMoreEventType = 'plan.studyMore';

export type StudyMore =
  /** Raise today's new-card limit by `count`. */
  | { readonly kind: 'new'; readonly count: number }
  /** Review cards due within the next `days` days now. */
  | { readonly kind: 'ahead'; readonly days: number }
  /** Study one deck's cards beyond today's limits: its due reviews, and `count` more new cards. */
  | { readonly kind: 'deck'; readonly deck: string; readonly count: number }
  /** The same for the cards one round of a loop serves. */
  | { readonly kind: 'round'; readonly loop: string; readonly round: string; readonly count: number };

export interface StudyMoreEventData {
  /** The study day it is for. */
  readonly day: number;
  readonly request: StudyMore;
}

const positive = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
const name = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.length <= 200;

/** A study-more request, checked (it may come from a command argument or another machine's journal). */
export function parseStudyMore(value: unknown): StudyMore | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const request = value as Record<string, unknown>;
  switch (request['kind']) {
    case 'new':
      return positive(request['count'], 1000) ? { kind: 'new', count: request['count'] } : undefined;
    case 'ahead':
      return positive(request['days'], 30) ? { kind: 'ahead', days: request['days'] } : undefined;
    case 'deck':
      return name(request['deck']) && positive(request['count'], 1000) ? { kind: 'deck', deck: request['deck'], count: request['count'] } : undefined;
    case 'round':
      return name(request['loop']) && name(request['round']) && positive(request['count'], 1000) ? { kind: 'round', loop: request['loop'], round: request['round'], count: request['count'] } : undefined;
    default:
      return undefined;
  }
}


/** A mock round that ran, as the timer's journal events tell it. */
export interface MockRun {
  readonly loop: string;
  readonly round: string;
  readonly endedAt: number;
  /** Ran for at least three quarters of its planned time. */
  readonly full: boolean;
}

/** What the plan reads from the journal besides reviews, folded in one pass. */
export interface FoldedPlanEvents {
  readonly studyMore: readonly StudyMoreEventData[];
  readonly mocks: readonly MockRun[];
  /** When each `loop/item` was last ticked (only items ticked now). */
  readonly ticked: ReadonlyMap<string, number>;
  /** When each problem was last solved (a run that passed every test). */
  readonly solvedAt: ReadonlyMap<string, number>;
}

/**
 * Folds study-more requests, mock rounds that ran (a `timer.start` of a mock round and its
 * `timer.end`), checklist ticks and problem solves.
 */
export function foldPlanEvents(events: readonly LoggedEvent[]): FoldedPlanEvents {
  const studyMore: StudyMoreEventData[] = [];
  const mocks: MockRun[] = [];
  const ticked = new Map<string, number>();
  const solvedAt = new Map<string, number>();
  const starts = new Map<string, { loop: string; round: string; minutes: number; coding: boolean }>();
  for (const event of events) {
    const data = typeof event.data === 'object' && event.data !== null ? (event.data as Record<string, unknown>) : undefined;
    if (!data) continue;
    switch (event.type) {
      case studyMoreEventType: {
        const request = parseStudyMore(data['request']);
        if (request && typeof data['day'] === 'number') studyMore.push({ day: data['day'], request });
        break;
      }
      case timerStartEventType: {
        const { session, kind, loop, round, phases, mock } = data;
        // A mock round, or a coding round run as a timed coding session.
        if ((kind !== 'mock-round' && mock === undefined) || typeof session !== 'string' || typeof loop !== 'string' || typeof round !== 'string' || !Array.isArray(phases)) break;
        const minutes = phases.reduce((sum: number, phase: unknown) => sum + (typeof phase === 'object' && phase !== null && typeof (phase as Record<string, unknown>)['minutes'] === 'number' ? ((phase as Record<string, unknown>)['minutes'] as number) : 0), 0);
        starts.set(session, { loop, round, minutes, coding: kind === 'coding-session' });
        break;
      }
      case timerEndEventType: {
        const start = typeof data['session'] === 'string' ? starts.get(data['session']) : undefined;
        const elapsed = data['elapsedMs'];
        if (!start || typeof elapsed !== 'number') break;
        // A coding round whose problems were all solved early was done in full.
        mocks.push({ loop: start.loop, round: start.round, endedAt: event.time, full: elapsed >= 0.75 * start.minutes * 60_000 || (start.coding && data['ending'] === 'finished') });
        break;
      }
      case checklistEventType: {
        const { loop, item, checked } = data;
        if (typeof loop !== 'string' || typeof item !== 'string' || typeof checked !== 'boolean') break;
        if (checked) ticked.set(`${loop}/${item}`, event.time);
        else ticked.delete(`${loop}/${item}`);
        break;
      }
      case problemAttemptEventType: {
        const { problem, passed, total } = data;
        if (typeof problem === 'string' && typeof passed === 'number' && typeof total === 'number' && total > 0 && passed === total) solvedAt.set(problem, event.time);
        break;
      }
    }
  }
  return { studyMore, mocks, ticked, solvedAt };
}
