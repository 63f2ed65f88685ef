// Times the catalog build in memory (files are read once, before timing): each release, the whole
// catalog (medians of 7 runs; `--quick`: 3), then the scaling series of scaling-series.ts.
import { resolve } from "node:path";
import { createDiagnosticSink } from "../src/diagnostics/diagnostic-sink.ts";
import type { ManifestRelease } from "../src/model/manifest-schema.ts";
import { assembleCatalog } from "../src/pipeline/assemble-catalog.ts";
import { loadManifest } from "../src/pipeline/load-manifest.ts";
import { loadSource, type LoadedSource } from "../src/pipeline/load-sources.ts";
import { readRelease } from "../src/pipeline/read-release.ts";
import { serializeCatalog } from "../src/pipeline/serialize-catalog.ts";
import { QUICK_SCALES, SCALES, scalingSeries } from "./scaling-series.ts";
import { formatTiming, timeMedian } from "./timing.ts";

export interface LoadedRelease {
  manifest: ManifestRelease;
  sources: LoadedSource[];
}

export async function loadDefaultContent(manifestPath = "content/releases.json"): Promise<LoadedRelease[]> {
  const manifest = await loadManifest(resolve(manifestPath));
  const out: LoadedRelease[] = [];
  for (const entry of manifest.releases) {
    const sink = createDiagnosticSink();
    const sources: LoadedSource[] = [];
    for (const s of entry.sources) sources.push(await loadSource(manifest.root, s, sink));
    out.push({ manifest: entry, sources });
  }
  return out;
}

export function buildAll(releases: readonly LoadedRelease[]): string {
  const reads = releases.map((r) => readRelease(r.manifest, r.sources, createDiagnosticSink()));
  return serializeCatalog(assembleCatalog(reads, []));
}

export async function benchCatalog(quick = false): Promise<string[]> {
  const runs = quick ? 3 : 7;
  const lines: string[] = [];
  const releases = await loadDefaultContent();
  // Warms every reader before any timing, so the first release timed does not pay for the JIT.
  buildAll(releases);
  const readTotal = { wallMs: 0, cpuMs: 0 };
  for (const r of releases) {
    const timing = timeMedian(runs, () => {
      readRelease(r.manifest, r.sources, createDiagnosticSink());
    });
    readTotal.wallMs += timing.wallMs;
    readTotal.cpuMs += timing.cpuMs;
    const bytes = r.sources.reduce((n, s) => n + s.files.reduce((m, f) => m + f.bytes, 0), 0);
    lines.push(`${`read ${r.manifest.id}`.padEnd(42)}${formatTiming(timing)}  (${(bytes / 1024).toFixed(0)} KiB)`);
  }
  lines.push(`${"read all releases (sum)".padEnd(42)}${formatTiming(readTotal)}`);
  lines.push(
    `${"catalog build (read + merge + serialize)".padEnd(42)}${formatTiming(timeMedian(runs, () => buildAll(releases)))}`,
  );
  lines.push(...scalingSeries(releases, quick ? QUICK_SCALES : SCALES));
  return lines;
}
