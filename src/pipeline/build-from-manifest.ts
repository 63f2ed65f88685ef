// Chains the stages for one manifest: load manifest (I/O) → load each release's sources (I/O) →
// read → merge → catalog. The CLI and the site's content loader both call this; nothing else reads sources.
import { basename } from "node:path";
import { createDiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { Catalog } from "../model/catalog-schema.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import { assembleCatalog } from "./assemble-catalog.ts";
import { loadManifest } from "./load-manifest.ts";
import { loadSource, type LoadedSource } from "./load-sources.ts";
import { readRelease, type ReleaseRead } from "./read-release.ts";

export interface BuildOutcome {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  /** Releases that could not be built at all (every source missing or unreadable). */
  failedReleases: string[];
}

/** Throws ManifestError only when the manifest itself cannot be read; everything else is diagnostics. */
export async function buildCatalogFromManifest(manifestPath: string): Promise<BuildOutcome> {
  // Diagnostics name files relative to the content folder (the manifest's folder), so a catalog does
  // not depend on where it was built.
  const displayPath = basename(manifestPath);
  const manifest = await loadManifest(manifestPath, displayPath);
  const diagnostics: Diagnostic[] = [...manifest.diagnostics];
  const reads: ReleaseRead[] = [];
  const failedReleases: string[] = [];
  for (const entry of manifest.releases) {
    const own: Diagnostic[] = [];
    const sink = createDiagnosticSink(displayPath, own);
    const sources: LoadedSource[] = [];
    for (const source of entry.sources) sources.push(await loadSource(manifest.root, source, sink));
    if (sources.every((s) => s.files.length === 0)) {
      failedReleases.push(entry.id);
      diagnostics.push(...own.map((d) => ({ ...d, release: entry.id })));
      continue;
    }
    reads.push(readRelease(entry, sources, sink));
    diagnostics.push(...own.map((d) => ({ ...d, release: entry.id })));
  }
  const catalog = assembleCatalog(reads, diagnostics);
  return { catalog, diagnostics: catalog.diagnostics, failedReleases };
}
