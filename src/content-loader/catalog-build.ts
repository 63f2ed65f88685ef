// The I/O of the content loader: reads a catalog.json (validated against the model, expanded) or builds the
// catalog from a manifest with the pipeline, and reads the source texts. Loaded by Node itself
// (through tsx), not through the site's bundler, so the model and the pipeline are evaluated once
// and never end up in the page bundle.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Catalog } from "../model/catalog-schema.ts";
import { catalogJsonSchema } from "../model/json-schemas.ts";
import { serializeCatalog } from "../pipeline/serialize-catalog.ts";
import { readCatalogText } from "../publish/read-catalog.ts";
import type { CatalogOrigin, LoadedCatalog, SourceText } from "./catalog-source.ts";

async function readCatalogJson(path: string): Promise<Catalog> {
  const read = readCatalogText(await readFile(path, "utf8"), path);
  if (!read.catalog) throw new Error(read.errors.join("\n"));
  return read.catalog;
}

/**
 * Made here, while the content is loaded, rather than in the page bundle: the bundle would load a
 * second copy of the model. The same generator as the CLI's, so the site publishes the same schema.
 */
function catalogSchemaText(): string {
  return `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`;
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
      schema: catalogSchemaText(),
      failedReleases: [],
      sources: await readSources(catalog, origin.contentDir),
    };
  }
  // Imported here so that a catalog.json is rendered even while the pipeline cannot load.
  const { buildCatalogFromManifest } = await import("../pipeline/build-from-manifest.ts");
  const outcome = await buildCatalogFromManifest(origin.path);
  const catalog = outcome.catalog;
  return {
    catalog,
    serialized: serializeCatalog(catalog),
    schema: catalogSchemaText(),
    failedReleases: outcome.failedReleases,
    sources: await readSources(catalog, dirname(origin.path)),
  };
}

