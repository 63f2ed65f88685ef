// The machine-readable files of the site: catalog.json as the CLI writes it, its schema, per-event
// and per-release JSON, and the event page's field table against the catalog.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { catalogSchema, type Catalog } from "../../src/model/catalog-schema.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { SAMPLE_CATALOG } from "./support/build-site.ts";
import { getSiteDir } from "./support/site-dir.ts";
import { attributeValues, readText } from "./support/site-files.ts";

let root = "";
let catalog: Catalog;
beforeAll(async () => {
  root = await getSiteDir();
  catalog = catalogSchema.parse(JSON.parse(await readFile(SAMPLE_CATALOG, "utf8")));
}, 180_000);

describe("machine-readable files", () => {
  it("publishes catalog.json byte for byte as the shared serializer writes it", async () => {
    expect(await readText(`${root}/catalog.json`)).toBe(serializeCatalog(catalog));
  });

  it("publishes the JSON Schema generated from the model", async () => {
    const schema: unknown = JSON.parse(await readText(`${root}/catalog.schema.json`));
    expect(schema).toEqual(z.toJSONSchema(catalogSchema));
  });

  it("publishes each event and each release as JSON", async () => {
    for (const event of catalog.events) {
      expect(JSON.parse(await readText(`${root}/events/${event.id}.json`))).toEqual(event);
    }
    const release: unknown = JSON.parse(await readText(`${root}/releases/2014-05.json`));
    expect(release).toMatchObject({ release: { id: "2014-05" }, events: expect.any(Array) });
  });

  it("shows the newest snapshot's fields, nested ones under their parent, in order", async () => {
    const html = await readText(`${root}/events/problem_check/index.html`);
    expect(attributeValues(html, "data-field")).toEqual(["correct_map", "correct_map.correctness", "correct_map.npoints"]);
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
