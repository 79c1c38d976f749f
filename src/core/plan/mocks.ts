import { studyDaysBetween } from './calendar';
import type { MockDone, PlanLoop, PlanRound } from './model';

// Mock rounds on the way to the interview: at least one full mock of each round kind of
// the loop, the last one at least 2 days before the interview, never two days in a row (a
// mock's lessons need a day to act on, and a mock takes the day's budget). They are placed
// back from the last day they may take, so the days stay put from one day to the next and
// only move when a mock is missed or done. When the runway is too short for all of them,
// the weakest rounds' mocks stay and the plan says which do not fit.

/** The last mock is at least this many days before the interview. */
export const lastMockGapDays = 2;
/** Days from one mock to the next, where the runway has room. */
const mockSpacingDays = 2;

/**
 * The rounds to mock so that every kind of the loop is covered: each pick covers the most
 * kinds not yet covered (ties: the longer checklist, then the shorter round), skipping
 * kinds a full mock already covered. In the loop's order.
 */
export function roundsToMock(loop: PlanLoop, done: readonly MockDone[]): PlanRound[] {
  const covered = new Set<string>();
  for (const mock of done) {
    if (mock.loop !== loop.id || !mock.full) continue;
    for (const kind of loop.rounds.find((round) => round.id === mock.round)?.kinds ?? []) covered.add(kind);
  }
  const picked = new Set<PlanRound>();
  for (;;) {
    let best: { round: PlanRound; gain: number } | undefined;
    for (const round of loop.rounds) {
      if (picked.has(round)) continue;
      const gain = round.kinds.filter((kind) => !covered.has(kind)).length;
      if (gain === 0) continue;
      if (!best || gain > best.gain || (gain === best.gain && (round.items.length > best.round.items.length || (round.items.length === best.round.items.length && round.minutes < best.round.minutes)))) best = { round, gain };
    }
    if (!best) break;
    picked.add(best.round);
    for (const kind of best.round.kinds) covered.add(kind);
  }
  return loop.rounds.filter((round) => picked.has(round));
}

export interface MockSchedule {
  /** The mocks still to do, each on its study day, in order. */
  readonly scheduled: readonly { readonly day: number; readonly round: PlanRound }[];
  /** Mocks that no longer fit before the interview. */
  readonly dropped: readonly PlanRound[];
}

/**
 * Puts the mocks still to do on study days from `today` to `interviewDay − 2`, back from
 * the last, every other study day where there is room, else on consecutive ones. A mock
 * of this loop done today keeps today (one a day): the view shows it ticked.
 */
export function scheduleMocks(loop: PlanLoop, interviewDay: number, today: number, studyDaysPerWeek: number, done: readonly MockDone[]): MockSchedule {
  const toDo = roundsToMock(loop, done.filter((mock) => mock.day < today));
  const doneToday = done.filter((mock) => mock.loop === loop.id && mock.day === today);
  const scheduled: { day: number; round: PlanRound }[] = [];
  for (const mock of doneToday) {
    const round = loop.rounds.find((candidate) => candidate.id === mock.round);
    if (round && toDo.includes(round)) scheduled.push({ day: today, round });
  }
  const rest = toDo.filter((round) => !scheduled.some((mock) => mock.round === round));
  const days = studyDaysBetween(today, interviewDay - lastMockGapDays + 1, studyDaysPerWeek).filter((day) => scheduled.length === 0 || day !== today);
  // Never two days in a row: a short runway keeps the weakest rounds' mocks and says which do not fit.
  const picked = backFrom(days, rest.length, mockSpacingDays).reverse();
  const kept = new Set([...rest].sort((a, b) => a.readiness - b.readiness).slice(0, picked.length));
  const fit = rest.filter((round) => kept.has(round));
  picked.forEach((day, index) => {
    const round = fit[index];
    if (round) scheduled.push({ day, round });
  });
  scheduled.sort((a, b) => a.day - b.day);
  return { scheduled, dropped: rest.filter((round) => !kept.has(round)) };
}

/** Up to `count` of `days` (ascending), from the last back, each at least `spacing` days before the one after it. */
function backFrom(days: readonly number[], count: number, spacing: number): number[] {
  const picked: number[] = [];
  for (let index = days.length - 1; index >= 0 && picked.length < count; index--) {
    const day = days[index];
    if (day === undefined) continue;
    const last = picked.at(-1);
    if (last === undefined || last - day >= spacing) picked.push(day);
  }
  return picked;
}
