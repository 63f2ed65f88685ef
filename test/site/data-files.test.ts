// The machine-readable files of the site: catalog.json as the CLI writes it, its schema, per-event
// and per-release JSON, and the event page's field table against the catalog.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { eventDocuments } from "../../src/publish/event-document.ts";
import { readCatalogText } from "../../src/publish/read-catalog.ts";
import { releaseDocument } from "../../src/publish/release-document.ts";
import { SAMPLE_CATALOG } from "./support/build-site.ts";
import { getSiteDir } from "./support/site-dir.ts";
import { attributeValues, readText } from "./support/site-files.ts";
import { publishedForm } from "../support/published-form.ts";

let root = "";
let catalog: Catalog;
beforeAll(async () => {
  root = await getSiteDir();
  const read = readCatalogText(await readFile(SAMPLE_CATALOG, "utf8"), SAMPLE_CATALOG);
  if (!read.catalog) throw new Error(read.errors.join("\n"));
  catalog = read.catalog;
}, 180_000);

describe("machine-readable files", () => {
  it("publishes catalog.json byte for byte as the shared serializer writes it", async () => {
    expect(await readText(`${root}/catalog.json`)).toBe(serializeCatalog(catalog));
  });

  it("publishes catalog.schema.json byte for byte as the command line writes it", async () => {
    const out = await mkdtemp(join(tmpdir(), "edx-schema-"));
    try {
      const io = { stdout: () => undefined, stderr: () => undefined, cwd: out };
      const manifest = join(import.meta.dirname, "../fixtures/tiny-content/releases.json");
      expect(await main(["build", "--manifest", manifest, "--out", join(out, "catalog.json")], io)).toBeLessThan(2);
      expect(await readText(`${root}/catalog.schema.json`)).toBe(
        await readFile(join(out, "catalog.schema.json"), "utf8"),
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("publishes each event (current view first) and each release (its full view) as JSON", async () => {
    for (const document of eventDocuments(catalog)) {
      const text = await readText(`${root}/events/${document.id}.json`);
      expect(JSON.parse(text)).toEqual(publishedForm(document));
      expect(Object.keys(JSON.parse(text) as object).slice(0, 4)).toEqual(["formatVersion", "id", "name", "current"]);
    }
    for (const release of catalog.releases) {
      expect(JSON.parse(await readText(`${root}/releases/${release.id}.json`))).toEqual(
        publishedForm(releaseDocument(catalog, release)),
      );
    }
  });

  it("shows the newest snapshot's fields, nested ones under their parent, in order", async () => {
    const html = await readText(`${root}/events/problem_check/index.html`);
    expect(attributeValues(html, "data-field")).toEqual([
      "correct_map",
      "correct_map.correctness",
      "correct_map.npoints",
    ]);
    expect(html).toMatch(/data-field="correct_map\.npoints" data-depth="1"/);
  });

  it("shows an invalid example with its error line marked and the repaired version", async () => {
    const html = await readText(`${root}/releases/2014-05/events/problem_check/index.html`);
    expect(html).toContain("error-line");
    expect(html).toContain("Error</strong> at line 3, column 3");
    expect(html).toContain("Repaired");
    expect(html).toContain("missing-comma at line 2, column 30");
  });
});
