import { studyDaysBetween } from './calendar';
import type { MockDone, PlanLoop, PlanRound } from './model';

// Mock rounds on the way to the interview: at least one full mock of each round kind of
// the loop, the last one at least 2 days before the interview, one a day at most. They are
// placed back from the last day they may take, every other study day where there is room
// (a mock's lessons need a day to act on), so the days stay put from one day to the next
// and only move when a mock is missed or done.

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
  let picked = backFrom(days, rest.length, mockSpacingDays);
  if (picked.length < rest.length) picked = backFrom(days, rest.length, 1);
  // The rounds in the loop's order, on the picked days in order; what does not fit is dropped.
  const fit = rest.slice(rest.length - picked.length);
  picked.reverse().forEach((day, index) => {
    const round = fit[index];
    if (round) scheduled.push({ day, round });
  });
  scheduled.sort((a, b) => a.day - b.day);
  return { scheduled, dropped: rest.slice(0, rest.length - picked.length) };
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
