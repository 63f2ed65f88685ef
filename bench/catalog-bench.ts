// Times the catalog build in memory (files are read once, before timing): each release, the whole
// catalog, and a scaling series where every source text is repeated 1×, 10× and 100×.
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import { createDiagnosticSink } from "../src/diagnostics/diagnostic-sink.ts";
import type { ManifestRelease } from "../src/model/manifest-schema.ts";
import { assembleCatalog } from "../src/pipeline/assemble-catalog.ts";
import { loadManifest } from "../src/pipeline/load-manifest.ts";
import { loadSource, type LoadedSource } from "../src/pipeline/load-sources.ts";
import { readRelease } from "../src/pipeline/read-release.ts";
import { serializeCatalog } from "../src/pipeline/serialize-catalog.ts";

export interface LoadedRelease {
  manifest: ManifestRelease;
  sources: LoadedSource[];
}

export async function loadDefaultContent(manifestPath = "content/releases.json"): Promise<LoadedRelease[]> {
  const manifest = await loadManifest(resolve(manifestPath));
  const out: LoadedRelease[] = [];
  for (const entry of manifest.releases) {
    const sink = createDiagnosticSink(manifestPath);
    const sources: LoadedSource[] = [];
    for (const s of entry.sources) sources.push(await loadSource(manifest.root, s, sink));
    out.push({ manifest: entry, sources });
  }
  return out;
}

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

export function buildAll(releases: readonly LoadedRelease[]): string {
  const reads = releases.map((r) => readRelease(r.manifest, r.sources, createDiagnosticSink(r.manifest.id)));
  return serializeCatalog(assembleCatalog(reads, []));
}

export function repeatContent(releases: readonly LoadedRelease[], times: number): LoadedRelease[] {
  return releases.map((r) => ({
    manifest: r.manifest,
    sources: r.sources.map((s) => ({
      manifest: s.manifest,
      files: s.files.map((f) => ({ ...f, text: Array.from({ length: times }, () => f.text).join("\n\n") })),
    })),
  }));
}

export async function benchCatalog(): Promise<string[]> {
  const lines: string[] = [];
  const releases = await loadDefaultContent();
  let readTotal = 0;
  for (const r of releases) {
    const ms = timeMedian(7, () => {
      readRelease(r.manifest, r.sources, createDiagnosticSink(r.manifest.id));
    });
    readTotal += ms;
    const bytes = r.sources.reduce((n, s) => n + s.files.reduce((m, f) => m + f.bytes, 0), 0);
    lines.push(`read ${r.manifest.id.padEnd(16)} ${ms.toFixed(1).padStart(8)} ms  (${(bytes / 1024).toFixed(0)} KiB)`);
  }
  lines.push(`read all releases      ${readTotal.toFixed(1).padStart(8)} ms`);
  const total = timeMedian(7, () => buildAll(releases));
  lines.push(`catalog build (read + merge + serialize) ${total.toFixed(1)} ms`);
  const series: [number, number][] = [];
  for (const times of [1, 10, 100]) {
    const content = repeatContent(releases, times);
    const ms = timeMedian(times === 100 ? 1 : 3, () => {
      for (const r of content) readRelease(r.manifest, r.sources, createDiagnosticSink(r.manifest.id));
    });
    series.push([times, ms]);
  }
  const base = series[0]?.[1] ?? 1;
  for (const [times, ms] of series) {
    lines.push(`scaling ${String(times).padStart(3)}× content: read ${ms.toFixed(1).padStart(9)} ms  (${(ms / base).toFixed(1)}× the 1× time)`);
  }
  return lines;
}
