import { mockKinds, rubrics, type MockKind } from '../cases/rubrics';
import { isRecord, type ReviewDimension, type ReviewRating, type TimerReviewData } from './timerEvents';

// The self-review's check, apart from timerEvents.ts: it needs the rubrics, and the
// journal's event names are read at activation where the rubrics are not needed.

/** The review's data if well formed (a dimension its rubric does not have, or a rating outside 1–4, makes it malformed). */
export function reviewData(data: unknown): TimerReviewData | undefined {
  if (!isRecord(data)) return undefined;
  const { session, title, loop, round, ratings, note, notes, rubric: kind = 'design' } = data;
  if (typeof session !== 'string' || session === '' || typeof title !== 'string' || !isRecord(ratings)) return undefined;
  if (loop !== undefined && typeof loop !== 'string') return undefined;
  if (round !== undefined && typeof round !== 'string') return undefined;
  if (note !== undefined && typeof note !== 'string') return undefined;
  if (!(mockKinds as readonly unknown[]).includes(kind)) return undefined;
  const rubric = rubrics[kind as MockKind];
  const known = (key: string): boolean => rubric.dimensions.some((dimension) => dimension.id === key);
  const kept: Partial<Record<ReviewDimension, ReviewRating>> = {};
  for (const [key, value] of Object.entries(ratings)) {
    if (!known(key) || (value !== 1 && value !== 2 && value !== 3 && value !== 4)) return undefined;
    kept[key] = value;
  }
  let keptNotes: Partial<Record<ReviewDimension, string>> | undefined;
  if (notes !== undefined) {
    if (!isRecord(notes)) return undefined;
    keptNotes = {};
    for (const [key, value] of Object.entries(notes)) {
      if (!known(key) || typeof value !== 'string') return undefined;
      keptNotes[key] = value;
    }
  }
  return {
    session,
    title,
    rubric: rubric.kind,
    ratings: kept,
    ...(loop === undefined ? {} : { loop }),
    ...(round === undefined ? {} : { round }),
    ...(keptNotes === undefined ? {} : { notes: keptNotes }),
    ...(note === undefined ? {} : { note }),
  };
}
