// The published format on the default content: identical consecutive snapshots are stated once,
// the file stays within its size budget, and reading it back gives exactly the catalog built.
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import type { PublishedCatalog } from "../../src/model/published-schema.ts";
import { readCatalogText } from "../../src/publish/read-catalog.ts";
import { schemaErrors } from "../support/catalog-validator.ts";

const MAX_GZIP_BYTES = 1024 * 1024;

describe("catalog.json of the default content", async () => {
  const { catalog } = await buildCatalogFromManifest("content/releases.json");
  const text = serializeCatalog(catalog);
  const published = JSON.parse(text) as PublishedCatalog;

  test(`is at most ${MAX_GZIP_BYTES} bytes gzipped`, () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  test("validates against the published JSON Schema", () => {
    expect(schemaErrors(published)).toEqual([]);
  });

  test("reads back (parse, validate, expand) into exactly the catalog built", () => {
    const read = readCatalogText(text, "catalog.json");
    expect(read.errors).toEqual([]);
    expect(JSON.stringify(read.catalog)).toBe(JSON.stringify(catalog));
    expect(read.catalog && serializeCatalog(read.catalog)).toBe(text);
  });

  test("Ironwood and Juniper read the same files: every event of one is stated once for both", () => {
    const ironwood = published.events.flatMap((e) => e.snapshots.filter((s) => s.releases.includes("ironwood")));
    expect(ironwood.length).toBeGreaterThan(200);
    for (const s of ironwood) expect(s.releases, s.names[0]).toContain("juniper");
  });

  test("Lilac (koa/ folder) to Maple (maple/ folder): unchanged events are shared, their paths moved", () => {
    const shared = published.events.filter((e) =>
      e.snapshots.some((s) => s.releases.includes("lilac") && s.releases.includes("maple")),
    );
    const apart = published.events.filter((e) =>
      e.snapshots.some((s) => s.releases.includes("maple") && !s.releases.includes("lilac")),
    );
    // Events of unchanged files keep their lines and are shared; a change higher in a file moves the lines of the events after it.
    expect(shared.length).toBeGreaterThan(40);
    expect(apart.length).toBeGreaterThan(0);
    const event = catalog.events.find((e) => e.id === shared[0]?.id);
    expect(event?.snapshots.find((s) => s.release === "lilac")?.provenance.file).toMatch(
      /^upstream\/edx-documentation\/koa\//,
    );
    expect(event?.snapshots.find((s) => s.release === "maple")?.provenance.file).toMatch(
      /^upstream\/edx-documentation\/maple\//,
    );
  });

  test("states fewer than half the snapshots the catalog holds in memory", () => {
    const inMemory = catalog.events.reduce((n, e) => n + e.snapshots.length, 0);
    const stated = published.events.reduce((n, e) => n + e.snapshots.length, 0);
    expect(stated).toBeLessThan(inMemory / 2);
  });
});
