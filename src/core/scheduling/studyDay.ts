/**
 * Study days: the calendar a learner lives by. A study day starts at a configurable
 * local hour (default 4 am), so two reviews on one evening, either side of midnight,
 * fall on the same day. Days are counted from local calendar dates, never by adding
 * 24 hours, so they stay right across DST changes and in every UTC offset.
 */

/** Where and when a learner's day starts. */
export interface StudyClock {
  /** An IANA time zone, e.g. "Europe/London"; the learner's local zone by default. */
  readonly timeZone: string;
  /** The local hour (0–23) at which a new study day begins. */
  readonly dayStartHour: number;
}

const millisecondsPerDay = 86_400_000;
const millisecondsPerHour = 3_600_000;

/** The local zone of this process, for a default clock. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// Formatters are costly to build (tens of microseconds); one per zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is a zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock reading of `time` in `timeZone`, expressed as if it were UTC: the
 * number of milliseconds from 1970-01-01 00:00 local to that local date and time.
 */
export function localWallTime(time: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(time)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts['year'] ?? 1970,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  // formatToParts has no milliseconds field; they do not depend on the zone.
  return wall + (((time % 1000) + 1000) % 1000);
}

/** The study day `time` falls on: days since 1970-01-01 of its local date, shifted by the day start. */
export function studyDay(time: number, clock: StudyClock): number {
  return Math.floor(schedulerTime(time, clock) / millisecondsPerDay);
}

/**
 * `time` on the scheduler's calendar: midnight UTC of its study day plus the local time
 * elapsed since that day started. ts-fsrs counts elapsed days by UTC calendar date and
 * knows no day start; handing it these instants makes its days our study days.
 */
export function schedulerTime(time: number, clock: StudyClock): number {
  // Wall time minus the day start: its whole days are the study day, the rest the time since.
  return localWallTime(time, clock.timeZone) - clock.dayStartHour * millisecondsPerHour;
}

/** The instant a study day starts (its local day-start hour), for showing "due from". */
export function startOfStudyDay(day: number, clock: StudyClock): number {
  const wallStart = day * millisecondsPerDay + clock.dayStartHour * millisecondsPerHour;
  // The instant whose wall time is wallStart: correct a guess by the zone's offset, twice
  // so that a guess on the other side of a DST change still lands right.
  let guess = wallStart;
  for (let attempt = 0; attempt < 3; attempt++) {
    const offset = localWallTime(guess, clock.timeZone) - guess;
    const next = wallStart - offset;
    if (next === guess) break;
    guess = next;
  }
  // A day start inside a DST gap (the hour does not exist) is reached a little later.
  while (localWallTime(guess, clock.timeZone) < wallStart) guess += 15 * 60_000;
  return guess;
}

/** A `YYYY-MM-DD` date as a study day number, or undefined when malformed. */
export function studyDayOfDate(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return utc / millisecondsPerDay;
}
