import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ClockPair } from '../../core/timer/steadyClock';

/**
 * This machine's wall and monotonic clocks, for the timer (see SteadyClock). On Linux the
 * monotonic clock is the boot-time clock behind `os.uptime()` (/proc/uptime, 10 ms steps),
 * which keeps counting while the machine sleeps, so a forward step of the wall clock can be
 * told from a sleep; elsewhere `performance.now()`, which may stand still in sleep.
 */
export function hostClockPair(): ClockPair {
  const wall = (): number => Date.now();
  if (process.platform === 'linux') return { wall, monotonic: () => os.uptime() * 1000, countsSleep: true };
  return { wall, monotonic: () => performance.now(), countsSleep: false };
}
