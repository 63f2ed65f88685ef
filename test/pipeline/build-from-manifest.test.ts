// End-to-end: a tiny content folder cut from real lines of two releases, plus a release whose file
// is missing, built through the same entry point as the CLI and the site.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { schemaErrors } from "../support/catalog-validator.ts";

const FIXTURE = "test/fixtures/tiny-content";

describe("building a tiny content folder", async () => {
  const outcome = await buildCatalogFromManifest(join(FIXTURE, "releases.json"));
  const { catalog } = outcome;

  test("a release whose file is missing fails alone, with an error naming the file", () => {
    expect(outcome.failedReleases).toEqual(["broken"]);
    const missing = catalog.diagnostics.filter((d) => d.rule === "source/missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain("sources/not-there.rst");
    expect(missing[0]?.release).toBe("broken");
    expect(catalog.releases.map((r) => r.id)).toEqual(["2014-05", "2016-04-26"]);
  });

  test("the undeclared format of the 2016 excerpt is detected as PDF text", () => {
    const source = catalog.releases[1]?.sources[0];
    expect(source).toMatchObject({ format: "pdf-text", formatDetected: true, path: "sources/2016-excerpt.txt" });
  });

  test("the enrollment event is one entry with a snapshot per release", () => {
    const event = catalog.events.find((e) => e.name === "edx.course.enrollment.activated");
    expect(event?.snapshots.map((s) => s.release)).toEqual(["2014-05", "2016-04-26"]);
    expect(event?.firstRelease).toBe("2014-05");
    expect(event?.lastRelease).toBe("2016-04-26");
    const fields2016 = event?.snapshots[1]?.eventFields.map((f) => f.name);
    expect(fields2016).toEqual(["course_id", "mode", "user_id"]);
  });

  test("the navigational events named in a bullet list each get an entry", () => {
    const names = catalog.events.map((e) => e.name);
    for (const name of ["seq_goto", "seq_next", "seq_prev", "page_close"]) expect(names).toContain(name);
  });

  test("the catalog validates against its published JSON Schema", () => {
    expect(schemaErrors(JSON.parse(serializeCatalog(catalog)))).toEqual([]);
  });

  test("counts per release agree with the events of the catalog", () => {
    for (const release of catalog.releases) {
      const documented = catalog.events.filter((e) => e.snapshots.some((s) => s.release === release.id));
      expect(release.counts.events).toBe(documented.length);
      expect(release.counts.events).toBeGreaterThan(0);
    }
  });

  test("two builds of the same content in two folders are byte-identical", async () => {
    const a = await mkdtemp(join(tmpdir(), "eec-a-"));
    const b = await mkdtemp(join(tmpdir(), "eec-b-"));
    await cp(FIXTURE, a, { recursive: true });
    await cp(FIXTURE, b, { recursive: true });
    const first = serializeCatalog((await buildCatalogFromManifest(join(a, "releases.json"))).catalog);
    const second = serializeCatalog((await buildCatalogFromManifest(join(b, "releases.json"))).catalog);
    expect(first).toBe(second);
    expect(first).toBe(serializeCatalog(catalog));
  });
});
