// The scaling series of the bench: each release read with every entry file's text repeated 1×, 10×
// and 100× (`--quick`: 1×, 3× and 10×), timed per release so that a reader whose time grows faster
// than its input shows by name. Growth is judged between the two largest repetitions, where fixed
// costs no longer hide it, on CPU time. The events read at the smallest and largest show whether a
// reader read the repeated text at all.
import { createDiagnosticSink } from "../src/diagnostics/diagnostic-sink.ts";
import { readRelease } from "../src/pipeline/read-release.ts";
import { entryFiles } from "../src/readers/rst/rst-reader.ts";
import type { LoadedRelease } from "./catalog-bench.ts";
import { timeMedian, timeOnce, type Timing } from "./timing.ts";

/**
 * The releases with every entry file's text repeated `times` times (blank-line separated). A file
 * another file of the release includes is left as it is: it is read once per include, and the
 * includes are repeated with their file. Repeating it too would read it times² times (the special
 * exam chapters, included by the 100× tracking_logs.rst of Eucalyptus and Ficus, ten thousand
 * times over, ran the bench out of heap).
 */
export function repeatContent(releases: readonly LoadedRelease[], times: number): LoadedRelease[] {
  return releases.map((r) => {
    const all = r.sources.flatMap((s) => s.files);
    const library = new Map(all.map((f) => [f.path, f.text]));
    const entries = new Set(entryFiles(all, library).map((f) => f.path));
    const repeat = (text: string): string => Array.from({ length: times }, () => text).join("\n\n");
    return {
      manifest: r.manifest,
      sources: r.sources.map((s) => ({
        manifest: s.manifest,
        files: s.files.map((f) => (entries.has(f.path) ? { ...f, text: repeat(f.text) } : f)),
      })),
    };
  });
}

export const SCALES = [1, 10, 100] as const;
export const QUICK_SCALES = [1, 3, 10] as const;
/** Growth over this multiple of the content's growth, between the two largest, is clearly faster than linear. */
const SUPERLINEAR_MARGIN = 1.5;
/** The largest repetition reading fewer than this share of its multiple of the smallest's events
 * means the repetition was not read (a few events, such as those only an alphabetical list names,
 * are read once however often their text repeats, so the exact multiple is not expected). */
const READ_SHARE = 0.9;

interface ScalePoint {
  timing: Timing;
  events: number;
}

function formatsOf(release: LoadedRelease): string {
  return [...new Set(release.sources.map((s) => s.manifest.format ?? "detected"))].join("+");
}

function measure(release: LoadedRelease, largest: boolean): ScalePoint {
  let events = 0;
  const read = (): void => {
    events = readRelease(release.manifest, release.sources, createDiagnosticSink()).result.events.length;
  };
  // The largest run is timed once: the code is warm from the smaller runs, and it is the long one.
  return { timing: largest ? timeOnce(read) : timeMedian(3, read), events };
}

function step(points: readonly ScalePoint[], from: number, to: number): number {
  return (points[to]?.timing.cpuMs ?? 0) / Math.max(points[from]?.timing.cpuMs ?? 0, 0.001);
}

function row(label: string, reader: string, points: readonly ScalePoint[]): string {
  const cpu = points.map((p) => p.timing.cpuMs.toFixed(0).padStart(8)).join("");
  const wall = (points.at(-1)?.timing.wallMs ?? 0).toFixed(0).padStart(9);
  const events = `${points[0]?.events ?? 0} → ${points.at(-1)?.events ?? 0}`;
  return `  ${label.padEnd(15)} ${reader.padEnd(14)}${cpu}${wall} ${step(points, 0, 1).toFixed(1).padStart(7)}× ${step(points, 1, 2).toFixed(1).padStart(7)}×  ${events}`;
}

/** The first release of each distinct set of source texts: releases that read the same files scale alike. */
function distinctReleases(releases: readonly LoadedRelease[]): LoadedRelease[] {
  const seen = new Set<string>();
  return releases.filter((r) => {
    const key = r.sources
      .flatMap((s) => s.files.map((f) => f.sha256))
      .sort()
      .join(",");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function scalingSeries(all: readonly LoadedRelease[], scales: readonly number[] = SCALES): string[] {
  const releases = distinctReleases(all);
  const perRelease = new Map<string, ScalePoint[]>(releases.map((r) => [r.manifest.id, []]));
  const largest = scales.at(-1) ?? 1;
  const before = scales.at(-2) ?? 1;
  const x = (n: number): string => `${n}×`;
  // One release at a time, so that only one repeated text (and what is read from it) is alive at once.
  for (const release of releases) {
    for (const times of scales) {
      for (const r of repeatContent([release], times))
        perRelease.get(r.manifest.id)?.push(measure(r, times === largest));
      globalThis.gc?.();
    }
  }
  const lines = [
    `scaling: each distinct set of sources (${releases.length} of ${all.length} releases) read with its entry files repeated ${scales.map(x).join(", ")} (cpu ms; wall ms of the ${x(largest)} run)`,
    `  ${"release".padEnd(15)} ${"reader".padEnd(14)}${scales.map((n) => x(n).padStart(8)).join("")}${`${x(largest)} wall`.padStart(10)} ${`${x(scales[1] ?? 1)}/${x(scales[0] ?? 1)}`.padStart(7)}  ${`${x(largest)}/${x(before)}`.padStart(7)}  events ${x(scales[0] ?? 1)} → ${x(largest)}`,
  ];
  const totals: ScalePoint[] = scales.map((_, i) => {
    const points = [...perRelease.values()].map((p) => p[i]);
    return {
      timing: {
        wallMs: points.reduce((n, p) => n + (p?.timing.wallMs ?? 0), 0),
        cpuMs: points.reduce((n, p) => n + (p?.timing.cpuMs ?? 0), 0),
      },
      events: points.reduce((n, p) => n + (p?.events ?? 0), 0),
    };
  });
  for (const r of releases) lines.push(row(r.manifest.id, formatsOf(r), perRelease.get(r.manifest.id) ?? []));
  lines.push(row("all releases", "", totals));
  const named = (r: LoadedRelease): string => `${r.manifest.id} (${formatsOf(r)})`;
  const limit = SUPERLINEAR_MARGIN * (largest / before);
  const superlinear = releases.filter((r) => step(perRelease.get(r.manifest.id) ?? [], 1, 2) > limit);
  const share = (READ_SHARE * largest) / (scales[0] ?? 1);
  const unread = releases.filter((r) => {
    const points = perRelease.get(r.manifest.id) ?? [];
    return (points.at(-1)?.events ?? 0) < share * (points[0]?.events ?? 0);
  });
  const growth = `${x(before)} → ${x(largest)} content`;
  lines.push(
    superlinear.length === 0
      ? `  no release grows faster than linearly (${growth} within ${limit.toFixed(1)}× the cpu time)`
      : `  superlinear (${growth} over ${limit.toFixed(1)}× the cpu time): ${superlinear.map(named).join(", ")}`,
  );
  if (unread.length > 0)
    lines.push(
      `  fewer than ${share.toFixed(0)}× the events at ${x(largest)} content (repeated text not read as events): ${unread.map(named).join(", ")}`,
    );
  return lines;
}
