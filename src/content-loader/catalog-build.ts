// What the content loader loads: a catalog.json (validated against the model, expanded), or the
// catalog built from a manifest with the same buildCatalogFromManifest the command line calls, and
// the source texts; the files themselves are read in src/io/. Astro loads it, with the site's content config, through its own
// bundler; it runs once per site build, and the pages get only the stored data.
import { dirname } from "node:path";
import { readCatalogFile } from "../io/read-catalog-file.ts";
import { readTextFilesIfPresent } from "../io/read-text-files.ts";
import type { Catalog } from "../model/catalog-schema.ts";
import { buildCatalogFromManifest } from "../pipeline/build-from-manifest.ts";
import { schemaFileText } from "../pipeline/schema-files.ts";
import { serializeCatalog } from "../pipeline/serialize-catalog.ts";
import type { SourceText } from "../readers/reader.ts";
import type { CatalogOrigin, LoadedCatalog } from "./catalog-source.ts";

async function readCatalogJson(path: string): Promise<Catalog> {
  const read = await readCatalogFile(path);
  if ("error" in read) throw new Error(read.error);
  return read.catalog;
}

/** A catalog may come without its sources; its pages then show places without links. */
function readSources(catalog: Catalog, contentDir: string): Promise<SourceText[]> {
  const paths = [...new Set(catalog.releases.flatMap((r) => r.sources.map((s) => s.path)))].sort();
  return readTextFilesIfPresent(contentDir, paths);
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
