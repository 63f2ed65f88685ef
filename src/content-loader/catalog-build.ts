// The I/O of the content loader: reads a catalog.json (validated against the model, expanded) or
// builds the catalog from a manifest with the same buildCatalogFromManifest the command line calls,
// and reads the source texts. Astro loads it, with the site's content config, through its own
// bundler; it runs once per site build, and the pages get only the stored data.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Catalog } from "../model/catalog-schema.ts";
import { buildCatalogFromManifest } from "../pipeline/build-from-manifest.ts";
import { schemaFileText } from "../pipeline/schema-files.ts";
import { serializeCatalog } from "../pipeline/serialize-catalog.ts";
import { readCatalogText } from "../publish/read-catalog.ts";
import type { SourceText } from "../readers/reader.ts";
import type { CatalogOrigin, LoadedCatalog } from "./catalog-source.ts";

async function readCatalogJson(path: string): Promise<Catalog> {
  const read = readCatalogText(await readFile(path, "utf8"), path);
  if (!read.catalog) throw new Error(read.errors.join("\n"));
  return read.catalog;
}

async function readSources(catalog: Catalog, contentDir: string): Promise<SourceText[]> {
  const paths = [...new Set(catalog.releases.flatMap((r) => r.sources.map((s) => s.path)))].sort();
  const sources: SourceText[] = [];
  for (const path of paths) {
    try {
      sources.push({ path, text: await readFile(resolve(contentDir, path), "utf8") });
    } catch {
      // A catalog may come without its sources; its pages then show places without links.
    }
  }
  return sources;
}

export async function loadFromOrigin(origin: CatalogOrigin): Promise<LoadedCatalog> {
  if (origin.kind === "json") {
    const catalog = await readCatalogJson(origin.path);
    return {
      catalog,
      serialized: serializeCatalog(catalog),
      schema: schemaFileText("catalog.schema.json"),
      failedReleases: [],
      sources: await readSources(catalog, origin.contentDir),
    };
  }
  const outcome = await buildCatalogFromManifest(origin.path);
  const catalog = outcome.catalog;
  return {
    catalog,
    serialized: serializeCatalog(catalog),
    schema: schemaFileText("catalog.schema.json"),
    failedReleases: outcome.failedReleases,
    sources: await readSources(catalog, dirname(origin.path)),
  };
}
