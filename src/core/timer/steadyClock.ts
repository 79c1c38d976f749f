// The timer's clock. A timer state holds wall-clock times (epoch ms), so a restart or a
// sleep reads the right answer from the wall clock. While the host runs, though, the wall
// clock can step (the user sets it, NTP corrects it, a VM resyncs), and a timer that read
// it directly would gain or lose the whole step. So the time handed to the timer is the
// wall clock at an anchor plus what the monotonic clock counted since; the wall clock is
// followed again only while the two agree (within the tolerance), or, when the monotonic
// clock stands still in sleep, after a forward jump (which may be a sleep).

/** The two clocks a host has, as plain functions (fakes in tests). */
export interface ClockPair {
  /** Epoch ms; may step backward or forward. */
  wall(): number;
  /** Ms since an arbitrary origin (each process its own); never steps. */
  monotonic(): number;
  /**
   * Whether the monotonic clock keeps counting while the machine sleeps (Linux's boot-time
   * clock does). When it does not, a forward jump of the wall clock cannot be told from a
   * sleep, and is followed: the time asleep really passed.
   */
  readonly countsSleep: boolean;
}

/** How far the wall clock may disagree with the monotonic one before it counts as a step. */
export const clockStepToleranceMs = 500;

/** A clock for the timer: the wall clock, with its steps left out while this process runs. */
export class SteadyClock {
  private anchorWall: number;
  private anchorMonotonic: number;
  /** The wall clock minus the time handed out, at the last reading. */
  private offset = 0;
  private shifts = 0;

  /** Anchored on the wall clock now: a new process (a restart) starts from the wall clock. */
  constructor(private readonly pair: ClockPair, private readonly toleranceMs = clockStepToleranceMs) {
    this.anchorWall = pair.wall();
    this.anchorMonotonic = pair.monotonic();
  }

  /** The time now, epoch ms. */
  now(): number {
    const wall = this.pair.wall();
    const monotonic = this.pair.monotonic();
    const steady = this.anchorWall + (monotonic - this.anchorMonotonic);
    const gap = wall - steady;
    // The clocks agree: follow the wall clock (and so its slow corrections). Or the wall
    // clock ran ahead while the monotonic one may have stood still in a sleep: a sleep and
    // a forward step look the same from here, and the time asleep really passed.
    const now = Math.abs(gap) <= this.toleranceMs || (gap > 0 && !this.pair.countsSleep) ? wall : steady;
    if (now === wall) {
      this.anchorWall = wall;
      this.anchorMonotonic = monotonic;
    }
    // Otherwise a step of the wall clock: keep counting on the monotonic clock from the anchor.
    if (Math.abs(wall - now - this.offset) > this.toleranceMs) this.shifts += 1;
    this.offset = wall - now;
    return now;
  }

  /**
   * How many times the wall clock moved away from (or back to) this clock. A view that
   * counts seconds on its own between updates is sent the time again when this changes.
   */
  get wallShifts(): number {
    return this.shifts;
  }
}
