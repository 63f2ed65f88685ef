// The scaling series of the bench: each release read with every source text repeated 1×, 10× and
// 100×, timed per release so that a reader whose time grows faster than its input shows by name.
// Growth is judged from 10× to 100×, where fixed costs no longer hide it, on CPU time. The events
// read at 1× and 100× show whether a reader read the repeated text at all.
import { createDiagnosticSink } from "../src/diagnostics/diagnostic-sink.ts";
import { readRelease } from "../src/pipeline/read-release.ts";
import type { LoadedRelease } from "./catalog-bench.ts";
import { timeMedian, timeOnce, type Timing } from "./timing.ts";

/** The releases with every source text repeated `times` times (blank-line separated). */
export function repeatContent(releases: readonly LoadedRelease[], times: number): LoadedRelease[] {
  return releases.map((r) => ({
    manifest: r.manifest,
    sources: r.sources.map((s) => ({
      manifest: s.manifest,
      files: s.files.map((f) => ({ ...f, text: Array.from({ length: times }, () => f.text).join("\n\n") })),
    })),
  }));
}

const SCALES = [1, 10, 100] as const;
/** Ten times the content taking more than this many times longer is clearly faster than linear. */
const SUPERLINEAR_STEP = 15;

interface ScalePoint {
  timing: Timing;
  events: number;
}

function formatsOf(release: LoadedRelease): string {
  return [...new Set(release.sources.map((s) => s.manifest.format ?? "detected"))].join("+");
}

function measure(release: LoadedRelease, times: number): ScalePoint {
  let events = 0;
  const read = (): void => {
    events = readRelease(release.manifest, release.sources, createDiagnosticSink()).result.events.length;
  };
  // The 100× run is timed once: the code is warm from the smaller runs, and it is the long one.
  return { timing: times === 100 ? timeOnce(read) : timeMedian(3, read), events };
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

export function scalingSeries(all: readonly LoadedRelease[]): string[] {
  const releases = distinctReleases(all);
  const perRelease = new Map<string, ScalePoint[]>(releases.map((r) => [r.manifest.id, []]));
  // One release at a time, so that only one repeated text (and what is read from it) is alive at once.
  for (const release of releases) {
    for (const times of SCALES) {
      for (const r of repeatContent([release], times)) perRelease.get(r.manifest.id)?.push(measure(r, times));
      globalThis.gc?.();
    }
  }
  const lines = [
    `scaling: each distinct set of sources (${releases.length} of ${all.length} releases) read with its sources repeated ${SCALES.map((n) => `${n}×`).join(", ")} (cpu ms; wall ms of the 100× run)`,
    `  ${"release".padEnd(15)} ${"reader".padEnd(14)}${SCALES.map((n) => `${n}×`.padStart(8)).join("")}${"100× wall".padStart(10)} ${"10×/1×".padStart(7)}  ${"100×/10×".padStart(7)}  events 1× → 100×`,
  ];
  const totals: ScalePoint[] = SCALES.map((_, i) => {
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
  const superlinear = releases.filter((r) => step(perRelease.get(r.manifest.id) ?? [], 1, 2) > SUPERLINEAR_STEP);
  const unread = releases.filter((r) => {
    const points = perRelease.get(r.manifest.id) ?? [];
    return (points.at(-1)?.events ?? 0) < 100 * (points[0]?.events ?? 0);
  });
  lines.push(
    superlinear.length === 0
      ? `  no release grows faster than linearly (10× → 100× content within ${SUPERLINEAR_STEP}× the cpu time)`
      : `  superlinear (10× → 100× content over ${SUPERLINEAR_STEP}× the cpu time): ${superlinear.map(named).join(", ")}`,
  );
  if (unread.length > 0)
    lines.push(
      `  fewer than 100× the events at 100× content (repeated text not read as events): ${unread.map(named).join(", ")}`,
    );
  return lines;
}
