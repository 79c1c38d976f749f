// What Set Interview Date accepts: a date (2027-01-05), or a time from today in days or
// weeks (+21d, 21d, 3w, +3w). Dates are local calendar dates, YYYY-MM-DD.

const millisecondsPerDay = 86_400_000;

/** `date` (YYYY-MM-DD) plus `days`, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * millisecondsPerDay).toISOString().slice(0, 10);
}

/** Whether `date` is a real calendar date written YYYY-MM-DD. */
export function isDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return parsed.toISOString().slice(0, 10) === date;
}

export type InterviewDateInput =
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Reads what was typed: empty clears the date; a date or an offset from `today` gives a
 * date, which must not be in the past.
 */
export function parseInterviewDate(text: string, today: string): InterviewDateInput {
  const value = text.trim().toLowerCase();
  if (value === '') return { kind: 'clear' };
  const offset = /^\+?\s*(\d{1,3})\s*(d|days?|w|weeks?)$/.exec(value);
  let date: string | undefined;
  if (offset) {
    const count = Number(offset[1]);
    date = addDays(today, offset[2]?.startsWith('w') ? count * 7 : count);
  } else if (isDate(value)) {
    date = value;
  }
  if (date === undefined) return { kind: 'invalid', message: `Write a date as YYYY-MM-DD (e.g. ${addDays(today, 21)}), or a time from today such as +21d or 3w.` };
  if (date < today) return { kind: 'invalid', message: `${date} has passed: an interview date is today or later.` };
  return { kind: 'date', date };
}
