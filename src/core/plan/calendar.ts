// The plan's calendar: study days (days since 1970-01-01 of their local date, as
// core/scheduling/studyDay counts them) and which of them the learner studies on.

const millisecondsPerDay = 86_400_000;

/** The weekday of a study day: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * Whether the learner studies on `day`, with `perWeek` study days a week (1–7). The rest
 * days are the week's last: Sunday at 6 a week, the weekend at 5, and so on.
 */
export function isStudyDay(day: number, perWeek: number): boolean {
  return weekdayOf(day) < Math.min(7, Math.max(1, Math.round(perWeek)));
}

/** The study days d with from ≤ d < until, in order. */
export function studyDaysBetween(from: number, until: number, perWeek: number): number[] {
  const days: number[] = [];
  for (let day = from; day < until; day++) if (isStudyDay(day, perWeek)) days.push(day);
  return days;
}

/** A study day as its date, `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  return new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
}

/** "Mon 14 Dec" for a study day. */
export function shortDate(day: number): string {
  const date = new Date(day * millisecondsPerDay);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()] ?? '';
  return `${(weekdayNames[weekdayOf(day)] ?? '').slice(0, 3)} ${date.getUTCDate()} ${month}`;
}
