import assert from 'node:assert/strict';
import { SteadyClock, type ClockPair } from '../../../src/core/timer/steadyClock';
import { pause, resume, snapshot, startTimer, type TimerPlan, type TimerState } from '../../../src/core/timer/timer';

const second = 1000;
const minute = 60 * second;
const t0 = Date.UTC(2026, 11, 5, 9, 0, 0);
const plan: TimerPlan = { kind: 'custom', title: 'One hour', phases: [{ title: 'All', minutes: 60 }] };

/** A wall clock and a monotonic clock the test moves by hand; `real` is the time that truly passed. */
class FakeClockPair implements ClockPair {
  wallMs = t0;
  monotonicMs: number;
  real = 0;
  constructor(readonly countsSleep: boolean, monotonicOrigin = 12_345) {
    this.monotonicMs = monotonicOrigin;
  }
  wall(): number {
    return this.wallMs;
  }
  monotonic(): number {
    return this.monotonicMs;
  }
  /** Time passes: both clocks move. */
  pass(ms: number): void {
    this.wallMs += ms;
    this.monotonicMs += ms;
    this.real += ms;
  }
  /** Someone sets the wall clock; no time passes. */
  step(ms: number): void {
    this.wallMs += ms;
  }
  /** The machine sleeps: the wall clock moves, the monotonic one only if it counts sleep. */
  sleep(ms: number): void {
    this.wallMs += ms;
    if (this.countsSleep) this.monotonicMs += ms;
    this.real += ms;
  }
}

/** A timer driven as the host drives it: every change and every shown second reads the clock. */
class Host {
  state: TimerState;
  /** Run time that truly passed, pauses left out. */
  runMs = 0;
  constructor(readonly pair: FakeClockPair, readonly clock = new SteadyClock(pair)) {
    this.state = startTimer(plan, 's', clock.now());
  }
  /** Lets time pass, reading the clock each second while it runs (the host's tick); none while paused. */
  run(ms: number): void {
    for (let left = ms; left > 0; left -= second) {
      const step = Math.min(second, left);
      this.pair.pass(step);
      if (this.state.status === 'running') {
        this.runMs += step;
        this.assertShownRight();
      }
    }
  }
  pause(): void {
    this.state = pause(this.state, this.clock.now());
  }
  resume(): void {
    this.state = resume(this.state, this.clock.now());
  }
  shownElapsed(clock = this.clock): number {
    return snapshot(this.state, clock.now()).elapsedMs;
  }
  assertShownRight(clock = this.clock): void {
    const shown = this.shownElapsed(clock);
    assert.ok(Math.abs(shown - this.runMs) <= second, `shown ${shown / 1000} s of run time; ${this.runMs / 1000} s really passed`);
  }
}

describe('the timer\'s clock: wall clock steps (fake clock pair)', () => {
  for (const countsSleep of [true, false]) {
    const kind = countsSleep ? 'a monotonic clock that counts sleep' : 'a monotonic clock that stands still in sleep';
    for (const stepMinutes of [-10, 10]) {
      // A forward step cannot be told from a sleep when the monotonic clock stands still in
      // sleep: there it is followed (see the sleep test below).
      if (stepMinutes > 0 && !countsSleep) continue;
      const direction = stepMinutes < 0 ? 'backward' : 'forward';

      it(`a ${direction} step of ${Math.abs(stepMinutes)} min while running changes the shown time by at most 1 s (${kind})`, () => {
        const host = new Host(new FakeClockPair(countsSleep));
        host.run(5 * minute);
        host.pair.step(stepMinutes * minute);
        host.assertShownRight();
        host.run(5 * minute);
        host.pause();
        host.run(2 * minute);
        host.resume();
        host.run(3 * minute);
        assert.ok(Math.abs(host.shownElapsed() - 13 * minute) <= second);
      });

      it(`a ${direction} step of ${Math.abs(stepMinutes)} min while paused changes the shown time by at most 1 s, then and after resuming (${kind})`, () => {
        const host = new Host(new FakeClockPair(countsSleep));
        host.run(5 * minute);
        host.pause();
        host.run(2 * minute);
        host.pair.step(stepMinutes * minute);
        host.assertShownRight();
        host.run(minute);
        host.resume();
        host.run(5 * minute);
        assert.ok(Math.abs(host.shownElapsed() - 10 * minute) <= second, `shown ${host.shownElapsed() / 1000} s, 600 s ran`);
      });
    }
  }

  it('a step while no one reads the clock for an hour (a long pause) is left out too', () => {
    const host = new Host(new FakeClockPair(true));
    host.run(5 * minute);
    host.pause();
    host.pair.pass(30 * minute);
    host.pair.step(-10 * minute);
    host.pair.pass(30 * minute);
    host.resume();
    host.run(5 * minute);
    assert.ok(Math.abs(host.shownElapsed() - 10 * minute) <= second);
  });

  it('small disagreements (under the tolerance) follow the wall clock, so slow corrections never add up to a jump', () => {
    const pair = new FakeClockPair(true);
    const clock = new SteadyClock(pair);
    for (let index = 0; index < 600; index++) {
      pair.pass(second);
      pair.step(2); // the wall clock runs 2 ms a second fast: 1.2 s over ten minutes
      assert.equal(clock.now(), pair.wallMs);
    }
    assert.equal(clock.wallShifts, 0);
  });

  it('a step is reported once (views counting on their own wall clock are sent the time again), and again when the clock is set back', () => {
    const pair = new FakeClockPair(true);
    const clock = new SteadyClock(pair);
    pair.pass(minute);
    clock.now();
    assert.equal(clock.wallShifts, 0);
    pair.step(-10 * minute);
    const during = clock.now();
    assert.equal(clock.wallShifts, 1);
    pair.pass(second);
    assert.equal(clock.now(), during + second, 'the clock counts on from where it was');
    assert.equal(clock.wallShifts, 1, 'one step, one report');
    pair.step(10 * minute);
    assert.equal(clock.now(), pair.wallMs, 'the wall clock agrees again and is followed');
    assert.equal(clock.wallShifts, 2);
  });

  it('a sleep counts in full: the monotonic clock counts it, or (standing still) the wall clock\'s jump is followed', () => {
    for (const countsSleep of [true, false]) {
      const host = new Host(new FakeClockPair(countsSleep));
      host.run(5 * minute);
      host.pair.sleep(20 * minute);
      host.runMs += 20 * minute;
      host.assertShownRight();
      host.run(minute);
      assert.ok(Math.abs(host.shownElapsed() - 26 * minute) <= second, `${countsSleep}: ${host.shownElapsed() / 1000} s`);
    }
  });

  it('a restart (a new process: a new monotonic origin) reads the stored times against the wall clock', () => {
    const pair = new FakeClockPair(true);
    const host = new Host(pair);
    host.run(15 * minute);
    // The host restarts: a new process, whose monotonic clock has another origin.
    pair.monotonicMs = 7;
    pair.pass(minute);
    host.runMs += minute;
    host.assertShownRight(new SteadyClock(pair));
    // A step before a restart cannot be known by the new process: it goes by the wall clock.
    pair.step(-10 * minute);
    pair.monotonicMs = 99;
    assert.ok(Math.abs(host.shownElapsed(new SteadyClock(pair)) - (host.runMs - 10 * minute)) <= second);
  });
});
