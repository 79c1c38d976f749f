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

/** The median time in ms of `runs` calls of `work`, after `warmUp` calls that are not counted. */
export function median(runs: number, work: () => unknown, warmUp = 2): number {
  for (let run = 0; run < warmUp; run++) work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
