// Timing of synchronous work for the bench: wall-clock time and the CPU time of this process. On a
// shared, busy machine the wall clock also counts the time other processes held the CPU; the CPU
// time does not, so growth ratios are judged on it.
import { performance } from "node:perf_hooks";

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Node's collector, exposed by `npm run bench` (node --expose-gc); collecting before each run keeps
 * the garbage of the previous (larger) run out of this one's time. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

export function timeOnce(fn: () => void): Timing {
  collectGarbage?.();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Medians of `runs` timings (wall and CPU separately), after one warm-up run. */
export function timeMedian(runs: number, fn: () => void): Timing {
  fn();
  const timings = Array.from({ length: runs }, () => timeOnce(fn));
  return { wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs)) };
}

export function formatTiming(timing: Timing): string {
  return `${timing.wallMs.toFixed(1).padStart(8)} ms wall ${timing.cpuMs.toFixed(1).padStart(8)} ms cpu`;
}
