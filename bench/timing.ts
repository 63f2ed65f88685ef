// Wall-clock timing of synchronous work for the bench.
import { performance } from "node:perf_hooks";

/** Median of `runs` timings in milliseconds, after one warm-up run. */
export function timeMedian(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** One timing, for runs too long to repeat: the code is already warm from the smaller runs. */
export function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

