// The whole default content (the five seeds and the 21 upstream releases, ordered by date) through the same entry point as the CLI: the catalog
// must be valid against its schema, identical across builds, and every diagnostic well placed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { allRules } from "../../src/pipeline/rule-catalog.ts";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { pdfTextReader } from "../../src/readers/pdf-text/pdf-text-reader.ts";
import { schemaErrors } from "../support/catalog-validator.ts";
import { DEFAULT_RELEASES } from "../support/default-releases.ts";

describe("the default content", async () => {
  const first = await buildCatalogFromManifest("content/releases.json");
  const { catalog } = first;

  test("builds every release, each with events", () => {
    expect(first.failedReleases).toEqual([]);
    expect(catalog.releases.map((r) => r.id)).toEqual(DEFAULT_RELEASES);
    for (const release of catalog.releases) expect(release.counts.events, release.id).toBeGreaterThan(0);
  });

  test("has no errors, and validates against the published JSON Schema", () => {
    expect(catalog.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(schemaErrors(JSON.parse(serializeCatalog(catalog)))).toEqual([]);
  });

  test("a second build is byte-identical", async () => {
    const second = await buildCatalogFromManifest("content/releases.json");
    expect(serializeCatalog(second.catalog)).toBe(serializeCatalog(catalog));
  });

  test("every diagnostic uses a rule of the catalog and a place inside its file", () => {
    for (const d of catalog.diagnostics) {
      expect(allRules.has(d.rule), d.rule).toBe(true);
      if (d.file === "releases.json") continue;
      const lines = readFileSync(join("content", d.file), "utf8").split("\n");
      expect(d.line, `${d.file}:${d.line}`).toBeLessThanOrEqual(lines.length);
      expect(d.column, `${d.file}:${d.line}:${d.column}`).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    }
  });

  test("every provenance lies inside its source file", () => {
    const lineCounts = new Map(
      catalog.releases.flatMap((r) =>
        r.sources.map((s) => [s.path, readFileSync(join("content", s.path), "utf8").split("\n").length] as const),
      ),
    );
    for (const event of catalog.events) {
      for (const s of event.snapshots) {
        const count = lineCounts.get(s.provenance.file);
        expect(count, s.provenance.file).toBeDefined();
        expect(s.provenance.start.line).toBeLessThanOrEqual(s.provenance.end.line);
        expect(s.provenance.end.line).toBeLessThanOrEqual(count ?? 0);
      }
    }
  });

  test("the 2016 alphabetical list (chapter 11) resolves to events of that release", () => {
    const path = "sources/2016-04-26-edx-research-guide.txt";
    const text = readFileSync(join("content", path), "utf8");
    const read = pdfTextReader.read(
      { files: [{ path, text }], library: new Map([[path, text]]) },
      createDiagnosticSink(),
    );
    expect(read.eventList.length).toBe(202);
    const documented = new Set(
      catalog.events.flatMap((e) => e.snapshots.filter((s) => s.release === "2016-04-26").flatMap((s) => s.names)),
    );
    expect(read.eventList.map((entry) => entry.name).filter((name) => !documented.has(name))).toEqual([]);
  });

  test("release coverage records the 2023 cut and its student-only scope", () => {
    const release = catalog.releases.find((r) => r.id === "2023-openedx");
    expect(release?.coverage).toMatchObject({ audiences: ["student"], partial: true, truncated: true });
    expect(release?.coverage.truncation?.line).toBe(1);
    expect(release?.coverage.truncation?.column).toBeGreaterThan(100_000);
  });
});
