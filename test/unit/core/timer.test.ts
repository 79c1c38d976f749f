import assert from 'node:assert/strict';
import { advance, elapsedMs, end, formatDuration, nextChangeIn, parseTimerState, pause, planProblem, recordRun, resume, skipPhase, snapshot, startTimer, type TimerAlert, type TimerPlan, type TimerState } from '../../../src/core/timer/timer';

const minute = 60_000;
const t0 = Date.UTC(2026, 11, 5, 9, 0, 0);

// The case interview of the seeds: 60 minutes in 5 / 30 / 15 / 10.
const casePlan: TimerPlan = {
  kind: 'mock-round',
  title: 'AI case interview',
  loop: 'tiktok-ai-case',
  round: 'case',
  phases: [
    { title: 'Clarify', minutes: 5 },
    { title: 'Architecture', minutes: 30 },
    { title: 'Deep dive', minutes: 15 },
    { title: 'Edge cases', minutes: 10 },
  ],
};

/** A fake clock the tests move by hand. */
class FakeClock {
  constructor(public now = t0) {}
  advance(ms: number): number {
    this.now += ms;
    return this.now;
  }
}

/** A small seeded generator, so the irregular ticks are the same every run. */
function random(seed: number): () => number {
  let value = seed;
  return () => {
    value = (value * 1_103_515_245 + 12_345) % 2 ** 31;
    return value / 2 ** 31;
  };
}

/** Runs the host's loop: advance the state at each tick, keep the alerts. */
function tickUntil(state: TimerState, clock: FakeClock, until: number, step: () => number): { state: TimerState; alerts: { at: number; alert: TimerAlert }[] } {
  const alerts: { at: number; alert: TimerAlert }[] = [];
  let current = state;
  while (clock.now < until) {
    clock.advance(Math.min(step(), until - clock.now));
    const result = advance(current, clock.now);
    current = result.state;
    for (const alert of result.alerts) alerts.push({ at: clock.now, alert });
  }
  return { state: current, alerts };
}

const problem = (state: TimerState, index: number): NonNullable<TimerPlan['problems']>[number] | undefined => state.plan.problems?.[index];

describe('timer state machine (fake clock)', () => {
  it('a simulated 60-minute round with irregular, throttled ticks ends within a second of 60 minutes, every second shown on time', () => {
    const clock = new FakeClock();
    let state = startTimer(casePlan, 's1', clock.now);
    const next = random(7);
    let worstDrift = 0;
    // Ticks as a busy or hidden host delivers them: 1 s late by up to 1.5 s, sometimes 30 s apart.
    while (state.status !== 'ended') {
      clock.advance(next() < 0.02 ? 30_000 : 1000 + Math.floor(next() * 1500));
      state = advance(state, clock.now).state;
      const expected = Math.max(0, 60 * minute - (clock.now - t0));
      const shown = snapshot(state, clock.now).remainingMs;
      worstDrift = Math.max(worstDrift, Math.abs(shown - expected));
    }
    assert.ok(worstDrift <= 1000, `drift ${worstDrift} ms`);
    assert.equal(worstDrift, 0, 'the remaining time is computed from timestamps, so it does not drift at all');
    assert.equal(state.endedAt, t0 + 60 * minute, 'the round ended at exactly 60 minutes, not at the late tick');
    assert.equal(state.ending, 'time-up');
    assert.equal(snapshot(state, clock.now).elapsedMs, 60 * minute);
  });

  it('announces each phase, 5 minutes left and time-up once each, at their moments', () => {
    const clock = new FakeClock();
    const { alerts } = tickUntil(startTimer(casePlan, 's1', clock.now), clock, t0 + 61 * minute, () => 1000);
    assert.deepEqual(
      alerts.map(({ at, alert }) => [Math.round((at - t0) / 1000), alert.kind === 'phase' ? alert.title : alert.kind]),
      [[300, 'Architecture'], [2100, 'Deep dive'], [3000, 'Edge cases'], [3300, 'fiveMinutes'], [3600, 'timeUp']],
    );
  });

  it('pausing stops the clock; resuming goes on from the same remaining time', () => {
    const clock = new FakeClock();
    let state = startTimer(casePlan, 's1', clock.now);
    state = pause(advance(state, clock.advance(10 * minute)).state, clock.now);
    assert.equal(snapshot(state, clock.now).remainingMs, 50 * minute);
    clock.advance(25 * minute); // a long coffee break
    assert.equal(snapshot(state, clock.now).remainingMs, 50 * minute, 'nothing ran while paused');
    assert.deepEqual(advance(state, clock.now).alerts, [], 'no phase is announced while paused');
    state = resume(state, clock.now);
    clock.advance(20 * minute);
    const view = snapshot(state, clock.now);
    assert.equal(view.remainingMs, 30 * minute);
    assert.equal(view.phase, 1, 'still Architecture: 30 minutes of run time');
    assert.equal(view.phaseRemainingMs, 5 * minute);
    assert.equal(pause(pause(state, clock.now), clock.now + 5000).bankedMs, 30 * minute, 'pausing twice changes nothing');
    assert.equal(resume(state, clock.now + 1), state, 'resuming a running timer changes nothing');
  });

  it('skipping a phase starts the next one now and gives it the minutes saved; the round keeps its length', () => {
    const clock = new FakeClock();
    let state = startTimer(casePlan, 's1', clock.now);
    state = skipPhase(state, clock.advance(3 * minute));
    let view = snapshot(state, clock.now);
    assert.equal(view.phase, 1);
    assert.equal(view.phases[1]?.startMs, 3 * minute, 'Architecture started at the skip');
    assert.equal(view.phases[0]?.spentMs, 3 * minute, 'Clarify took the 3 minutes before the skip');
    assert.equal(view.phaseRemainingMs, 32 * minute, 'and has the 2 minutes saved');
    assert.equal(view.remainingMs, 57 * minute);
    assert.deepEqual(advance(state, clock.now).alerts, [], 'a phase the user moved to is not announced again');
    clock.advance(32 * minute);
    const { state: later, alerts } = advance(state, clock.now);
    view = snapshot(later, clock.now);
    assert.equal(view.phase, 2);
    assert.deepEqual(alerts.map((alert) => alert.kind === 'phase' && alert.title), ['Deep dive']);
    // Skip twice more: the last skip finishes the round early.
    state = skipPhase(skipPhase(later, clock.advance(minute)), clock.advance(minute));
    assert.equal(state.status, 'ended');
    assert.equal(state.ending, 'finished');
    assert.equal(snapshot(state, clock.now).elapsedMs, 37 * minute);
  });

  it('a reload reads the stored state back: the same remaining time, phase and alerts already given', () => {
    const clock = new FakeClock();
    let state = startTimer(casePlan, 's1', clock.now);
    state = advance(state, clock.advance(6 * minute)).state; // Architecture announced
    state = skipPhase(state, clock.advance(minute));
    const stored: unknown = JSON.parse(JSON.stringify(state));
    const restored = parseTimerState(stored);
    assert.ok(restored);
    clock.advance(12_345); // the reload took a while; the clock kept running
    assert.deepEqual(snapshot(restored, clock.now), snapshot(state, clock.now));
    assert.deepEqual(advance(restored, clock.now).alerts, [], 'nothing is announced twice after the reload');
    assert.equal(snapshot(restored, clock.now).remainingMs, 53 * minute - 12_345);
  });

  it('a damaged or foreign stored state is refused, not half-used', () => {
    const state = startTimer(casePlan, 's1', t0);
    assert.equal(parseTimerState(undefined), undefined);
    assert.equal(parseTimerState('running'), undefined);
    assert.equal(parseTimerState({ ...state, status: 'ticking' }), undefined);
    assert.equal(parseTimerState({ ...state, runningSince: undefined }), undefined, 'running needs its start');
    assert.equal(parseTimerState({ ...state, plan: { ...casePlan, phases: [] } }), undefined);
    assert.equal(parseTimerState({ ...state, plan: { ...casePlan, phases: [{ title: 'x', minutes: -1 }] } }), undefined);
    assert.equal(parseTimerState({ ...state, skips: [{ to: 'one' }] }), undefined);
    assert.ok(parseTimerState(JSON.parse(JSON.stringify(pause(state, t0 + 1000)))));
  });

  it('after the machine sleeps through the end, the round ended at its time and only time-up is announced', () => {
    const clock = new FakeClock();
    let state = startTimer(casePlan, 's1', clock.now);
    state = advance(state, clock.advance(10 * minute)).state;
    // The lid closes at 10 minutes and opens three hours later.
    const { state: woke, alerts } = advance(state, clock.advance(3 * 60 * minute));
    assert.deepEqual(alerts, [{ kind: 'timeUp' }], 'no stale phase changes or 5-minute warning');
    assert.equal(woke.status, 'ended');
    assert.equal(woke.endedAt, t0 + 60 * minute);
    assert.deepEqual(advance(woke, clock.advance(1000)).alerts, [], 'and only once');
  });

  it('after a sleep inside the round, the time is right and only the current phase is announced', () => {
    const clock = new FakeClock();
    let state = startTimer(casePlan, 's1', clock.now);
    state = advance(state, clock.advance(minute)).state;
    const { state: woke, alerts } = advance(state, clock.advance(51 * minute)); // slept from minute 1 to 52
    assert.deepEqual(alerts.map((alert) => alert.kind === 'phase' ? alert.title : alert.kind), ['Edge cases']);
    assert.equal(snapshot(woke, clock.now).remainingMs, 8 * minute);
    const { alerts: later } = advance(woke, clock.advance(3 * minute + 1));
    assert.deepEqual(later, [{ kind: 'fiveMinutes' }]);
  });

  it('a timer of 5 minutes or less gives no "5 minutes left" warning', () => {
    const clock = new FakeClock();
    const plan: TimerPlan = { kind: 'custom', title: 'Warm-up', phases: [{ title: 'Warm-up', minutes: 5 }] };
    const { alerts } = tickUntil(startTimer(plan, 's', clock.now), clock, t0 + 6 * minute, () => 1000);
    assert.deepEqual(alerts.map(({ alert }) => alert.kind), ['timeUp']);
  });

  it('stopping ends the session at that moment with the run time so far', () => {
    const state = end(startTimer(casePlan, 's1', t0), t0 + 7 * minute, 'stopped');
    assert.equal(state.status, 'ended');
    assert.equal(state.ending, 'stopped');
    assert.equal(elapsedMs(state, t0 + 90 * minute), 7 * minute);
    assert.equal(end(state, t0 + 8 * minute, 'time-up'), state, 'an ended session stays as it ended');
    assert.equal(skipPhase(state, t0 + 9 * minute), state);
  });

  it('a coding session stops each problem\'s clock at its first passing run and finishes when all pass', () => {
    const plan: TimerPlan = {
      kind: 'coding-session',
      title: 'Online assessment',
      phases: [{ title: 'Coding', minutes: 60 }],
      problems: [
        { problem: 'jump-game', title: 'Jump Game', folder: 'practice/jump-game', targetMinutes: 25 },
        { problem: 'lru-cache', title: 'LRU cache', folder: 'practice/lru-cache', targetMinutes: 35 },
      ],
    };
    let state = startTimer(plan, 'oa', t0);
    state = recordRun(state, 'practice/jump-game', 3, 8, t0 + 10 * minute);
    assert.equal(problem(state, 0)?.solvedMs, undefined);
    state = pause(state, t0 + 12 * minute);
    state = resume(state, t0 + 20 * minute);
    state = recordRun(state, 'practice/jump-game', 8, 8, t0 + 30 * minute);
    assert.equal(problem(state, 0)?.solvedMs, 22 * minute, 'run time, the 8-minute pause left out');
    state = recordRun(state, 'practice/jump-game', 7, 8, t0 + 31 * minute);
    assert.equal(problem(state, 0)?.solvedMs, 22 * minute, 'a later failing run keeps the solve time');
    assert.equal(problem(state, 0)?.passed, 7, 'and shows the latest result');
    assert.equal(recordRun(state, 'elsewhere/other', 1, 1, t0 + 32 * minute), state, 'a problem outside the session is ignored');
    assert.equal(state.status, 'running');
    state = recordRun(state, 'practice/lru-cache', 9, 9, t0 + 40 * minute);
    assert.equal(state.status, 'ended');
    assert.equal(state.ending, 'finished');
    assert.equal(problem(state, 1)?.solvedMs, 32 * minute);
  });

  it('the last run at time-up is recorded into the ended session: a pass then counts at the full length', () => {
    const plan: TimerPlan = {
      kind: 'coding-session',
      title: 'Online assessment',
      phases: [{ title: 'Coding', minutes: 30 }],
      problems: [
        { problem: 'a', title: 'A', folder: 'p/a', targetMinutes: 15 },
        { problem: 'b', title: 'B', folder: 'p/b', targetMinutes: 15 },
      ],
    };
    const ended = advance(startTimer(plan, 'oa', t0), t0 + 31 * minute).state;
    assert.equal(ended.ending, 'time-up');
    assert.equal(recordRun(ended, 'p/a', 5, 5, t0 + 31 * minute), ended, 'an ordinary run after the end changes nothing');
    const final = recordRun(recordRun(ended, 'p/a', 5, 5, t0 + 31 * minute, true), 'p/b', 2, 6, t0 + 31 * minute, true);
    assert.equal(problem(final, 0)?.solvedMs, 30 * minute);
    assert.equal(problem(final, 1)?.solvedMs, undefined);
    assert.equal(problem(final, 1)?.passed, 2);
    assert.equal(final.ending, 'time-up', 'still time-up, not "finished"');
  });

  it('refuses a plan it cannot run', () => {
    assert.match(planProblem({ kind: 'custom', title: 'x', phases: [] }) ?? '', /at least one phase/);
    assert.match(planProblem({ kind: 'custom', title: 'x', phases: [{ title: 'x', minutes: 0 }] }) ?? '', /positive/);
    assert.match(planProblem({ kind: 'custom', title: 'x', phases: [{ title: 'x', minutes: 25 * 60 }] }) ?? '', /24 hours/);
    assert.throws(() => startTimer({ kind: 'custom', title: 'x', phases: [] }, 's', t0), /at least one phase/);
  });

  it('the host wakes when the shown second changes, and the display rounds up', () => {
    const state = startTimer(casePlan, 's1', t0);
    assert.equal(nextChangeIn(state, t0), 1000);
    assert.equal(nextChangeIn(state, t0 + 250), 750);
    assert.equal(nextChangeIn(pause(state, t0 + 1), t0 + 2), undefined, 'no ticks while paused');
    assert.equal(formatDuration(60 * minute), '1:00:00');
    assert.equal(formatDuration(5 * minute - 1), '5:00');
    assert.equal(formatDuration(59_001), '1:00');
    assert.equal(formatDuration(1), '0:01');
    assert.equal(formatDuration(0), '0:00');
  });
});
