// The scaling series of the bench: each release read with every source text repeated 1×, 10× and
// 100×, timed per release so that a reader whose time grows faster than its input shows by name.
import { createDiagnosticSink } from "../src/diagnostics/diagnostic-sink.ts";
import { readRelease } from "../src/pipeline/read-release.ts";
import type { LoadedRelease } from "./catalog-bench.ts";
import { timeMedian, timeOnce } from "./timing.ts";

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
/** Above this, time grows clearly faster than the content between 1× and 100×. */
const SUPERLINEAR_RATIO = 150;

function formatsOf(release: LoadedRelease): string {
  return [...new Set(release.sources.map((s) => s.manifest.format ?? "detected"))].join("+");
}

/** Each release read with its sources repeated 1×, 10×, 100×; the ratio to the 1× time shows the growth. */
export function scalingSeries(releases: readonly LoadedRelease[]): string[] {
  const perRelease = new Map<string, number[]>(releases.map((r) => [r.manifest.id, []]));
  for (const times of SCALES) {
    for (const r of repeatContent(releases, times)) {
      const read = (): void => {
        readRelease(r.manifest, r.sources, createDiagnosticSink(r.manifest.id));
      };
      perRelease.get(r.manifest.id)?.push(times === 100 ? timeOnce(read) : timeMedian(3, read));
    }
  }
  const lines = [`scaling: each release read with its sources repeated ${SCALES.map((n) => `${n}×`).join(", ")} (ms; ratio to 1×)`];
  const header = `  ${"release".padEnd(16)} ${"reader".padEnd(14)}${SCALES.map((n) => `${n}×`.padStart(10)).join("")}  ${"10×/1×".padStart(7)} ${"100×/1×".padStart(8)}`;
  lines.push(header);
  const totals: number[] = SCALES.map(() => 0);
  for (const r of releases) {
    const ms = perRelease.get(r.manifest.id) ?? [];
    ms.forEach((m, i) => (totals[i] = (totals[i] ?? 0) + m));
    lines.push(scalingRow(r.manifest.id, formatsOf(r), ms));
  }
  lines.push(scalingRow("all releases", "", totals));
  const superlinear = releases.filter((r) => ratio(perRelease.get(r.manifest.id) ?? [], 2) > SUPERLINEAR_RATIO);
  lines.push(
    superlinear.length === 0
      ? `  every release grows about linearly (100× content within ${SUPERLINEAR_RATIO}× the 1× time)`
      : `  superlinear (100× content over ${SUPERLINEAR_RATIO}× the 1× time): ${superlinear.map((r) => `${r.manifest.id} (${formatsOf(r)})`).join(", ")}`,
  );
  return lines;
}

function ratio(ms: readonly number[], index: number): number {
  return (ms[index] ?? 0) / Math.max(ms[0] ?? 0, 0.001);
}

function scalingRow(label: string, reader: string, ms: readonly number[]): string {
  const cells = ms.map((m) => m.toFixed(1).padStart(10)).join("");
  return `  ${label.padEnd(16)} ${reader.padEnd(14)}${cells}  ${ratio(ms, 1).toFixed(1).padStart(6)}× ${ratio(ms, 2).toFixed(1).padStart(7)}×`;
}
