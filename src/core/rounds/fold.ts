import type { LoggedEvent } from '../scheduling/fold';

// What the Rounds view keeps in the journal: ticked checklist items and interview dates.
// Both are "last event wins", so two machines merging their journals agree.

/** A checklist item ticked or unticked. */
export const checklistEventType = 'rounds.checklist';
/** A loop's interview date set (YYYY-MM-DD) or cleared (null). */
export const interviewDateEventType = 'rounds.interviewDate';

export interface ChecklistEventData {
  readonly loop: string;
  readonly item: string;
  readonly checked: boolean;
}

export interface InterviewDateEventData {
  readonly loop: string;
  readonly date: string | null;
}

export interface RoundProgress {
  /** Per loop id, the ids of its ticked checklist items. */
  readonly checked: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per loop id, its interview date (YYYY-MM-DD). */
  readonly interviewDates: ReadonlyMap<string, string>;
  /** Events of these types whose data was malformed (ids), skipped. */
  readonly skipped: readonly string[];
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isChecklistData(data: unknown): data is ChecklistEventData {
  if (typeof data !== 'object' || data === null) return false;
  const { loop, item, checked } = data as Record<string, unknown>;
  return typeof loop === 'string' && loop !== '' && typeof item === 'string' && item !== '' && typeof checked === 'boolean';
}

function isInterviewDateData(data: unknown): data is InterviewDateEventData {
  if (typeof data !== 'object' || data === null) return false;
  const { loop, date } = data as Record<string, unknown>;
  return typeof loop === 'string' && loop !== '' && (date === null || (typeof date === 'string' && datePattern.test(date)));
}

/** Folds the journal's round events (in time order) into ticked items and interview dates. */
export function foldRoundProgress(events: readonly LoggedEvent[]): RoundProgress {
  const checked = new Map<string, Set<string>>();
  const interviewDates = new Map<string, string>();
  const skipped: string[] = [];
  for (const event of events) {
    if (event.type === checklistEventType) {
      if (!isChecklistData(event.data)) {
        skipped.push(event.id);
        continue;
      }
      const { loop, item } = event.data;
      let items = checked.get(loop);
      if (!items) checked.set(loop, (items = new Set()));
      if (event.data.checked) items.add(item);
      else items.delete(item);
    } else if (event.type === interviewDateEventType) {
      if (!isInterviewDateData(event.data)) {
        skipped.push(event.id);
        continue;
      }
      if (event.data.date === null) interviewDates.delete(event.data.loop);
      else interviewDates.set(event.data.loop, event.data.date);
    }
  }
  return { checked, interviewDates, skipped };
}

/** The nearest date on or after `today` (YYYY-MM-DD strings compare as dates), if any. */
export function nearestUpcomingDate(dates: Iterable<string>, today: string): string | undefined {
  let nearest: string | undefined;
  for (const date of dates) {
    if (date >= today && (nearest === undefined || date < nearest)) nearest = date;
  }
  return nearest;
}
