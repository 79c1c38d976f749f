import { performance } from 'node:perf_hooks';

/** One printed figure (see test/bench/bench.mjs). */
export interface Row {
  figure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  target?: string;
  met?: boolean;
}

/**
 * The median time of each piece of work, run in turns (a, b, a, b, …) rather than one after
 * the other: a figure and its baseline then meet the same moments of a noisy machine. Run
 * one after the other, the journal fold's ratio to JSON.parse moved between 1.36× and 1.71×
 * on one tree. A work may return a promise: it is awaited inside its time.
 */
export async function interleavedMedians(runs: number, works: readonly (() => unknown)[], warmUp = 2): Promise<number[]> {
  for (let run = 0; run < warmUp; run++) for (const work of works) await work();
  const times = works.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, work] of works.entries()) {
      const started = performance.now();
      await work();
      times[index]?.push(performance.now() - started);
    }
  }
  return times.map(middle);
}

/** The median of `times` (sorted in place). */
function middle(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The median time in ms of `runs` calls of `work`, after `warmUp` calls that are not counted. */
export function median(runs: number, work: () => unknown, warmUp = 2): number {
  for (let run = 0; run < warmUp; run++) work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return middle(times);
}
