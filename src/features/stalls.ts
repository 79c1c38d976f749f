import { readFileSync } from 'node:fs';

/** What `watchStalls` has seen so far. */
export interface Stalls {
  /** The longest gap between two ticks of the timer (ms), the interval included. */
  readonly longestMs: number;
  /** Of that gap, how long the host's thread was ready to run but waiting for a CPU (ms). */
  readonly longestWaitMs: number;
  /** The longest gap less the time the thread waited for a CPU in it (ms): the host's own work. */
  readonly longestWorkingMs: number;
  /** Whether the waits could be read (Linux); elsewhere every wait is 0. */
  readonly waitsKnown: boolean;
  dispose(): void;
}

/** Nanoseconds the calling thread has spent waiting on a run queue (the second field of its schedstat), or undefined. */
export function runQueueWaitNs(read: () => string = () => readFileSync('/proc/thread-self/schedstat', 'utf8')): number | undefined {
  try {
    const wait = Number(read().split(' ')[1]);
    return Number.isFinite(wait) ? wait : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The longest stalls of this thread's event loop from now on, by a timer's gaps, each also
 * without the time the thread was ready but waiting for a CPU. Test mode only: the journal
 * benchmark reads it. On a two-core machine that also runs the browser and the server, an
 * extension host with nothing to do stalled 108 ms, 86 ms of it waiting for a CPU: a
 * stall is the machine's as much as the host's, and this tells the two apart.
 */
export function watchStalls(intervalMs = 10, now: () => number = () => performance.now(), waitNs: () => number | undefined = runQueueWaitNs): Stalls {
  let last = now();
  let lastWait = waitNs();
  const waitsKnown = lastWait !== undefined;
  let longestMs = 0;
  let longestWaitMs = 0;
  let longestWorkingMs = 0;
  const timer = setInterval(() => {
    const time = now();
    const wait = waitNs();
    const gap = time - last;
    const waited = wait !== undefined && lastWait !== undefined ? Math.min(gap, (wait - lastWait) / 1e6) : 0;
    if (gap > longestMs) {
      longestMs = gap;
      longestWaitMs = waited;
    }
    longestWorkingMs = Math.max(longestWorkingMs, gap - waited);
    last = time;
    lastWait = wait;
  }, intervalMs);
  timer.unref();
  return {
    get longestMs() { return longestMs; },
    get longestWaitMs() { return longestWaitMs; },
    get longestWorkingMs() { return longestWorkingMs; },
    waitsKnown,
    dispose: () => { clearInterval(timer); },
  };
}
