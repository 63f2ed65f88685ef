// One generator for the published JSON Schemas: the command line writes schemaFiles() beside
// catalog.json, and the site's content loader hands the pages the same catalog.schema.json bytes.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, onTestFinished, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { loadFromOrigin } from "../../src/content-loader/catalog-build.ts";
import { schemaFiles } from "../../src/pipeline/schema-files.ts";

const TINY_MANIFEST = join(import.meta.dirname, "../fixtures/tiny-content/releases.json");

async function cliBuild(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "edx-schema-files-"));
  onTestFinished(() => rm(out, { recursive: true, force: true }));
  const io = { stdout: () => undefined, stderr: () => undefined, cwd: out };
  // Exit 1 is fine: the tiny content carries deliberate input problems; the files are written anyway.
  expect(await main(["build", "--manifest", TINY_MANIFEST, "--out", join(out, "catalog.json")], io)).toBeLessThan(2);
  return out;
}

describe("published schema files", () => {
  test("the command line writes every schema file byte for byte as schemaFiles() makes it", async () => {
    const out = await cliBuild();
    const files = schemaFiles();
    expect(files.map((f) => f.name)).toEqual(["catalog.schema.json", "manifest.schema.json", "diff.schema.json", "check.schema.json"]);
    for (const file of files) expect(await readFile(join(out, file.name), "utf8"), file.name).toBe(file.text);
  });

  test("the site's content loader serves the same catalog.schema.json bytes as the command line writes", async () => {
    const out = await cliBuild();
    const written = await readFile(join(out, "catalog.schema.json"), "utf8");
    const fromManifest = await loadFromOrigin({ kind: "manifest", path: TINY_MANIFEST });
    const fromJson = await loadFromOrigin({ kind: "json", path: join(out, "catalog.json"), contentDir: out });
    expect(fromManifest.schema).toBe(written);
    expect(fromJson.schema).toBe(written);
  });

  test("each schema is a draft 2020-12 JSON Schema with a title", () => {
    for (const file of schemaFiles()) {
      const schema = JSON.parse(file.text) as { $schema?: string; title?: string };
      expect(schema.$schema, file.name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.title, file.name).toMatch(/^edx-event-catalog /);
    }
  });
});
